/** Excel reads UTF-8 (æ, ø, å) only when the file starts with a byte order mark. */
export const CSV_BOM = '\uFEFF';

/**
 * RFC 4180 quoting, and semicolons quoted too: Danish Excel splits on ";", so a quoted
 * "clean;marlog" stays one cell there as well.
 */
export function csvField(value: string | number | null): string {
  const s = value === null ? '' : String(value);
  return /[",;\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\n') + '\n';
}

/** "klyngekort-daekning-region-2026-11-27.csv": the local date, so a file says when it was taken. */
export function datedFileName(stem: string, extension: string, date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `klyngekort-${stem}-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.${extension}`;
}

/**
 * Reads CSV as written by `toCsv` (and by Excel): quoted fields may hold commas, quotes and line
 * breaks. For tests and checks; a leading byte order mark is dropped.
 */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith(CSV_BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i] as string;
    if (quoted) {
      if (c !== '"') field += c;
      else if (src[i + 1] === '"') field += src[++i];
      else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\n') endRow();
    else if (c === '\r') {
      if (src[i + 1] === '\n') i++;
      endRow();
    } else field += c;
  }
  if (field !== '' || row.length) endRow();
  return rows;
}
