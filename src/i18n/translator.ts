import { formatNumber, type FormatLanguage } from '@/model/locale';

/**
 * The app's translations: namespaced JSON strings with `{{value}}` interpolation and `_one`/`_other`
 * plurals chosen by Intl.PluralRules. That is all the app uses, in about a kilobyte instead of
 * i18next's seventeen on the first view. Values are inserted as plain text and never re-read as keys
 * or markup: `$t(...)` or `{{...}}` inside a value stays as typed. Every number is written in the
 * language's one number format (src/model/locale.ts), so no sentence mixes "1.183" and "1183".
 */
export interface Strings {
  [key: string]: string | Strings;
}

export type TOptions = { count?: number; defaultValue?: string; ns?: string } & Record<string, unknown>;
export type TFunction = (key: string, options?: TOptions) => string;

const PLACEHOLDER = /\{\{\s*([\w.]+)\s*(?:,\s*(\w+)\s*)?\}\}/g;

export class Translator {
  private readonly bundles = new Map<string, Strings>();
  private readonly listeners = new Set<(language: string) => void>();
  private readonly subscribers = new Set<() => void>();
  private readonly fixed = new Map<string, TFunction>();
  /** Namespaces asked for before their strings arrived (a lazily loaded feature's). */
  private readonly misses = new Set<string>();
  private version = 0;

  constructor(
    public language: string,
    private readonly defaultNamespace = 'common',
  ) {}

  addResourceBundle(language: string, namespace: string, strings: Strings): void {
    const key = `${language}|${namespace}`;
    this.bundles.set(key, merge(this.bundles.get(key) ?? {}, strings));
    this.fixed.clear();
    // Whoever showed a key from this namespace before its strings came shows the strings now.
    if (this.misses.delete(key)) this.notify();
  }

  hasResourceBundle(language: string, namespace: string): boolean {
    return this.bundles.has(`${language}|${namespace}`);
  }

  changeLanguage(language: string): Promise<void> {
    if (language !== this.language) {
      this.language = language;
      for (const listener of [...this.listeners]) listener(language);
      this.notify();
    }
    return Promise.resolve();
  }

  /** For useSyncExternalStore: changes with the language and when missing strings arrive. */
  snapshot = (): string => `${this.language}#${this.version}`;

  subscribe = (subscriber: () => void): (() => void) => {
    this.subscribers.add(subscriber);
    return () => this.subscribers.delete(subscriber);
  };

  private notify() {
    this.version++;
    for (const subscriber of [...this.subscribers]) subscriber();
  }

  on(_event: 'languageChanged', listener: (language: string) => void): void {
    this.listeners.add(listener);
  }

  t: TFunction = (key, options) => this.getFixedT(this.language)(key, options);

  /** A number as the current language writes it, for numbers shown outside a sentence (tables, badges). */
  formatNumber = (value: number): string => formatNumber(value, formatLanguage(this.language));

  /** A stable function per language and namespace list, so memoised components see a change only with the language. */
  getFixedT(language: string, namespaces?: string | readonly string[]): TFunction {
    const list = namespaces === undefined ? [this.defaultNamespace] : [namespaces].flat();
    const id = `${language}|${list.join(',')}`;
    let t = this.fixed.get(id);
    if (!t) {
      t = (key, options = {}) => this.translate(language, list, key, options);
      this.fixed.set(id, t);
    }
    return t;
  }

  private translate(language: string, namespaces: readonly string[], key: string, options: TOptions): string {
    const colon = key.indexOf(':');
    const [searchIn, path] =
      colon > 0
        ? [[key.slice(0, colon)], key.slice(colon + 1)]
        : [options.ns ? [options.ns] : namespaces, key];
    const candidates =
      typeof options.count === 'number'
        ? [`${path}_${pluralCategory(language, options.count)}`, path]
        : [path];
    for (const namespace of searchIn) {
      const bundle = this.bundles.get(`${language}|${namespace}`);
      if (!bundle) this.misses.add(`${language}|${namespace}`);
      for (const candidate of candidates) {
        const found = bundle && lookup(bundle, candidate);
        if (typeof found === 'string') return interpolate(found, options, language);
      }
    }
    return options.defaultValue !== undefined ? interpolate(options.defaultValue, options, language) : path;
  }
}

function lookup(strings: Strings, path: string): string | Strings | undefined {
  let node: string | Strings | undefined = strings;
  for (const part of path.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return node;
}

function merge(target: Strings, source: Strings): Strings {
  const out: Strings = { ...target };
  for (const [key, value] of Object.entries(source)) {
    const existing = out[key];
    out[key] = typeof value === 'object' && typeof existing === 'object' ? merge(existing, value) : value;
  }
  return out;
}

const pluralRules = new Map<string, Intl.PluralRules>();
function pluralCategory(language: string, count: number): string {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  return rules.select(count);
}

/** The translator's language as a number format's: anything but English is written the Danish way. */
const formatLanguage = (language: string): FormatLanguage => (language === 'en' ? 'en' : 'da');

/** `{{name}}`; a number is written in the language's format (`{{name, number}}` says the same). */
function interpolate(text: string, values: TOptions, language: string): string {
  return text.replace(PLACEHOLDER, (_match, name: string) => {
    const value = values[name];
    if (value === undefined || value === null) return '';
    if (typeof value === 'number') return formatNumber(value, formatLanguage(language));
    return String(value);
  });
}
