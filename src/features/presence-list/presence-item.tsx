import type { Presence } from '@/data/schema';
import type { PresenceText } from '@/components/use-presence-text';
import { StatusMarker } from '@/components/status-marker';

interface Props {
  presence: Presence;
  text: PresenceText;
  color: string;
  selected: boolean;
  onSelect: () => void;
  roving: { 'data-roving-id': string; tabIndex: number; onFocus: () => void };
}

/** One presence: a button named by place, cluster and status; aria-current marks the selected one. */
export function PresenceItem({ presence, text, color, selected, onSelect, roving }: Props) {
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
        <StatusMarker status={presence.status} color={color} inferred={!!text.inferred} size={20} />
        <span className="min-w-0 flex-1">
          <span className="block truncate">
            {text.place}
            {text.where && <span className="font-normal text-muted"> · {text.where}</span>}
          </span>
          <span className="block text-xs font-normal text-muted">
            {text.status} · {text.kind}
            {text.inferred && <em> · {text.inferred}</em>}
          </span>
        </span>
      </button>
    </li>
  );
}
