import { Download } from 'lucide-react';
import { datedFileName } from '@/lib/format/file-name';
import { saveCsv } from './save-file';

interface Props {
  label: string;
  /** The file name before its date, e.g. "daekning-region". */
  fileStem: string;
  /** The CSV text, made when the button is pressed. */
  csv: () => string;
  describedBy?: string;
}

/** Downloads a table as CSV (src/lib/csv/write.ts), named with today's date. */
export function CsvDownloadButton({ label, fileStem, csv, describedBy }: Props) {
  return (
    <button
      type="button"
      onClick={() => saveCsv(datedFileName(fileStem, 'csv', new Date()), csv())}
      aria-describedby={describedBy}
      className="flex min-h-11 items-center gap-1.5 rounded-md border border-brand px-3 text-sm font-medium text-brand hover:bg-brand-soft lg:min-h-9"
    >
      <Download aria-hidden="true" className="size-4" />
      {label}
    </button>
  );
}
