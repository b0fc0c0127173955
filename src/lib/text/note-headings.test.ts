import { describe, expect, it } from 'vitest';
import { parseNoteOutline } from './note-headings';

describe('parseNoteOutline', () => {
  it('reads both heading styles and skips lines with text outside the bold run', () => {
    const note = [
      '',
      '**Bilag 9: Title**',
      'Body **bold** text.',
      '**Energiteknologi: A**',
      '**ERHVERVSSTYRELSEN**Vejlsovej 29  ',
      'www.erst.dk**ERHVERVS MINISTERIET**',
      '### **Lydteknologi: B (spirende område)**',
    ].join('\n');
    const outline = parseNoteOutline(note);
    expect(outline.title).toEqual({ text: 'Bilag 9: Title', line: 2 });
    expect(outline.sections.map((s) => s.text)).toEqual([
      'Energiteknologi: A',
      'Lydteknologi: B (spirende område)',
    ]);
  });

  it('fails on a note without a title', () => {
    expect(() => parseNoteOutline('plain text')).toThrow(/no bold title/);
  });
});
