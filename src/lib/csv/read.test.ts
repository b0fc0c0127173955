import { describe, expect, it } from 'vitest';
import { detectSeparator, parseCsv } from './read';

describe('parseCsv', () => {
  it('reads what Danish Excel writes: BOM, semicolons, CRLF, quoted fields', () => {
    const text =
      '\uFEFFklynge;sted;status\r\nCLEAN;"Vejle; havnen";Etableret\r\nMADE;"Sagde ""hej""";Planlagt\r\n';
    const table = parseCsv(text);
    expect(table.separator).toBe(';');
    expect(table.header).toEqual(['klynge', 'sted', 'status']);
    expect(table.records).toEqual([
      { row: 2, fields: ['CLEAN', 'Vejle; havnen', 'Etableret'] },
      { row: 3, fields: ['MADE', 'Sagde "hej"', 'Planlagt'] },
    ]);
  });

  it('reads commas and tabs, and a comma inside quotes does not split', () => {
    expect(parseCsv('cluster,place\nCLEAN,"Vejle, Fjord"').records[0]?.fields).toEqual([
      'CLEAN',
      'Vejle, Fjord',
    ]);
    expect(parseCsv('cluster\tplace\nCLEAN\tVejle').records[0]?.fields).toEqual(['CLEAN', 'Vejle']);
  });

  it('numbers rows as a spreadsheet does: header 1, blank rows counted but skipped', () => {
    const table = parseCsv('a;b\n1;2\n\n3;4\n;\n5;6');
    expect(table.records.map((r) => r.row)).toEqual([2, 4, 6]);
  });

  it('keeps a line break inside quotes in one field and one row', () => {
    const table = parseCsv('a;b\n"two\nlines";x\ny;z');
    expect(table.records).toEqual([
      { row: 2, fields: ['two\nlines', 'x'] },
      { row: 3, fields: ['y', 'z'] },
    ]);
  });

  it('reports a quote that is never closed', () => {
    const table = parseCsv('a;b\n1;2\n"open;3\n4;5');
    expect(table.unterminatedQuoteRow).toBe(3);
    expect(table.records[0]).toEqual({ row: 2, fields: ['1', '2'] });
  });

  it('trims unquoted fields and tolerates a missing final newline or trailing separator', () => {
    expect(parseCsv('a;b\n  x ; y ;').records[0]?.fields).toEqual(['x', 'y', '']);
  });
});

describe('detectSeparator', () => {
  it('counts separators outside quotes in the first line; semicolon wins a tie', () => {
    expect(detectSeparator('"a,b";c;d\n1,2,3,4,5')).toBe(';');
    expect(detectSeparator('a,b,c')).toBe(',');
    expect(detectSeparator('single')).toBe(';');
  });
});
