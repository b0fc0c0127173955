import { describe, expect, it } from 'vitest';
import { initialLanguage, LANGUAGE_STORAGE_KEY } from './language';

const storageWith = (value: string | null) =>
  ({ getItem: (key: string) => (key === LANGUAGE_STORAGE_KEY ? value : null) }) as unknown as Storage;

describe('initialLanguage', () => {
  it('defaults to Danish', () => {
    expect(initialLanguage('', storageWith(null))).toBe('da');
  });
  it('takes the language from the URL first', () => {
    expect(initialLanguage('?lang=en', storageWith('da'))).toBe('en');
  });
  it('falls back to the stored choice', () => {
    expect(initialLanguage('', storageWith('en'))).toBe('en');
  });
  it('ignores unknown values', () => {
    expect(initialLanguage('?lang=xx', storageWith('<script>'))).toBe('da');
  });
});
