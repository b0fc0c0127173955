import { toNamespaces } from './to-namespaces';

/**
 * The English strings of the first view in one chunk, loaded only when the language is in use.
 * Lazily loaded features bring their own namespaces (src/i18n/namespaces/, same list as below).
 */
export default toNamespaces(
  import.meta.glob<Record<string, unknown>>(
    [
      '../locales/en/*.json',
      '!../locales/en/{area,changes,cluster,coverage,describe,embed,export,history,import,overview,reader,search,share,source}.json',
    ],
    { eager: true, import: 'default' },
  ),
);
