import { Translator } from './translator';

/** The one translator the app and its tests share; src/i18n/i18n.ts loads its strings. */
export const i18n = new Translator('da');
