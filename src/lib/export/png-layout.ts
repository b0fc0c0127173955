import type { LegendGroup, LegendRow } from './png-legend';
import { wrapText } from './wrap-text';

/**
 * The exported map picture, in CSS pixels (drawn at `scale` device pixels each): the title and what
 * is shown on top, the map with its legend beside it, the sources underneath. Sizes are fixed so a
 * picture of the same map is the same size every time: width = map width + PNG_CHROME_WIDTH.
 */
export const PNG_BOX = {
  padding: 24,
  gap: 20,
  legendWidth: 300,
  swatchWidth: 28,
  countWidth: 36,
  rowGap: 6,
  groupGap: 14,
} as const;

export const PNG_CHROME_WIDTH = PNG_BOX.padding * 2 + PNG_BOX.gap + PNG_BOX.legendWidth;

/** Font roles; the drawing code maps them to canvas fonts, the layout only needs their line heights. */
export const PNG_TEXT = {
  title: { size: 22, lineHeight: 28, weight: 600 },
  summary: { size: 14, lineHeight: 20, weight: 400 },
  legendTitle: { size: 13, lineHeight: 18, weight: 600 },
  legend: { size: 12, lineHeight: 16, weight: 400 },
  footer: { size: 11, lineHeight: 15, weight: 400 },
} as const;

export type TextRole = keyof typeof PNG_TEXT;
export type MeasureRole = (text: string, role: TextRole) => number;

export interface PngContent {
  /** The map image's size in CSS pixels. */
  map: { width: number; height: number };
  title: string;
  summary: readonly string[];
  legend: readonly LegendGroup[];
  footer: readonly string[];
}

export interface PlacedText {
  role: TextRole;
  x: number;
  /** The top of the line box; text is drawn with baseline "top". */
  y: number;
  text: string;
}

export interface PlacedRow {
  row: LegendRow;
  x: number;
  y: number;
  height: number;
}

export interface PngLayout {
  width: number;
  height: number;
  texts: PlacedText[];
  rows: PlacedRow[];
  map: { x: number; y: number; width: number; height: number };
}

function block(
  texts: PlacedText[],
  paragraphs: readonly string[],
  role: TextRole,
  x: number,
  y: number,
  width: number,
  measure: MeasureRole,
): number {
  const lineHeight = PNG_TEXT[role].lineHeight;
  for (const paragraph of paragraphs) {
    for (const line of wrapText(paragraph, width, (s) => measure(s, role))) {
      texts.push({ role, x, y, text: line });
      y += lineHeight;
    }
  }
  return y;
}

export function layoutPng(content: PngContent, measure: MeasureRole): PngLayout {
  const { padding, gap, legendWidth, swatchWidth, countWidth, rowGap, groupGap } = PNG_BOX;
  const width = Math.round(content.map.width) + PNG_CHROME_WIDTH;
  const inner = width - 2 * padding;
  const texts: PlacedText[] = [];
  let y = block(texts, [content.title], 'title', padding, padding, inner, measure);
  y = block(texts, content.summary, 'summary', padding, y + 4, inner, measure);

  const map = {
    x: padding,
    y: y + gap / 2,
    width: Math.round(content.map.width),
    height: Math.round(content.map.height),
  };
  const legendX = map.x + map.width + gap;
  const labelX = legendX + swatchWidth;
  const labelWidth = legendWidth - swatchWidth - countWidth;
  const rows: PlacedRow[] = [];
  let ly = map.y;
  for (const group of content.legend) {
    ly = block(texts, [group.title], 'legendTitle', legendX, ly, legendWidth, measure) + rowGap / 2;
    for (const row of group.rows) {
      const top = ly;
      ly = block(texts, [row.label], 'legend', labelX, ly, labelWidth, measure);
      const height = Math.max(ly - top, 18);
      if (row.count !== undefined) {
        const countX = legendX + legendWidth - measure(row.count, 'legend');
        texts.push({ role: 'legend', x: countX, y: top, text: row.count });
      }
      rows.push({ row, x: legendX, y: top, height });
      ly = top + height + rowGap;
    }
    ly += groupGap;
  }

  const bodyBottom = Math.max(map.y + map.height, ly - groupGap);
  const end = block(texts, content.footer, 'footer', padding, bodyBottom + gap / 2, inner, measure);
  return { width, height: Math.ceil(end + padding), texts, rows, map };
}
