import { useCallback, useMemo } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { useDataset } from '@/data/dataset';
import type { Presence } from '@/model/schema';
import { statusLabel, useLanguage } from '@/i18n/data-labels';
import { placeBehind } from '@/lib/presence/place-behind';

export interface PresenceText {
  /** The place as the note writes it ("RUC", "Sjælland"). */
  place: string;
  /** The municipality or area behind it, when that says more than the place ("Roskilde" for RUC). */
  where: string | null;
  cluster: string;
  status: string;
  kind: string;
  /** "udledt" / "inferred" when the note does not state the place; else null. */
  inferred: string | null;
  /** "eget datapunkt" / "your own data point" when the analyst imported it; else null. */
  user: string | null;
  /** Place, cluster and status in one line: the accessible name of anything that selects it. */
  name: string;
}

/** How a presence is named wherever it is listed: map tooltip, chooser, list, panel. */
export function usePresenceText(): (p: Presence) => PresenceText {
  const { t } = useTranslation(['presences', 'imported']);
  const language = useLanguage();
  const { data } = useDataset();
  const names = useMemo(() => new Map(data?.clusters.map((c) => [c.id, c.name])), [data]);
  return useCallback(
    (p: Presence) => {
      const cluster = names.get(p.clusterId) ?? p.clusterId;
      const status = statusLabel(p.status, language);
      const inferred = p.basis.type === 'inferred' ? t('inferred') : null;
      const user = p.basis.type === 'user' ? t('imported:mark.short') : null;
      const qualifier = inferred ?? user;
      const where = placeBehind(p);
      const place = where ? `${p.place} (${where})` : p.place;
      return {
        place: p.place,
        where,
        cluster,
        status,
        kind: t(`kind.${p.kind}`),
        inferred,
        user,
        name: [place, cluster, qualifier ? `${status}, ${qualifier}` : status].join(', '),
      };
    },
    [names, language, t],
  );
}
