import { useTranslation } from '@/i18n/use-translation';
import { COVERAGE_NS } from '@/i18n/panel-strings';
import { useAppStore } from '@/state/store';
import { RadioSegments } from './radio-segments';
import { AREA_LEVELS, COVERAGE_METRICS, RADII_KM } from '@/model/view';

/** What the map shows, at which level, what "far" means, and whether announced presences count. */
export function CoverageControls() {
  const { t } = useTranslation(COVERAGE_NS);
  const metric = useAppStore((s) => s.coverageMetric);
  const level = useAppStore((s) => s.coverageLevel);
  const includeAnnounced = useAppStore((s) => s.includeAnnounced);
  const setMetric = useAppStore((s) => s.setCoverageMetric);
  const setLevel = useAppStore((s) => s.setCoverageLevel);
  const setIncludeAnnounced = useAppStore((s) => s.setIncludeAnnounced);
  const radius = useAppStore((s) => s.coverageRadius);
  const setRadius = useAppStore((s) => s.setCoverageRadius);
  return (
    <div role="group" aria-label={t('controls.label')} className="space-y-3">
      <RadioSegments
        name="coverage-metric"
        legend={t('controls.metric')}
        value={metric}
        options={COVERAGE_METRICS.map((value) => ({ value, label: t(`controls.metrics.${value}`) }))}
        onChange={setMetric}
      />
      <RadioSegments
        name="coverage-level"
        legend={t('controls.level')}
        value={level}
        options={AREA_LEVELS.map((value) => ({ value, label: t(`controls.levels.${value}`) }))}
        onChange={setLevel}
      />
      {metric === 'distance' && <p className="text-xs text-muted">{t('controls.distanceLevel')}</p>}
      <RadioSegments
        name="coverage-radius"
        legend={t('controls.radius')}
        value={String(radius)}
        options={RADII_KM.map((km) => ({ value: String(km), label: t('controls.radiusOption', { km }) }))}
        onChange={(value) => setRadius(Number(value) === 25 ? 25 : 50)}
      />
      <div className="flex items-start gap-2">
        <input
          id="coverage-announced"
          type="checkbox"
          role="switch"
          checked={includeAnnounced}
          onChange={(e) => setIncludeAnnounced(e.target.checked)}
          aria-describedby="coverage-announced-hint"
          className="mt-0.5 size-5 shrink-0 accent-brand"
        />
        <div>
          <label
            htmlFor="coverage-announced"
            className="flex min-h-11 cursor-pointer items-center text-sm font-semibold lg:min-h-6"
          >
            {t('controls.announced')}
          </label>
          <p id="coverage-announced-hint" className="text-xs text-muted">
            {t('controls.announcedHint')}
          </p>
        </div>
      </div>
    </div>
  );
}
