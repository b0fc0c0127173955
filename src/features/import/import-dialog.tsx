import { useTranslation } from '@/i18n/use-translation';
import { IMPORT_NS } from '@/i18n/panel-strings';
import { ModalDialog } from '@/components/modal-dialog';
import { ColumnsHelp } from './columns-help';
import { DropZone } from './drop-zone';
import { ImportProgress } from './import-progress';
import { ImportResult } from './import-result';
import { StoredList } from './stored-list';
import { useImportFile } from './use-import-file';

interface Props {
  onClose: () => void;
}

/**
 * "Dine egne data": import a CSV or GeoJSON file, see what was added and what was not, and manage what
 * is kept.
 */
export default function ImportDialog({ onClose }: Props) {
  const { t } = useTranslation(IMPORT_NS);
  const { state, importFile, cancel, undo } = useImportFile();

  return (
    <ModalDialog title={t('title')} closeLabel={t('close')} onClose={onClose}>
      <p className="text-sm">{t('intro')}</p>
      <p className="text-xs text-muted">{t('privacy')}</p>
      <DropZone onFile={(file) => void importFile(file)} busy={state.status === 'working'} />
      <ColumnsHelp />
      {state.status === 'working' && <ImportProgress state={state} onCancel={cancel} />}
      <div aria-live="polite">
        <ImportResult state={state} onUndo={() => void undo()} />
      </div>
      <StoredList onShow={onClose} />
    </ModalDialog>
  );
}
