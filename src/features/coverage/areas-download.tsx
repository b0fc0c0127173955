import { useTranslation } from '@/i18n/use-translation';
import { COVERAGE_NS } from '@/i18n/namespaces/coverage';
import { DownloadButton } from '@/components/download-button';
import type { AreaCoverage } from '@/lib/coverage/area-coverage';
import type { AreaResidents } from '@/lib/coverage/residents';
import { coverageCsv, csvFileName } from '@/lib/coverage/csv';
import { downloadCsv } from '@/components/download-csv';
import type { AreaLevel } from '@/model/view';

interface Props {
  areas: readonly AreaCoverage[];
  residents: readonly AreaResidents[];
  level: AreaLevel;
  includeAnnounced: boolean;
}

/** The numbers behind the cards, byte for byte what `npm run export -- coverage` prints (plus a BOM). */
export function AreasDownload({ areas, residents, level, includeAnnounced }: Props) {
  const { t } = useTranslation(COVERAGE_NS);
  const statuses = includeAnnounced ? ' --statuses established,opening,in-progress,planned,considering' : '';
  return (
    <div>
      <DownloadButton
        onClick={() =>
          downloadCsv(csvFileName(`daekning-${level}`, new Date()), coverageCsv(areas, residents))
        }
        describedBy="coverage-areas-download-hint"
      >
        {t('download.areas')}
      </DownloadButton>
      <p id="coverage-areas-download-hint" className="mt-1 text-xs break-words text-muted">
        {t('download.areasHint', { level, statuses })}
      </p>
    </div>
  );
}
