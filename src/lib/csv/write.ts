/**
 * The one CSV dialect of every file Klyngekort writes (the app's downloads, the import template, the
 * CLI's CSV), chosen so a Danish Excel opens it in columns with the numbers as numbers:
 *   - `;` between cells, CRLF after every row (the trailing one too);
 *   - UTF-8, with a byte order mark in front of a downloaded file (Excel reads æ, ø, å only then;
 *     the CLI prints without one, the bytes after it are the same);
 *   - numbers with a decimal comma and no thousands separator ("9,5357", "-3,5", "12");
 *   - a cell in double quotes when it holds `;`, `,`, `"`, CR or LF or starts or ends with a space, a
 *     quote inside doubled (RFC 4180); a comma is quoted too, so a reader that sniffs the separator
 *     from the first row never takes text commas for one;
 *   - text that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a
 *     carriage return: OWASP's CSV injection advice) is neutralised by a leading `'` and quoted, so it
 *     shows as the text it is. Numbers are written as numbers and never neutralised.
 * Read back with `parseCsv` (./read.ts), which takes this dialect as well as commas and tabs.
 */
export const CSV_SEPARATOR = ';';
export const CSV_LINE_END = '\r\n';
/** Excel reads UTF-8 (æ, ø, å) only when the file starts with a byte order mark. */
export const CSV_BOM = '\uFEFF';
export const CSV_MIME = 'text/csv;charset=utf-8';

export type CsvCell = string | number | null;

/** The first characters that make a spreadsheet read a cell as a formula (OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[";,\r\n]|^\s|\s$/;

/** A number as Danish Excel reads one: decimal comma, no grouping; not finite is an empty cell. */
export function csvNumber(value: number): string {
  return Number.isFinite(value) ? String(value).replace('.', ',') : '';
}

/** One cell in the dialect above. */
export function csvCell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return csvNumber(value);
  const inert = FORMULA_START.test(value) ? `'${value}` : value;
  return inert !== value || NEEDS_QUOTES.test(inert) ? `"${inert.replaceAll('"', '""')}"` : inert;
}

/** Rows to CSV text in the dialect above (without the byte order mark, which a download adds). */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(csvCell).join(CSV_SEPARATOR) + CSV_LINE_END).join('');
}
