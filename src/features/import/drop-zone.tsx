import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { IMPORT_NS } from '@/i18n/panel-strings';
import { FileUp } from 'lucide-react';

interface Props {
  onFile: (file: File) => void;
  busy: boolean;
}

const ACCEPT = '.csv,.txt,.tsv,.geojson,.json,text/csv,application/geo+json,application/json';

/** Drop a file here, or pick one: the picker is a real file input, so keyboards and screen readers reach it. */
export function DropZone({ onFile, busy }: Props) {
  const { t } = useTranslation(IMPORT_NS);
  const [over, setOver] = useState(false);
  const hintId = useId();
  const take = (files: FileList | null) => {
    const file = files?.[0];
    if (file && !busy) onFile(file);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    take(event.dataTransfer.files);
  };
  return (
    // Dropping is a shortcut for pointer users; the file input below is the way for everyone.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div
      data-testid="import-drop-zone"
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      className={`flex flex-col items-center gap-2 rounded-lg border-2 border-dashed px-4 py-6 text-center ${
        over ? 'border-brand bg-brand-soft' : 'border-line bg-canvas'
      }`}
    >
      <FileUp aria-hidden="true" className="size-7 text-brand" />
      <p id={hintId} className="text-sm font-medium">
        {t('drop.label')}
      </p>
      <p className="text-xs text-muted">{t('drop.or')}</p>
      <label
        className={`inline-flex min-h-11 cursor-pointer items-center rounded-md bg-brand px-4 text-sm font-semibold text-white focus-within:outline focus-within:outline-3 focus-within:outline-offset-2 focus-within:outline-focus hover:bg-brand/90 ${
          busy ? 'cursor-wait opacity-70' : ''
        }`}
      >
        {t('drop.pick')}
        <input
          type="file"
          accept={ACCEPT}
          aria-describedby={hintId}
          disabled={busy}
          className="sr-only"
          onChange={(event) => {
            take(event.currentTarget.files);
            event.currentTarget.value = ''; // the same file again is a new import
          }}
        />
      </label>
    </div>
  );
}
