import { useTranslation } from '@/i18n/use-translation';
import { useAppStore } from '@/state/store';

/**
 * The status overview's title and introduction. In the first view's own code and strings, so the
 * details panel shows them from the first paint, before the overview's table has loaded: the
 * introduction is the largest text on the page, what Lighthouse times as its largest contentful paint.
 */
export function OverviewHeading() {
  const { t } = useTranslation();
  const allSources = useAppStore((s) => s.sourceMode === 'all');
  return (
    <div className="px-4 pt-3 pb-2">
      <h3 id="overview-title" className="text-lg font-semibold">
        {t('overview.title')}
      </h3>
      <p className="text-sm text-muted">{t(allSources ? 'overview.introAll' : 'overview.intro')}</p>
    </div>
  );
}
