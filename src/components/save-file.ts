import { CSV_BOM, CSV_MIME } from '@/lib/csv/write';

/** Saves a file the page made (CSV, GeoJSON, PNG) through the browser's download, without a server. */
export function saveFile(fileName: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The click starts the download synchronously; the URL can go once this task ends.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Saves CSV text (src/lib/csv/write.ts) with the byte order mark that makes Excel read it as UTF-8. */
export function saveCsv(fileName: string, csv: string) {
  saveFile(fileName, new Blob([CSV_BOM + csv], { type: CSV_MIME }));
}
