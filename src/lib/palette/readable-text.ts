/** WCAG 2.1 relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

// Asked once per marker on every filter change (20 000 in the benchmark) for a handful of palette colours.
const readable = new Map<string, '#ffffff' | '#000000'>();

/**
 * White or black, whichever reads better on `background`. The business-area codes are small text
 * (11 px), so they need 4.5:1, more than the palette's own text colours give on olive and teal.
 */
export function readableTextColor(background: string): '#ffffff' | '#000000' {
  let text = readable.get(background);
  if (!text) {
    text = contrast(background, '#ffffff') >= contrast(background, '#000000') ? '#ffffff' : '#000000';
    readable.set(background, text);
  }
  return text;
}
