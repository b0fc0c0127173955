import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvField, datedFileName, parseCsv, toCsv } from './csv';

describe('csv', () => {
  it('quotes commas, quotes, semicolons and line breaks only; null is an empty cell', () => {
    expect(csvField('Aalborg')).toBe('Aalborg');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('clean;marlog')).toBe('"clean;marlog"');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(12.5)).toBe('12.5');
  });

  it('reads back exactly what it writes, whatever the text', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'æ', ',', ';', '"', '\n', '\r', ' ', 'ø') });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1 }), (rows) => {
        expect(parseCsv(CSV_BOM + toCsv(rows))).toEqual(rows);
      }),
    );
  });

  it('names files with the local date', () => {
    expect(datedFileName('kort', 'png', new Date(2026, 0, 5))).toBe('klyngekort-kort-2026-01-05.png');
  });
});
