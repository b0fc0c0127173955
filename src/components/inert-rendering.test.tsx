import { readFileSync } from 'node:fs';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DataLoadError } from '@/data/data-load-error';
import { i18n } from '@/i18n/instance';
import type { Strings } from '@/i18n/translator';
import type { Presence } from '@/model/schema';
import { DataError } from './data-error';
import { NoteInline } from './note-inline';
import { PresenceLine } from './presence-line';
import { SourceQuote } from './source-quote';
import { UserSource } from './user-source';
import { ValidationProblems } from './validation-problems';

/*
 * Issue 9: text from data files, links or an analyst's import is rendered as text, never as markup.
 * Each component that shows such text is rendered to static HTML with hostile strings; the HTML may
 * hold no element or attribute the strings asked for, and must still say every string, as text.
 */
const HOSTILE = [
  '<script>window.__x=1</script>',
  '<img src=x onerror="window.__x=2">',
  '<svg onload=window.__x=3>',
  '<a href="javascript:window.__x=4">klik</a>',
  '"><iframe srcdoc="<script>parent.__x=5</script>">',
  '{{constructor.constructor("window.__x=6")()}} $t(common:appName)',
  '<sub onclick="window.__x=7">2</sub>',
  '\u202Egnp.exe',
];
const ALL = HOSTILE.join(' ');

const locale = (lang: string, ns: string) =>
  JSON.parse(readFileSync(new URL(`../i18n/locales/${lang}/${ns}.json`, import.meta.url), 'utf8')) as Record<
    string,
    unknown
  >;

for (const ns of ['common', 'errors', 'source', 'imported'])
  i18n.addResourceBundle('da', ns, locale('da', ns) as Strings);

const render = (element: ReactElement) => renderToStaticMarkup(element);

/**
 * The markup's shape: every tag with its attribute names, values left out. React escapes attribute
 * values and text, so a raw `<` or `"` from data can only appear here if it became markup.
 */
const shape = (html: string) =>
  (html.match(/<[^>]+>/g) ?? []).map((tag) => tag.replace(/="[^"]*"/g, '').replace(/\s+/g, ' '));

/** What a browser would show: tags removed, entities decoded. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#x27;', "'")
    .replaceAll('&amp;', '&');

/**
 * Renders `make` with harmless text and with the hostile strings: the two must have the same shape
 * (no element or attribute came from the data), and the hostile one must show every string as text.
 */
function expectInert(make: (s: string) => ReactElement, shown: string[] = HOSTILE) {
  const benign = render(make('tekst'));
  const hostile = render(make(ALL));
  expect(shape(hostile)).toEqual(shape(benign));
  for (const s of shown) expect(text(hostile)).toContain(s);
  return hostile;
}

describe('hostile text renders inert', () => {
  it('a data error names a hostile file and detail as text', () => {
    expectInert((s) => (
      <DataError error={new DataLoadError('schema', `/data/${s}.json`, s)} onRetry={() => {}} />
    ));
    expectInert((s) => <DataError error={new DataLoadError('json', s, s)} />);
    expectInert((s) => <DataError error={new DataLoadError('http', s, `500 ${s}`, 500)} />);
    expectInert((s) => <DataError error={new Error(s)} />);
  });

  it('schema problems list hostile record ids, fields and reasons as text', () => {
    const problems = (s: string) =>
      HOSTILE.map(() => ({ file: 'data/dataset.json', record: { type: s, id: s }, field: s, reason: s }));
    expectInert((s) => <ValidationProblems problems={problems(s)} />);
    expectInert((s) => (
      <DataError error={new DataLoadError('schema', 'x.json', s, undefined, problems(s))} />
    ));
  });

  it('the note’s inline markup makes only <sub>, with text inside', () => {
    const html = expectInert((s) => <NoteInline text={`CO<sub>2</sub> ${s}`} />);
    expect(shape(html)).toEqual(['<sub>', '</sub>']);
    // A <sub> around hostile text stays a bare <sub>: its content is text.
    const sub = render(<NoteInline text={'<sub>" onmouseover="window.__x=8</sub>'} />);
    expect(shape(sub)).toEqual(['<sub>', '</sub>']);
    expect(text(sub)).toBe('" onmouseover="window.__x=8');
  });

  it('a source quote and its fact label stay text, in the quote and in the buttons’ names', () => {
    const html = expectInert((s) => <SourceQuote quote={s} factLabel={s} />);
    expect(text(html.match(/aria-label="([^"]*)"/)?.[1] ?? '')).toBe(`Kilde: ${ALL}`);
  });

  it('a presence line shows hostile place, area, cluster and status texts as text', () => {
    const presence = { status: 'established' } as Presence;
    const line = (s: string) => ({
      place: s,
      where: s,
      cluster: s,
      status: s,
      kind: s,
      inferred: s,
      user: s,
      source: s,
      name: s,
    });
    expectInert((s) => <PresenceLine presence={presence} text={line(s)} area="digital-technologies" />);
  });

  it('an analyst’s own source and note from an imported file stay text', () => {
    expectInert((s) => <UserSource basis={{ type: 'user', source: s }} note={s} />);
  });
});
