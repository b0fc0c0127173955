/** "klyngekort-daekning-region-2026-11-27.csv": the local date, so a file says when it was taken. */
export function datedFileName(stem: string, extension: string, date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `klyngekort-${stem}-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.${extension}`;
}
