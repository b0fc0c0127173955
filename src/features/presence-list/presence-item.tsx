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

/**
 * One presence: a button named by place, cluster and status; aria-current marks the selected one.
 * Rows out of sight are neither laid out nor painted (`content-visibility`): a page of 200 of a
 * register's thousands cost every filter change the layout of all of them. The clip margin keeps the
 * focus outline, which lies outside the button, visible.
 */
export function PresenceItem({ presence, text, area, selected, onSelect, roving }: Props) {
  return (
    <li className="[contain-intrinsic-size:auto_2.75rem] [content-visibility:auto] [overflow-clip-margin:6px]">
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
