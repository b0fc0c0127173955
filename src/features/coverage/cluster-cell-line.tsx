import type { ClusterCell } from '@/lib/coverage/area-coverage';
import { isInferred } from '@/lib/coverage/rules';
import { statusLabel, useLanguage } from '@/i18n/data-labels';
import { PlaceMarks } from './place-marks';

interface Props {
  cell: ClusterCell;
  clusterName: (id: string) => string;
  /** Announced lines name their status; established ones need not. */
  showStatus: boolean;
}

/** "MARLOG: Under etablering — Sjælland*": one cluster in one area with its places. */
export function ClusterCellLine({ cell, clusterName, showStatus }: Props) {
  const language = useLanguage();
  return (
    <li className="text-xs leading-snug">
      <span className="font-medium">{clusterName(cell.clusterId)}</span>
      {showStatus && <span className="text-muted">: {statusLabel(cell.status, language)}</span>}
      {' – '}
      {cell.presences.map((p, i) => (
        <span key={p.id}>
          {i > 0 && ', '}
          <span lang="da">{p.place}</span>
          <PlaceMarks
            areaLevel={p.precision === 'area'}
            inferred={isInferred(p)}
            user={p.basis.type === 'user'}
          />
          {p.status !== cell.status && (
            <span className="text-muted"> ({statusLabel(p.status, language)})</span>
          )}
        </span>
      ))}
    </li>
  );
}
