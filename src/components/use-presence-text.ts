import { useCallback, useMemo } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { useDataset } from '@/data/dataset';
import type { Presence } from '@/model/schema';
import { statusLabel, useLanguage } from '@/i18n/data-labels';
import { useSourceRegistry } from '@/hooks/use-source-registry';
import { formatFactDate } from '@/lib/format/fact-date';
import { placeBehind } from '@/lib/presence/place-behind';
import { useDateWords } from './use-date-words';

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
  /**
   * With every source: which source the statement shown comes from and its date ("Nordjyske, juni 2020",
   * "notatet, efterår 2021"); null with the note alone, where every presence is the note's.
   */
  source: string | null;
  /** Place, cluster and status in one line: the accessible name of anything that selects it. */
  name: string;
}

/** How a presence is named wherever it is listed: map tooltip, chooser, list, panel. */
export function usePresenceText(): (p: Presence) => PresenceText {
  const { t } = useTranslation(['presences', 'imported']);
  const language = useLanguage();
  const dates = useDateWords();
  const { data } = useDataset();
  const sources = useSourceRegistry();
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
      const registered = p.observed && sources.get(p.source ?? '');
      const source = p.observed
        ? t('source', {
            source: !registered || registered.primary ? t('sourceNote') : registered.publisher,
            date: formatFactDate(
              { date: p.observed.date, precision: p.observed.datePrecision },
              language,
              dates,
            ),
          })
        : null;
      return {
        place: p.place,
        where,
        cluster,
        status,
        kind: t(`kind.${p.kind}`),
        inferred,
        user,
        source,
        name: [place, cluster, qualifier ? `${status}, ${qualifier}` : status, source]
          .filter(Boolean)
          .join(', '),
      };
    },
    [names, sources, language, dates, t],
  );
}
