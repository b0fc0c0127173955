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

/** Place, cluster and status of what is under the pointer; the list beside the map says the same to keyboards. */
export function PresenceTooltip({ pick, presences, describe }: Props) {
  const found = pick.ids.map((id) => presences.get(id)).filter((p): p is Presence => !!p);
  if (!found.length) return null;
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
