import { useId, useMemo } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { IMPORT_NS } from '@/i18n/panel-strings';
import { CsvDownloadButton } from '@/components/csv-download-button';
import { toCsv } from '@/lib/csv/write';
import { unpackProblems, type PackedProblems } from '@/lib/import/packed-problems';
import type { RowProblem } from '@/lib/import/problems';
import { useFormatNumber } from '@/i18n/data-labels';
import { ScrollTable } from './scroll-table';

const SHOWN = 200;

interface Props {
  problems: PackedProblems;
  geojson: boolean;
}

/**
 * Each bad row: its number as the file counts it, the column, what it says, and why it cannot be used.
 * The first ones are shown; all of them download as CSV, to fix the file in a spreadsheet.
 */
export function ProblemTable({ problems, geojson }: Props) {
  const { t } = useTranslation(IMPORT_NS);
  const captionId = useId();
  const number = useFormatNumber();
  const shown = useMemo(() => unpackProblems(problems, SHOWN), [problems]);
  const reason = (p: RowProblem) => {
    const code = p.code === 'coordinates-outside' && p.detail === 'swapped' ? 'coordinates-swapped' : p.code;
    return t(`reason.${code}`, { detail: p.detail ?? '' });
  };
  const header = [t(geojson ? 'result.feature' : 'result.row'), t('result.column'), t('result.value')];
  const csv = () =>
    toCsv([
      [...header, t('result.reason'), t('result.code')],
      ...unpackProblems(problems).map((p) => [p.row, p.column, p.value, reason(p), p.code]),
    ]);
  return (
    <div className="space-y-1">
      <ScrollTable
        captionId={captionId}
        more={problems.count - shown.length}
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
          {shown.map((p, i) => (
            <tr key={`${p.row}-${p.column}-${i}`}>
              <td className="tabular-nums">{number(p.row)}</td>
              <td>{p.column ?? t('result.wholeRow')}</td>
              <td className="max-w-48 break-words">{p.value}</td>
              <td>{reason(p)}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <CsvDownloadButton
        label={t('result.downloadProblems', { count: problems.count })}
        fileStem="importfejl"
        csv={csv}
      />
    </div>
  );
}
