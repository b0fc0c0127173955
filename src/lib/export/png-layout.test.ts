import { describe, expect, it } from 'vitest';
import { layoutPng, PNG_CHROME_WIDTH, PNG_TEXT, type PngContent } from './png-layout';
import { wrapText } from './wrap-text';

/** Every character 7 px wide: enough to test wrapping and placement without a canvas. */
const measure = (text: string) => text.length * 7;

const content = (over: Partial<PngContent> = {}): PngContent => ({
  map: { width: 576, height: 700 },
  title: 'Klyngekort – Tilstedeværelse',
  summary: ['Filtre: Byggeri og anlæg', 'Viser 5 af 23 tilstedeværelser'],
  legend: [
    {
      title: 'Status',
      rows: [
        { swatch: { kind: 'fill', color: '#000000' }, label: 'Etableret', count: '3' },
        { swatch: { kind: 'white-spot' }, label: 'Hvid plet' },
      ],
    },
  ],
  footer: ['Indeholder data fra Klimadatastyrelsen', 'Kilde: Bilag 6.2'],
  ...over,
});

describe('wrapText', () => {
  it('breaks between words and never returns a line wider than asked', () => {
    expect(wrapText('aa bb cc', 35, measure)).toEqual(['aa bb', 'cc']);
    expect(wrapText('  ', 35, measure)).toEqual([]);
    const lines = wrapText('Klimadatastyrelsen Geodatastyrelsen', 70, measure);
    expect(lines.every((l) => measure(l) <= 70)).toBe(true);
    expect(lines.join('')).toBe('KlimadatastyrelsenGeodatastyrelsen');
  });
});

describe('layoutPng', () => {
  it('is as wide as the map plus the fixed chrome, and the map keeps its size', () => {
    const layout = layoutPng(content(), (s) => measure(s));
    expect(layout.width).toBe(576 + PNG_CHROME_WIDTH);
    expect(layout.map).toMatchObject({ width: 576, height: 700 });
    expect(layout.height).toBeGreaterThan(layout.map.y + 700);
  });

  it('puts the title first, the summary under it and the footer below the map', () => {
    const layout = layoutPng(content(), (s) => measure(s));
    const [title, ...rest] = layout.texts;
    expect(title).toMatchObject({ role: 'title', text: 'Klyngekort – Tilstedeværelse' });
    expect(rest.filter((t) => t.role === 'summary').every((t) => t.y < layout.map.y)).toBe(true);
    const footer = layout.texts.filter((t) => t.role === 'footer');
    expect(footer).toHaveLength(2);
    expect(footer.every((t) => t.y >= layout.map.y + layout.map.height)).toBe(true);
    expect(layout.height).toBeGreaterThanOrEqual((footer.at(-1)?.y ?? 0) + PNG_TEXT.footer.lineHeight);
  });

  it('places legend rows beside the map with counts right-aligned', () => {
    const layout = layoutPng(content(), (s) => measure(s));
    expect(layout.rows).toHaveLength(2);
    for (const r of layout.rows) expect(r.x).toBeGreaterThan(layout.map.x + layout.map.width);
    const count = layout.texts.find((t) => t.text === '3');
    expect((count?.x ?? 0) + measure('3')).toBe(layout.width - 24);
  });

  it('grows downwards when the legend is taller than a small map', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({
      swatch: { kind: 'fill' as const, color: '#000000' },
      label: `Række ${i}`,
    }));
    const layout = layoutPng(
      content({ map: { width: 300, height: 100 }, legend: [{ title: 'T', rows: many }] }),
      (s) => measure(s),
    );
    const last = layout.rows.at(-1);
    const footer = layout.texts.find((t) => t.role === 'footer');
    expect((footer?.y ?? 0) > (last?.y ?? 0) + (last?.height ?? 0)).toBe(true);
  });
});
