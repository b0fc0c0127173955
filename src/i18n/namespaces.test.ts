import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = (path: string) => new URL(path, import.meta.url);
const names = (path: string, ext: string) =>
  readdirSync(dir(path))
    .filter((f) => f.endsWith(ext) && !f.includes('.test.'))
    .map((f) => f.slice(0, -ext.length))
    .sort();

/** The namespaces a bundle's glob leaves out: `!../locales/da/{a,b}.json`. */
const excluded = (bundle: string) => {
  const match = /!\.\.\/locales\/\w+\/\{([\w,]+)\}\.json/.exec(readFileSync(dir(bundle), 'utf8'));
  return (match?.[1]?.split(',') ?? []).sort();
};

/** The namespaces src/i18n/panel-strings.ts registers, by the names its constants hold. */
const panelNamespaces = async () => Object.values(await import('./panel-strings')).sort();

describe('language bundles and lazily loaded namespaces', () => {
  it('each namespace travels exactly once: in the first-view bundle or with its feature', async () => {
    const lazy = await panelNamespaces();
    expect(lazy.length).toBeGreaterThan(0);
    for (const language of ['da', 'en']) {
      expect(excluded(`./bundles/${language}.ts`)).toEqual(lazy);
      const all = names(`./locales/${language}/`, '.json');
      for (const name of lazy) expect(all).toContain(name);
    }
  });

  it('the panel strings register both languages under each namespace name', async () => {
    const { i18n } = await import('./instance');
    const module = (await import('./panel-strings')) as Record<string, string>;
    for (const [constant, name] of Object.entries(module)) {
      expect(constant).toBe(`${name.toUpperCase()}_NS`);
      expect(i18n.hasResourceBundle('da', name) && i18n.hasResourceBundle('en', name)).toBe(true);
    }
  });
});
