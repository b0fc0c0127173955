import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const DATASET = fileURLToPath(new URL('../../public/data/dataset.json', import.meta.url));
const HISTORY = fileURLToPath(new URL('../../public/data/history.json', import.meta.url));

const sha256 = (bytes: string | Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Lowercase hex SHA-256 of the file's bytes; null when it is missing. */
export function fileDigest(file: string): string | null {
  try {
    return sha256(readFileSync(file));
  } catch {
    return null;
  }
}

/**
 * The file as the build ships it: the same JSON without the indentation that keeps the committed file
 * readable in a review (about 6 % fewer bytes after gzip). Null when it is missing or not JSON.
 */
export function shippedJson(file: string): string | null {
  try {
    return JSON.stringify(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return null;
  }
}

/**
 * Defines __KLYNGEKORT_DATASET_SHA256__ and __KLYNGEKORT_HISTORY_SHA256__ in the build, the dev server
 * and Vitest: the digests of the shipped public/data/dataset.json and history.json, which `npm run
 * data:build` / `data:check` and the unit tests validate. A fetched file with its digest is that file, so
 * the app uses it without loading zod (src/data/dataset.ts, history.ts); a file changed since (dev server)
 * simply fails the match and is validated. A build ships both files without indentation
 * (shippedJson), and its digests are of those bytes.
 */
export const datasetDigest = (file = DATASET, history = HISTORY): Plugin => {
  const files = [file, history];
  let outDir: string | null = null;
  let shipped: (string | null)[] = [];
  return {
    name: 'klyngekort-dataset-digest',
    config: (_, { command }) => {
      shipped = command === 'build' ? files.map(shippedJson) : [];
      const digest = (i: number) => {
        const text = shipped[i];
        return command === 'build'
          ? text === null || text === undefined
            ? null
            : sha256(text)
          : fileDigest(files[i] as string);
      };
      return {
        define: {
          __KLYNGEKORT_DATASET_SHA256__: JSON.stringify(digest(0)),
          __KLYNGEKORT_HISTORY_SHA256__: JSON.stringify(digest(1)),
        },
      };
    },
    configResolved: (config) => {
      outDir =
        config.command === 'build' && config.build.copyPublicDir
          ? resolve(config.root, config.build.outDir)
          : null;
    },
    // After Vite has copied public/ into the output: the files there become the shipped ones.
    closeBundle() {
      if (!outDir) return;
      files.forEach((source, i) => {
        const text = shipped[i];
        if (typeof text !== 'string') return;
        const target = resolve(outDir as string, 'data', source.split('/').pop() as string);
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, text);
      });
    },
  };
};
