import { DatedStatement } from '@/components/dated-statement';
import type { Presence } from '@/model/schema';
import type { ClusterHistory } from './use-cluster-history';

/** The statement another source makes that the map shows for this presence (or the cluster's closure). */
export function ShownStatement({
  presence,
  history,
  name,
}: {
  presence: Presence;
  history: ClusterHistory;
  name: string;
}) {
  const id = presence.observed?.entry;
  const item =
    history.historyOf(presence.id).find((i) => i.id === id) ??
    (history.closure?.id === id ? history.closure : null);
  return item ? <DatedStatement item={item} factLabel={name} showStatement={false} /> : null;
}
