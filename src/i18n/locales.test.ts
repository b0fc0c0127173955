import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = new URL('./locales/', import.meta.url);
const load = (lang: string, file: string) =>
  JSON.parse(readFileSync(new URL(`${lang}/${file}`, dir), 'utf8')) as Record<string, unknown>;

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('locales', () => {
  const files = readdirSync(new URL('da/', dir)).sort();
  it('has the same namespaces in Danish and English', () => {
    expect(readdirSync(new URL('en/', dir)).sort()).toEqual(files);
  });
  it.each(files)('%s has the same keys in both languages, none empty', (file) => {
    const da = keys(load('da', file)).sort();
    expect(keys(load('en', file)).sort()).toEqual(da);
    for (const lang of ['da', 'en']) {
      const flat = JSON.stringify(load(lang, file));
      expect(flat).not.toMatch(/:""/);
    }
  });
});
