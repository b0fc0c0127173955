import { useState, type ReactNode } from 'react';
import { CopyField } from '@/components/copy-field';
import type { ViewDescription } from '@/lib/describe/describe-view';
import { useTranslation } from '@/i18n/use-translation';
import { EXPORT_NS } from '@/i18n/panel-strings';
import { FileJson, FileSpreadsheet, Image, Printer } from 'lucide-react';
import { printPage } from './print-page';
import type { ExportSummary } from './use-export-summary';
import { useExports, type ExportKind } from './use-exports';

interface Props {
  summary: ExportSummary;
  /** The map in words, offered as the picture's alt text once it is saved. */
  description: ViewDescription | null;
  mapReady: boolean;
  /** Called before the print dialog opens, so the menu is not on the page. */
  onPrint: () => void;
}

const ICONS: Record<ExportKind | 'print', ReactNode> = {
  png: <Image aria-hidden="true" className="size-5 shrink-0 text-brand" />,
  csv: <FileSpreadsheet aria-hidden="true" className="size-5 shrink-0 text-brand" />,
  geojson: <FileJson aria-hidden="true" className="size-5 shrink-0 text-brand" />,
  print: <Printer aria-hidden="true" className="size-5 shrink-0 text-brand" />,
};

/** The four exports as buttons, each with a line saying what it holds, and a polite status line. */
export function ExportActions({ summary, description, mapReady, onPrint }: Props) {
  const { t } = useTranslation(EXPORT_NS);
  const exports = useExports(summary);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [pictureSaved, setPictureSaved] = useState(false);

  const run = async (kind: ExportKind) => {
    if (busy) return;
    if (kind === 'png' && !mapReady) return setMessage(t('mapUnavailable'));
    setBusy(kind === 'png');
    setMessage(kind === 'png' ? t('busy') : '');
    try {
      setMessage(t('saved', { file: await exports[kind]() }));
      if (kind === 'png') setPictureSaved(true);
    } catch (error) {
      setMessage(t('failed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };

  const item = (kind: ExportKind | 'print', onClick: () => void, disabled = false) => (
    <li key={kind}>
      <button
        type="button"
        onClick={onClick}
        aria-disabled={disabled || undefined}
        aria-labelledby={`export-${kind}-label`}
        aria-describedby={`export-${kind}-hint`}
        className="flex min-h-11 w-full items-center gap-2.5 rounded px-2 py-1.5 text-left hover:bg-brand-soft aria-disabled:cursor-not-allowed aria-disabled:opacity-60"
      >
        {ICONS[kind]}
        <span className="min-w-0">
          <span id={`export-${kind}-label`} className="block text-sm font-medium">
            {t(kind)}
          </span>
          <span id={`export-${kind}-hint`} className="block text-xs text-muted">
            {t(`${kind}Hint`)}
          </span>
        </span>
      </button>
    </li>
  );

  return (
    <>
      <ul aria-busy={busy}>
        {item('png', () => void run('png'), !mapReady || busy)}
        {item('csv', () => void run('csv'))}
        {item('geojson', () => void run('geojson'))}
        {item('print', () => {
          onPrint();
          void printPage();
        })}
      </ul>
      <p role="status" className="px-1 text-xs break-words text-ink">
        {message}
      </p>
      {pictureSaved && description && (
        <CopyField
          label={t('altText')}
          value={description.text}
          copyLabel={t('altCopy')}
          copied={t('altCopied')}
          failed={t('copyFailed')}
          onStatus={setMessage}
          rows={4}
        />
      )}
    </>
  );
}
