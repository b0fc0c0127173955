import { useId } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { IMPORT_NS } from '@/i18n/panel-strings';
import { useDataset } from '@/data/dataset';
import type { UserPresence } from '@/model/schema';
import { statusLabel, useLanguage } from '@/i18n/data-labels';
import { ScrollTable } from './scroll-table';

/** The first rows that were added, as the app reads them: cluster, place, status, where it lies, source. */
export function PreviewTable({ presences, total }: { presences: UserPresence[]; total: number }) {
  const { t } = useTranslation(IMPORT_NS);
  const language = useLanguage();
  const { data } = useDataset();
  const captionId = useId();
  const clusterName = (id: string) => data?.clusters.find((c) => c.id === id)?.name ?? id;
  return (
    <ScrollTable
      captionId={captionId}
      more={total - presences.length}
      columns={5}
      caption={t('result.goodCaption')}
    >
      <thead>
        <tr>
          <th scope="col">{t('result.cluster')}</th>
          <th scope="col">{t('result.place')}</th>
          <th scope="col">{t('result.status')}</th>
          <th scope="col">{t('result.where')}</th>
          <th scope="col">{t('result.source')}</th>
        </tr>
      </thead>
      <tbody>
        {presences.map((p) => (
          <tr key={p.id}>
            <td>{clusterName(p.clusterId)}</td>
            <td className="break-words">{p.place}</td>
            <td>{statusLabel(p.status, language)}</td>
            <td>
              {[...new Set([p.area?.name ?? p.municipality?.name, p.region?.name])]
                .filter(Boolean)
                .join(', ')}
            </td>
            <td className="max-w-48 break-words">{p.basis.source}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
