import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every word a user can see or hear comes from the locale files, so both languages have it. This
 * reads each component and lists JSX text and user-facing attributes with letters in them; what is
 * not a word in either language (symbols, codes) may stand, and is listed here with its reason.
 */
const ALLOWED = new Set<string>([
  // Marks explained in the legends beside them: area-level and inferred in the coverage tables.
  '*',
  '†',
  // A swatch of the reader's highlight colours (aria-hidden), the same in every language.
  'Abc',
]);

/** Attributes a browser shows or a screen reader speaks. */
const SPOKEN = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'title',
  'placeholder',
  'alt',
  'label',
]);

const ROOT = new URL('..', import.meta.url).pathname;

function components(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return components(path);
    return entry.name.endsWith('.tsx') ? [path] : [];
  });
}

export function hardCodedTexts(source: string, file = 'x.tsx'): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const hasLetters = (text: string) => /\p{L}/u.test(text) && !ALLOWED.has(text.trim());
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasLetters(node.text)) found.push(node.text.trim());
    if (ts.isJsxAttribute(node) && SPOKEN.has(node.name.getText(sf))) {
      const value = node.initializer;
      const literal =
        value && ts.isStringLiteral(value)
          ? value.text
          : value && ts.isJsxExpression(value) && value.expression && ts.isStringLiteralLike(value.expression)
            ? value.expression.text
            : null;
      if (literal !== null && hasLetters(literal)) found.push(`${node.name.getText(sf)}="${literal}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('visible text', () => {
  it('finds words in JSX text and spoken attributes, and lets symbols and expressions pass', () => {
    const sample = `export const A = () => (
      <p title="Kort" aria-label={t('x')}>
        Hej {name} <b>*</b> {'†'} <span placeholder={"Søg"} className="text-sm">{t('y')}</span>
      </p>
    );`;
    expect(hardCodedTexts(sample)).toEqual(['title="Kort"', 'Hej', 'placeholder="Søg"']);
  });

  it.each(components(join(ROOT)).map((path) => [relative(ROOT, path), path]))(
    '%s has no words outside the locale files',
    (_name, path) => {
      expect(hardCodedTexts(readFileSync(path, 'utf8'), path)).toEqual([]);
    },
  );
});
