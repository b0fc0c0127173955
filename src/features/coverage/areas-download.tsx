import { useTranslation } from '@/i18n/use-translation';
import { COVERAGE_NS } from '@/i18n/panel-strings';
import type { AreaCoverage } from '@/lib/coverage/area-coverage';
import type { AreaResidents } from '@/lib/coverage/residents';
import { coverageCsv } from '@/lib/coverage/csv';
import { CsvDownloadButton } from '@/components/csv-download-button';
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
      <CsvDownloadButton
        label={t('download.areas')}
        fileStem={`daekning-${level}`}
        csv={() => coverageCsv(areas, residents)}
        describedBy="coverage-areas-download-hint"
      />
      <p id="coverage-areas-download-hint" className="mt-1 text-xs break-words text-muted">
        {t('download.areasHint', { level, statuses })}
      </p>
    </div>
  );
}
