import type { BusinessAreaId, Presence } from '@/model/schema';
import type { PresenceText } from '@/components/use-presence-text';
import { PresenceLine } from '@/components/presence-line';

interface Props {
  presence: Presence;
  text: PresenceText;
  area: BusinessAreaId;
  selected: boolean;
  onSelect: () => void;
  roving: { 'data-roving-id': string; tabIndex: number; onFocus: () => void };
}

/** One presence: a button named by place, cluster and status; aria-current marks the selected one. */
export function PresenceItem({ presence, text, area, selected, onSelect, roving }: Props) {
  return (
    <li>
      <button
        type="button"
        {...roving}
        aria-label={text.name}
        aria-current={selected ? 'true' : undefined}
        onClick={onSelect}
        className={`flex min-h-11 w-full items-center gap-2 rounded-md px-2 py-1 text-left text-sm hover:bg-brand-soft ${
          selected ? 'bg-brand-soft font-semibold ring-2 ring-brand' : ''
        }`}
      >
        <PresenceLine presence={presence} text={text} area={area} />
      </button>
    </li>
  );
}
