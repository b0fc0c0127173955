import { PARAMS } from '@/lib/url/url-state';

/** The sizes the share dialog offers; "full" fills the host page's column. */
export const EMBED_SIZES = {
  small: { width: 600, height: 400 },
  medium: { width: 800, height: 500 },
  full: { width: '100%', height: 500 },
} as const;

export type EmbedSize = keyof typeof EMBED_SIZES;

/** The same view in the embed layout: the link with `embed=1`; the other parameters as they are. */
export function embedUrl(href: string): string {
  const url = new URL(href);
  url.searchParams.delete(PARAMS.embed);
  url.searchParams.append(PARAMS.embed, '1');
  url.hash = '';
  return url.href;
}

/** The full app at the same view: the link without `embed`. */
export function appUrl(href: string): string {
  const url = new URL(href);
  url.searchParams.delete(PARAMS.embed);
  url.hash = '';
  return url.href;
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The `<iframe>` to paste into another page: the embed's address, a title that names the map for
 * screen readers (WCAG 4.1.2: a frame needs one), and the chosen size. Every value is escaped, so a
 * title from the data cannot end the attribute.
 */
export function embedCode({ src, title, size }: { src: string; title: string; size: EmbedSize }): string {
  const { width, height } = EMBED_SIZES[size];
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" ` +
    `width="${width}" height="${height}" style="border: 0" loading="lazy"></iframe>`
  );
}
