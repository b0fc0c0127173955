import { foldKey } from '../text/fold';

/**
 * Names people type for the same place or thing, Danish first. Letter variants (ø/oe/o, å/aa/a,
 * "Aarhus"/"Århus") need no row: foldKey already makes them one. A row is for real other names:
 * English exonyms, abbreviations and the English words of the admin units.
 */
export const SYNONYMS: readonly (readonly string[])[] = [
  ['København', 'Copenhagen', 'Kbh', 'CPH'],
  ['Sjælland', 'Zealand', 'Sealand'],
  ['Fyn', 'Funen'],
  ['Jylland', 'Jutland'],
  ['Helsingør', 'Elsinore'],
  ['Nordjylland', 'North Jutland', 'Northern Jutland'],
  ['Midtjylland', 'Central Jutland', 'Mid Jutland', 'Central Denmark'],
  ['Sydjylland', 'South Jutland', 'Southern Jutland'],
  ['Syddanmark', 'Southern Denmark', 'South Denmark'],
  ['Hovedstaden', 'Capital Region', 'Greater Copenhagen'],
  ['Femern', 'Fehmarn'],
  ['Erhvervshus', 'Business Hub'],
  ['Kommune', 'Municipality'],
];

const FOLDED = SYNONYMS.map((row) => row.map(foldKey));

const containsWords = (text: string, words: string) => ` ${text} `.includes(` ${words} `);

/**
 * Every folded spelling of a name: the name itself and, for each synonym it contains as whole
 * words, the name with that part swapped ("Region Sjælland" → "region zealand", "region sealand").
 * Two rounds, so "Erhvervshus Sjælland" also yields "business hub zealand".
 */
export function nameVariants(name: string): string[] {
  const variants = new Set([foldKey(name)]);
  for (let round = 0; round < 2; round++) {
    for (const variant of [...variants]) {
      for (const row of FOLDED) {
        const hit = row.find((word) => containsWords(variant, word));
        if (!hit) continue;
        for (const other of row) {
          if (other !== hit) variants.add(` ${variant} `.replace(` ${hit} `, ` ${other} `).trim());
        }
      }
    }
  }
  return [...variants].filter(Boolean);
}
