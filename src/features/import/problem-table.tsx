import { useId } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { IMPORT_NS } from '@/i18n/panel-strings';
import type { RowProblem } from '@/lib/import/problems';
import { ScrollTable } from './scroll-table';

const SHOWN = 200;

/** Each bad row: its number as the file counts it, the column, what it says, and why it cannot be used. */
export function ProblemTable({ problems, geojson }: { problems: RowProblem[]; geojson: boolean }) {
  const { t } = useTranslation(IMPORT_NS);
  const captionId = useId();
  const reason = (p: RowProblem) => {
    const code = p.code === 'coordinates-outside' && p.detail === 'swapped' ? 'coordinates-swapped' : p.code;
    return t(`reason.${code}`, { detail: p.detail ?? '' });
  };
  return (
    <ScrollTable
      captionId={captionId}
      more={Math.max(0, problems.length - SHOWN)}
      columns={4}
      caption={t('result.badCaption')}
    >
      <thead>
        <tr>
          <th scope="col">{t(geojson ? 'result.feature' : 'result.row')}</th>
          <th scope="col">{t('result.column')}</th>
          <th scope="col">{t('result.value')}</th>
          <th scope="col">{t('result.reason')}</th>
        </tr>
      </thead>
      <tbody>
        {problems.slice(0, SHOWN).map((p, i) => (
          <tr key={`${p.row}-${p.column}-${i}`}>
            <td className="tabular-nums">{p.row}</td>
            <td>{p.column ?? t('result.wholeRow')}</td>
            <td className="max-w-48 break-words">{p.value}</td>
            <td>{reason(p)}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
