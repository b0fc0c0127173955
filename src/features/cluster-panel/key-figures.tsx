import { useTranslation } from '@/i18n/use-translation';
import { CLUSTER_NS } from '@/i18n/panel-strings';
import type { KeyFigure } from '@/model/schema';
import { SourceQuote } from '@/components/source-quote';
import { useLanguage } from '@/i18n/data-labels';
import { formatKeyFigure } from '@/lib/format/key-figure';
import { PanelSection } from './panel-section';

/** The note's figures in the reader's number style ("knap 1 mia. kr."), each with its sentence. */
export function KeyFigures({ figures }: { figures: KeyFigure[] }) {
  const { t } = useTranslation(CLUSTER_NS);
  const language = useLanguage();
  return (
    <PanelSection title={t('sections.keyFigures')} empty={figures.length === 0}>
      <dl className="mt-1 space-y-2">
        {figures.map((figure) => {
          const value = formatKeyFigure(figure, language);
          const counts = language === 'da' ? figure.counts : figure.en;
          return (
            <div key={figure.id} className="text-sm">
              <dt className="text-muted" lang={language === 'da' ? 'da' : undefined}>
                {counts}
              </dt>
              <dd className="text-lg leading-tight font-semibold">{value}</dd>
              <dd>
                <SourceQuote quote={figure.quote} factLabel={t('facts.figure', { value, counts })} />
              </dd>
            </div>
          );
        })}
      </dl>
    </PanelSection>
  );
}
