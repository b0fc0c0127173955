import { toNamespaces } from './to-namespaces';

/** Every namespace of the Danish UI in one chunk, loaded only when the language is in use. */
export default toNamespaces(
  import.meta.glob<Record<string, unknown>>('../locales/da/*.json', { eager: true, import: 'default' }),
);
