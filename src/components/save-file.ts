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
