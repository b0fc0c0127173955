import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvRows } from './read';
import { CSV_BOM, csvCell, csvNumber, toCsv, type CsvCell } from './write';

describe('the CSV dialect', () => {
  it('separates cells with ";" and ends every row with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', null],
      ]),
    ).toBe('a;b\r\nc;\r\n');
  });

  it('writes numbers as Danish Excel reads them: decimal comma, no grouping, a minus kept', () => {
    expect(csvCell(9.5357)).toBe('9,5357');
    expect(csvCell(-3.5)).toBe('-3,5');
    expect(csvCell(12)).toBe('12');
    expect(csvCell(1234567.25)).toBe('1234567,25');
    expect(csvNumber(Number.NaN)).toBe('');
    expect(csvCell(Infinity)).toBe('');
  });

  it('quotes a cell that holds the separator, a comma, a quote, a line break or an outer space, and no other', () => {
    expect(csvCell('Aalborg')).toBe('Aalborg');
    expect(csvCell('Vejle, Fjord')).toBe('"Vejle, Fjord"');
    expect(csvCell('clean;marlog')).toBe('"clean;marlog"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvCell(' padded ')).toBe('" padded "');
    expect(csvCell(null)).toBe('');
  });

  it('neutralises text a spreadsheet would run as a formula, however it starts', () => {
    const hostile = {
      '=HYPERLINK("https://evil.example","klik")': `"'=HYPERLINK(""https://evil.example"",""klik"")"`,
      '@SUM(1+1)': `"'@SUM(1+1)"`,
      '+45 1234': `"'+45 1234"`,
      '-2+3': `"'-2+3"`,
      '\t=1+1': `"'\t=1+1"`,
      '\r=1+1': `"'\r=1+1"`,
      "=cmd|' /C calc'!A0": `"'=cmd|' /C calc'!A0"`,
    };
    for (const [cell, written] of Object.entries(hostile)) expect(csvCell(cell)).toBe(written);
    // Inside a cell the same characters are harmless and stay as they are.
    expect(csvCell('Vejle = havnen')).toBe('Vejle = havnen');
    expect(csvCell('a-b')).toBe('a-b');
  });

  it('never lets a written text cell start with a formula character, whatever the text', () => {
    const unit = fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', ';', '"', ' ', 'a', 'æ', '1', ',');
    fc.assert(
      fc.property(fc.string({ unit }), (text) => {
        const written = csvCell(text);
        const shown = written.startsWith('"') ? written.slice(1) : written;
        expect(shown).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
  });

  it('reads back what it writes: text as written (a neutralised formula with its quote), numbers as numbers', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', 'æ', ',', ';', '"', '\n', '\r', ' ', 'ø', '=', '+', '-', '@', '\t'),
    });
    const cell = fc.oneof(text, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(null));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const numbered: CsvCell[][] = rows.map((row, i) => [`r${i}`, ...row]);
        const read = csvRows(CSV_BOM + toCsv(numbered));
        expect(read).toHaveLength(numbered.length);
        read.forEach((row, i) =>
          row.forEach((value, j) => {
            const cell = numbered[i]?.[j] ?? null;
            if (cell === null) expect(value).toBe('');
            else if (typeof cell === 'number')
              expect(Number(value.replace(',', '.'))).toBe(cell === 0 ? 0 : cell);
            else expect(value).toBe(/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);
          }),
        );
      }),
    );
  });
});
