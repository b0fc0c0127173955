/**
 * Text folding for Danish and other Latin letters, so users can type "Sonderborg", "Soenderborg" or
 * "Sønderborg" and the gazetteer can match "Aarhus" against GeoNames' "Århus".
 */

/** Letters that have a conventional two-letter ASCII spelling (Danish orthography, German umlauts). */
const DIGRAPHS: Record<string, string> = {
  æ: 'ae',
  ø: 'oe',
  å: 'aa',
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  ß: 'ss',
  Æ: 'Ae',
  Ø: 'Oe',
  Å: 'Aa',
  Ä: 'Ae',
  Ö: 'Oe',
  Ü: 'Ue',
};

const COMBINING_MARKS = /\p{M}/gu;

/** "Sønderborg" → "Soenderborg", "Café" → "Cafe": the spelling you would write on an ASCII keyboard. */
export function toAscii(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[æøåäöüßÆØÅÄÖÜ]/g, (letter) => DIGRAPHS[letter] ?? letter)
    .normalize('NFD')
    .replace(COMBINING_MARKS, '');
}

/**
 * A comparison key: case-, accent- and punctuation-insensitive, and blind to whether ø was typed as
 * "o" or "oe" (å as "a" or "aa", ü as "u" or "ue"). Only for matching; never show it.
 * "ae" is kept: typing æ as a plain "a" is rare and "ae" is common in ordinary words.
 */
export function foldKey(text: string): string {
  return toAscii(text)
    .toLowerCase()
    .replace(/aa/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** "Femern Bælt-projektet" → "femern-baelt-projektet": a stable id fragment. */
export function slugify(text: string): string {
  return toAscii(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
