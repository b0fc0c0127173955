import { useTranslation } from '@/i18n/use-translation';
import { COVERAGE_NS } from '@/i18n/namespaces/coverage';
import { Download } from 'lucide-react';
import type { AreaCoverage } from '@/lib/coverage/area-coverage';
import { coverageCsv, csvFileName } from '@/lib/coverage/csv';
import { downloadCsv } from './download';
import type { AreaLevel } from '@/model/view';

interface Props {
  areas: readonly AreaCoverage[];
  level: AreaLevel;
  includeAnnounced: boolean;
}

/** The numbers behind the cards, byte for byte what `npm run export -- coverage` prints (plus a BOM). */
export function AreasDownload({ areas, level, includeAnnounced }: Props) {
  const { t } = useTranslation(COVERAGE_NS);
  const statuses = includeAnnounced ? ' --statuses established,opening,in-progress,planned,considering' : '';
  return (
    <div>
      <button
        type="button"
        onClick={() => downloadCsv(csvFileName(`daekning-${level}`, new Date()), coverageCsv(areas))}
        aria-describedby="coverage-areas-download-hint"
        className="flex min-h-11 items-center gap-1.5 rounded-md border border-brand px-3 text-sm font-medium text-brand hover:bg-brand-soft lg:min-h-9"
      >
        <Download aria-hidden="true" className="size-4" />
        {t('download.areas')}
      </button>
      <p id="coverage-areas-download-hint" className="mt-1 text-xs break-words text-muted">
        {t('download.areasHint', { level, statuses })}
      </p>
    </div>
  );
}
