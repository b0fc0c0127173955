import { useEffect, useId, useRef } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { IMPORT_NS } from '@/i18n/panel-strings';
import { DialogHeader } from '@/components/dialog-header';
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
 * is kept. A modal <dialog>: the browser keeps focus inside and Escape closes it.
 */
export default function ImportDialog({ onClose }: Props) {
  const { t } = useTranslation(IMPORT_NS);
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { state, importFile, cancel, undo } = useImportFile();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    element.showModal();
    element.querySelector<HTMLElement>('h2')?.focus();
    return () => element.close();
  }, []);

  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      className="m-auto h-full max-h-full w-full max-w-full bg-paper p-0 text-ink backdrop:bg-ink/50 sm:h-auto sm:max-h-[min(52rem,calc(100vh-2rem))] sm:w-[min(46rem,calc(100vw-2rem))] sm:rounded-lg sm:shadow-xl"
    >
      <div className="flex h-full max-h-[inherit] flex-col">
        <DialogHeader
          titleId={titleId}
          title={t('title')}
          titleClassName="text-lg focus:outline-none"
          focusableTitle
          closeLabel={t('close')}
          onClose={onClose}
        />
        <div className="min-h-0 flex-1 space-y-3 overflow-y-auto px-4 py-3">
          <p className="text-sm">{t('intro')}</p>
          <p className="text-xs text-muted">{t('privacy')}</p>
          <DropZone onFile={(file) => void importFile(file)} busy={state.status === 'working'} />
          <ColumnsHelp />
          {state.status === 'working' && <ImportProgress state={state} onCancel={cancel} />}
          <div aria-live="polite">
            <ImportResult state={state} onUndo={() => void undo()} />
          </div>
          <StoredList onShow={onClose} />
        </div>
      </div>
    </dialog>
  );
}
