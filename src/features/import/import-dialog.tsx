import { useEffect } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { IMPORT_NS } from '@/i18n/panel-strings';
import { useQueryClient } from '@tanstack/react-query';
import { gazetteerQueryOptions } from '@/data/gazetteer';
import { ModalDialog } from '@/components/modal-dialog';
import { ColumnsHelp } from './columns-help';
import { DropZone } from './drop-zone';
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
  const queryClient = useQueryClient();
  const { state, importFile, undo } = useImportFile();

  useEffect(() => {
    // The place names are needed only now: fetch them while the analyst picks a file.
    void queryClient.prefetchQuery(gazetteerQueryOptions());
  }, [queryClient]);

  return (
    <ModalDialog title={t('title')} closeLabel={t('close')} onClose={onClose}>
      <p className="text-sm">{t('intro')}</p>
      <p className="text-xs text-muted">{t('privacy')}</p>
      <DropZone onFile={(file) => void importFile(file)} busy={state.status === 'reading'} />
      <ColumnsHelp />
      <div aria-live="polite">
        <ImportResult state={state} onUndo={() => void undo()} />
      </div>
      <StoredList onShow={onClose} />
    </ModalDialog>
  );
}
