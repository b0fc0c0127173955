import { describe, expect, it, vi } from 'vitest';
import { Translator } from './translator';

function make() {
  const i18n = new Translator('da');
  i18n.addResourceBundle('da', 'common', {
    hello: 'Hej {{name}}',
    nested: { deep: { key: 'dybt' } },
    shown_one: '{{count}} vist',
    shown_other: '{{count, number}} vist',
    plain: '{{count}} i alt',
  });
  i18n.addResourceBundle('da', 'map', { title: 'Kort', only: 'kun i map' });
  i18n.addResourceBundle('en', 'common', {
    shown_one: '{{count}} shown',
    shown_other: '{{count, number}} shown',
  });
  return i18n;
}

describe('Translator', () => {
  it('interpolates values as plain text, never re-reading them as keys or placeholders', () => {
    const t = make().getFixedT('da');
    expect(t('hello', { name: 'Odense' })).toBe('Hej Odense');
    expect(t('hello', { name: '{{name}} $t(common:hello) <b>' })).toBe('Hej {{name}} $t(common:hello) <b>');
    expect(t('hello')).toBe('Hej ');
  });

  it('follows dotted paths and namespace prefixes, and tries each namespace of a list in order', () => {
    const i18n = make();
    expect(i18n.getFixedT('da')('nested.deep.key')).toBe('dybt');
    expect(i18n.getFixedT('da')('map:title')).toBe('Kort');
    expect(i18n.getFixedT('da', ['common', 'map'])('only')).toBe('kun i map');
    expect(i18n.getFixedT('da', 'map')('hello', { ns: 'common', name: 'x' })).toBe('Hej x');
  });

  it('chooses plurals with the language rules and formats numbers in its style', () => {
    const i18n = make();
    expect(i18n.getFixedT('da')('shown', { count: 1 })).toBe('1 vist');
    expect(i18n.getFixedT('da')('shown', { count: 20000 })).toBe('20.000 vist');
    expect(i18n.getFixedT('en')('shown', { count: 20000 })).toBe('20,000 shown');
    expect(i18n.getFixedT('da')('shown', { count: 0 })).toBe('0 vist');
    // A key without plural forms is used as it is.
    expect(i18n.getFixedT('da')('plain', { count: 3 })).toBe('3 i alt');
  });

  it('writes every number of a sentence one way, whether or not its placeholder says so', () => {
    const i18n = make();
    i18n.addResourceBundle('da', 'common', { of: 'Viser {{visible}} af {{count}}', km: '{{km}} km' });
    i18n.addResourceBundle('en', 'common', { of: 'Showing {{visible}} of {{count}}' });
    expect(i18n.getFixedT('da')('of', { visible: 1183, count: 1183 })).toBe('Viser 1.183 af 1.183');
    expect(i18n.getFixedT('en')('of', { visible: 1183, count: 20000 })).toBe('Showing 1,183 of 20,000');
    expect(i18n.getFixedT('da')('km', { km: 12.46 })).toBe('12,5 km');
    // Text stays text: a year or a code passed as a string is not a number to format.
    expect(i18n.getFixedT('da')('hello', { name: '2021' })).toBe('Hej 2021');
    expect(i18n.formatNumber(20000)).toBe('20.000');
  });

  it('falls back to the default value, else the key, when a string is missing', () => {
    const t = make().getFixedT('da');
    expect(t('missing', { defaultValue: 'standard {{x}}', x: 1 })).toBe('standard 1');
    expect(t('map:missing')).toBe('missing');
    expect(t('nested')).toBe('nested');
  });

  it('keeps one function per language and namespaces until strings are added, and tells listeners of a change', async () => {
    const i18n = make();
    const t = i18n.getFixedT('da', ['map', 'common']);
    expect(i18n.getFixedT('da', ['map', 'common'])).toBe(t);
    i18n.addResourceBundle('da', 'map', { later: 'senere' });
    expect(i18n.getFixedT('da', ['map', 'common'])('later')).toBe('senere');
    expect(i18n.getFixedT('da', 'map')('title')).toBe('Kort');
    const listener = vi.fn();
    const off = i18n.subscribe(listener);
    await i18n.changeLanguage('en');
    await i18n.changeLanguage('en');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(i18n.t('shown', { count: 2 })).toBe('2 shown');
    off();
    await i18n.changeLanguage('da');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('tells subscribers when strings arrive for a namespace that was asked for first, and only then', () => {
    const i18n = make();
    const subscriber = vi.fn();
    i18n.subscribe(subscriber);
    const before = i18n.snapshot();
    i18n.addResourceBundle('da', 'unasked', { a: 'b' });
    expect(subscriber).not.toHaveBeenCalled();
    expect(i18n.getFixedT('da', 'later')('x')).toBe('x');
    i18n.addResourceBundle('da', 'later', { x: 'kom' });
    expect(subscriber).toHaveBeenCalledTimes(1);
    expect(i18n.snapshot()).not.toBe(before);
    expect(i18n.getFixedT('da', 'later')('x')).toBe('kom');
  });
});
