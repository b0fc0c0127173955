import { CalendarClock, Handshake, Hash, MapPin, Tag, Target, type LucideIcon } from 'lucide-react';
import type { FactCategory } from '@/lib/note/note-facts';

interface CategoryStyle {
  icon: LucideIcon;
  /** Tint, underline colour and underline style: colour is never the only cue (the icon and the line differ too). */
  mark: string;
  iconColor: string;
}

/** Tints stay light (text keeps ≥ 7:1 on them); icons and lines use the -700/-800 shades (≥ 4.5:1). */
export const CATEGORY_STYLES: Record<FactCategory, CategoryStyle> = {
  presence: {
    icon: MapPin,
    mark: 'bg-amber-100 decoration-amber-700 decoration-solid decoration-2',
    iconColor: 'text-amber-800',
  },
  figure: {
    icon: Hash,
    mark: 'bg-sky-100 decoration-sky-700 decoration-double',
    iconColor: 'text-sky-800',
  },
  collaboration: {
    icon: Handshake,
    mark: 'bg-violet-100 decoration-violet-700 decoration-dashed decoration-2',
    iconColor: 'text-violet-800',
  },
  consolidation: {
    icon: CalendarClock,
    mark: 'bg-emerald-100 decoration-emerald-700 decoration-dotted decoration-2',
    iconColor: 'text-emerald-800',
  },
  focus: {
    icon: Target,
    mark: 'bg-rose-100 decoration-rose-700 decoration-wavy',
    iconColor: 'text-rose-800',
  },
  other: {
    icon: Tag,
    mark: 'bg-stone-100 decoration-stone-600 decoration-solid',
    iconColor: 'text-stone-700',
  },
};
