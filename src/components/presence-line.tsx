import type { Presence } from '@/model/schema';
import { BUSINESS_AREA_STYLE } from '@/lib/palette/business-area-style';
import type { BusinessAreaId } from '@/model/schema';
import { fromOtherSource } from '@/lib/history/provenance';
import { StatusMarker } from './status-marker';
import type { PresenceText } from './use-presence-text';

interface Props {
  presence: Presence;
  text: PresenceText;
  area: BusinessAreaId;
}

/** A presence as one line in a list: its marker as the map draws it, place, status and kind. */
export function PresenceLine({ presence, text, area }: Props) {
  return (
    <>
      <StatusMarker
        status={presence.status}
        color={BUSINESS_AREA_STYLE[area].color}
        inferred={!!text.inferred}
        user={!!text.user}
        otherSource={fromOtherSource(presence)}
        size={20}
      />
      <span className="min-w-0 flex-1">
        <span className="block truncate">
          {text.place}
          {text.where && <span className="font-normal text-muted"> · {text.where}</span>}
        </span>
        <span className="block text-xs font-normal text-muted">
          {text.status} · {text.kind}
          {text.inferred && <em> · {text.inferred}</em>}
          {text.user && <em> · {text.user}</em>}
        </span>
        {text.source && <span className="block truncate text-xs font-normal text-muted">{text.source}</span>}
      </span>
    </>
  );
}
