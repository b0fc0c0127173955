/**
 * The one CSV reader: CSV as spreadsheets write it and as ./write.ts writes it. RFC 4180 quotes (""
 * inside quotes, separators and line breaks in a quoted field), a UTF-8 byte order mark, CRLF or LF,
 * and the separator Danish Excel uses (`;`) as well as `,` and tab, found from the header line. Cells
 * are kept as written: a `'` the writer put before a formula stays (it is part of the text shown).
 */

export type Separator = ';' | ',' | '\t';

export interface CsvRecord {
  /**
   * The row as a spreadsheet numbers it: the header is row 1, blank rows count too. The same as the
   * line number unless a quoted field holds a line break (a spreadsheet shows that as one row).
   */
  row: number;
  fields: string[];
}

export interface CsvTable {
  separator: Separator;
  header: string[];
  records: CsvRecord[];
  /** Row of a quote that is never closed (the rest of the file is read as that field), else null. */
  unterminatedQuoteRow: number | null;
}

const SEPARATORS: readonly Separator[] = [';', ',', '\t'];

/** The separator that occurs most often outside quotes in the first line; `;` wins a tie (Danish Excel). */
export function detectSeparator(text: string): Separator {
  const counts = new Map<Separator, number>(SEPARATORS.map((s) => [s, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char as Separator))
      counts.set(char as Separator, (counts.get(char as Separator) ?? 0) + 1);
  }
  let best: Separator = ';';
  for (const s of SEPARATORS) if ((counts.get(s) ?? 0) > (counts.get(best) ?? 0)) best = s;
  return best;
}

/** Splits text into rows of fields. Unquoted fields are trimmed; quoted ones are kept as written. */
export function parseCsv(
  input: string,
  separator: Separator = detectSeparator(input.replace(/^\uFEFF/, '')),
): CsvTable {
  const text = input.replace(/^\uFEFF/, '');
  const rows: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quotedField = false;
  let inQuotes = false;
  let unterminatedQuoteRow: number | null = null;

  const endField = () => {
    fields.push(quotedField ? field : field.trim());
    field = '';
    quotedField = false;
  };
  const endRow = () => {
    endField();
    rows.push({ row: rows.length + 1, fields });
    fields = [];
  };

  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (inQuotes) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else field += char;
    } else if (char === '"' && field.trim() === '' && !quotedField) {
      inQuotes = true;
      quotedField = true;
      field = '';
    } else if (char === separator) {
      endField();
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else {
      // Also text after a closing quote ("a"b): kept, as spreadsheets do.
      field += char;
    }
  }
  if (inQuotes) unterminatedQuoteRow = rows.length + 1;
  if (field !== '' || quotedField || fields.length > 0) endRow();

  const [first, ...records] = rows;
  return {
    separator,
    header: first?.fields ?? [],
    records: records.filter((r) => r.fields.some((f) => f !== '')),
    unterminatedQuoteRow,
  };
}

/** The table as rows of cells, header first, blank rows left out: for checks and tests. */
export function csvRows(text: string): string[][] {
  const table = parseCsv(text);
  return [table.header, ...table.records.map((r) => r.fields)];
}
