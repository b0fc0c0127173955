import { useTranslation } from '@/i18n/use-translation';
import { EMBED_NS } from '@/i18n/panel-strings';
import { useDataset } from '@/data/dataset';
import { DataError } from '@/components/data-error';
import { useViewDescription } from '@/components/use-view-description';
import { appUrl } from '@/lib/share/embed-code';
import { useAppStore } from '@/state/store';
import { EmbedTitle } from './embed-title';

interface Props {
  part: 'title' | 'description';
  /** The id the map refers to as its description. */
  descriptionId: string;
}

/**
 * What an embed (?embed=1) adds around the map: the title line above it (what is shown, the date, the
 * sources, the way to the full app; and why the data is missing, if it is), and under it a description
 * of what the map shows, read to a screen reader as the map's description and shown to everyone when
 * the map cannot be.
 */
export default function EmbedFrame({ part, descriptionId }: Props) {
  const { t } = useTranslation(EMBED_NS);
  // The address bar holds the view (src/app/url-sync writes it on every change of the store, before
  // this renders again): the full app's link is it without embed=1.
  useAppStore((s) => s);
  const link = appUrl(location.href);
  const description = useViewDescription();
  const dataset = useDataset();
  const mapShown = useAppStore((s) => s.mapStatus.kind !== 'unavailable');
  if (part === 'title')
    return (
      <>
        <EmbedTitle description={description} link={link} />
        {/* The full app says this in its panels; an embed has none. */}
        {dataset.isError && <DataError error={dataset.error} onRetry={() => void dataset.refetch()} />}
      </>
    );
  return (
    <section
      aria-label={t('description')}
      className={mapShown ? 'sr-only' : 'max-h-40 overflow-y-auto border-t border-line px-3 py-2 text-sm'}
    >
      <p id={descriptionId}>{description?.text}</p>
    </section>
  );
}
