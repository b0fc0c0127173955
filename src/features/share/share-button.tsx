import { lazy } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { Share2 } from 'lucide-react';
import { DialogButton } from '@/components/dialog-button';

// The dialog, its description, its embed preview and their strings load only when opened.
const ShareDialog = lazy(() => import('./share-dialog'));

/** "Del" in the header: the link, an embed code and a description of the view. */
export function ShareButton() {
  const { t } = useTranslation();
  return (
    <DialogButton
      label={t('share.label')}
      text={t('share.button')}
      icon={<Share2 aria-hidden="true" className="size-4" />}
      loading={t('share.loading')}
      dialog={(close) => <ShareDialog onClose={close} />}
    />
  );
}
