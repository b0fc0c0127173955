import type { BusinessAreaId } from '@/model/schema';
import { BUSINESS_AREA_STYLE } from '@/lib/palette/business-area-style';
import { readableTextColor } from '@/lib/palette/readable-text';

/**
 * The business area's colour with its two-letter code, as on the map. Decorative: the text beside
 * it names the area or cluster, so screen readers skip it.
 */
export function BusinessAreaChip({ area, className = '' }: { area: BusinessAreaId; className?: string }) {
  const { color, code } = BUSINESS_AREA_STYLE[area];
  return (
    <span
      aria-hidden="true"
      style={{ backgroundColor: color, color: readableTextColor(color) }}
      className={`inline-flex h-5 min-w-7 shrink-0 items-center justify-center rounded px-1 text-[11px] leading-none font-semibold ring-1 ring-ink/70 ${className}`}
    >
      {code}
    </span>
  );
}
