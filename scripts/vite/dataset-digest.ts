import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const DATASET = fileURLToPath(new URL('../../public/data/dataset.json', import.meta.url));
const HISTORY = fileURLToPath(new URL('../../public/data/history.json', import.meta.url));

/** Lowercase hex SHA-256 of the file's bytes; null when it is missing. */
export function fileDigest(file: string): string | null {
  try {
    return createHash('sha256').update(readFileSync(file)).digest('hex');
  } catch {
    return null;
  }
}

/**
 * Defines __KLYNGEKORT_DATASET_SHA256__ and __KLYNGEKORT_HISTORY_SHA256__ in the build, the dev server
 * and Vitest: the digests of the shipped public/data/dataset.json and history.json, which `npm run
 * data:build` / `data:check` and the unit tests validate. A fetched file with its digest is that file, so
 * the app uses it without loading zod (src/data/dataset.ts, history.ts); a file changed since (dev server)
 * simply fails the match and is validated.
 */
export const datasetDigest = (file = DATASET, history = HISTORY): Plugin => ({
  name: 'klyngekort-dataset-digest',
  config: () => ({
    define: {
      __KLYNGEKORT_DATASET_SHA256__: JSON.stringify(fileDigest(file)),
      __KLYNGEKORT_HISTORY_SHA256__: JSON.stringify(fileDigest(history)),
    },
  }),
});
