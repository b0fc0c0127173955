/** Width of a text in the font it will be drawn in (canvas `measureText` in the app, a stub in tests). */
export type Measure = (text: string) => number;

/**
 * Greedy word wrap for text drawn on a canvas, which has no line breaking of its own. A word wider
 * than the line is cut at the last character that fits, so nothing is drawn beyond the edge.
 */
export function wrapText(text: string, width: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (measure(line) > width && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && measure(line.slice(0, cut)) > width) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}
