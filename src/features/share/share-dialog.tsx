import { useMemo, useState } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { SHARE_NS } from '@/i18n/panel-strings';
import { useVisiblePresences } from '@/hooks/use-visible-presences';
import { ModalDialog } from '@/components/modal-dialog';
import { useViewDescription } from '@/components/use-view-description';
import { appUrl, embedCode, embedUrl, type EmbedSize } from '@/lib/share/embed-code';
import { CopyField } from '@/components/copy-field';
import { EmbedPreview } from './embed-preview';
import { EmbedSizeChoice } from './embed-size-choice';

interface Props {
  onClose: () => void;
}

/**
 * "Del": the link to this view, an embed code with a preview at the chosen size, and the view in words
 * (alt text). The address bar holds the view (src/app/url-sync), and the page behind a modal dialog
 * cannot change, so the address is read once.
 */
export default function ShareDialog({ onClose }: Props) {
  const { t } = useTranslation([SHARE_NS, 'common']);
  const [size, setSize] = useState<EmbedSize>('small');
  const [status, setStatus] = useState('');
  const description = useViewDescription();
  const imported = useVisiblePresences().filter((p) => p.basis.type === 'user').length;
  const [href] = useState(() => location.href);
  const link = useMemo(() => appUrl(href), [href]);
  const src = useMemo(() => embedUrl(href), [href]);
  const field = { failed: t('copyFailed'), onStatus: setStatus };

  return (
    <ModalDialog title={t('title')} closeLabel={t('close')} onClose={onClose}>
      <p className="text-sm">{t('intro')}</p>
      {imported > 0 && (
        <p className="rounded-md bg-amber-50 p-2 text-sm text-amber-950">
          {t('imports', { count: imported })}
        </p>
      )}
      <CopyField
        label={t('link.label')}
        value={link}
        copyLabel={t('link.copy')}
        copied={t('link.copied')}
        code
        {...field}
      />
      <section aria-labelledby="share-embed-heading" className="space-y-2 border-t border-line pt-3">
        <h3 id="share-embed-heading" className="text-base font-semibold">
          {t('embed.heading')}
        </h3>
        <p className="text-xs text-muted">{t('embed.hint')}</p>
        <EmbedSizeChoice value={size} onChange={setSize} />
        <CopyField
          label={t('embed.label')}
          value={embedCode({ src, title: description?.title ?? t('common:appName'), size })}
          copyLabel={t('embed.copy')}
          copied={t('embed.copied')}
          rows={3}
          code
          {...field}
        />
        <EmbedPreview src={src} size={size} />
      </section>
      <section aria-labelledby="share-alt-heading" className="space-y-2 border-t border-line pt-3">
        <h3 id="share-alt-heading" className="text-base font-semibold">
          {t('alt.heading')}
        </h3>
        <p className="text-xs text-muted">{t('alt.hint')}</p>
        {description ? (
          <CopyField
            label={t('alt.label')}
            value={description.text}
            copyLabel={t('alt.copy')}
            copied={t('alt.copied')}
            rows={6}
            {...field}
          />
        ) : (
          <p className="text-sm">{t('alt.waiting')}</p>
        )}
      </section>
      <p role="status" className="sticky bottom-0 bg-paper py-1 text-sm font-medium">
        {status}
      </p>
    </ModalDialog>
  );
}
