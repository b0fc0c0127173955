import { saveFile } from './save-file';
import { CSV_BOM } from '@/lib/coverage/csv';

/** Saves text as a UTF-8 CSV file with a byte order mark, so Excel reads æ, ø and å. */
export function downloadCsv(fileName: string, csv: string) {
  saveFile(fileName, new Blob([CSV_BOM + csv], { type: 'text/csv;charset=utf-8' }));
}
