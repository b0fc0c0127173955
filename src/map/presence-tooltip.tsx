import type { Presence } from '@/model/schema';
import type { PresenceText } from '@/components/use-presence-text';
import { UserSource } from '@/components/user-source';
import type { PresencePick } from './pick-presences';
import { MapTooltip } from './map-tooltip';

interface Props {
  pick: PresencePick;
  presences: Map<string, Presence>;
  describe: (p: Presence) => PresenceText;
}

/** More than this many (a stack, areas on top of each other): one line each. */
const FULL = 2;

/** Place, cluster and status of what is under the pointer; the list beside the map says the same to keyboards. */
export function PresenceTooltip({ pick, presences, describe }: Props) {
  const found = pick.ids.map((id) => presences.get(id)).filter((p): p is Presence => !!p);
  if (!found.length) return null;
  if (found.length > FULL) return <CompactTooltip pick={pick} found={found.map(describe)} />;
  return (
    <MapTooltip longitude={pick.longitude} latitude={pick.latitude} offset={16}>
      <ul className="space-y-1.5 text-xs text-ink wrap-break-word">
        {found.map((p) => {
          const text = describe(p);
          return (
            <li key={p.id}>
              <p className="font-semibold">
                {text.place}
                {text.where && <span className="font-normal text-muted"> · {text.where}</span>}
              </p>
              <p>{text.cluster}</p>
              <p className="text-muted">
                {text.status} · {text.kind}
                {text.inferred && <em className="ml-1">({text.inferred})</em>}
              </p>
              {text.source && <p className="text-muted">{text.source}</p>}
              {p.basis.type === 'user' && (
                <UserSource basis={p.basis} note={p.quote} className="[&>p]:line-clamp-2" />
              )}
            </li>
          );
        })}
      </ul>
    </MapTooltip>
  );
}

/** A town's stack or overlapping areas: where (once, when they share it), then cluster and status per line. */
function CompactTooltip({ pick, found }: { pick: PresencePick; found: PresenceText[] }) {
  const places = new Set(found.map((text) => text.place));
  const first = found[0] as PresenceText;
  return (
    <MapTooltip longitude={pick.longitude} latitude={pick.latitude} offset={16}>
      <div className="text-xs text-ink wrap-break-word">
        {places.size === 1 && (
          <p className="font-semibold">
            {first.place}
            {first.where && <span className="font-normal text-muted"> · {first.where}</span>}
          </p>
        )}
        <ul className="mt-0.5 space-y-0.5">
          {found.map((text) => (
            <li key={text.name}>
              {places.size > 1 && <span className="font-semibold">{text.place} · </span>}
              {text.cluster} <span className="text-muted">· {text.status}</span>
            </li>
          ))}
        </ul>
      </div>
    </MapTooltip>
  );
}
