import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const DATASET = fileURLToPath(new URL('../../public/data/dataset.json', import.meta.url));

/** Lowercase hex SHA-256 of the file's bytes; null when it is missing. */
export function fileDigest(file: string): string | null {
  try {
    return createHash('sha256').update(readFileSync(file)).digest('hex');
  } catch {
    return null;
  }
}

/**
 * Defines __KLYNGEKORT_DATASET_SHA256__ in the build, the dev server and Vitest: the digest of the
 * shipped public/data/dataset.json, which `npm run data:build` / `data:check` and the unit tests
 * validate. A fetched file with this digest is that file, so the app uses it without loading zod
 * (src/data/dataset.ts); a file changed since (dev server) simply fails the match and is validated.
 */
export const datasetDigest = (file = DATASET): Plugin => ({
  name: 'klyngekort-dataset-digest',
  config: () => ({ define: { __KLYNGEKORT_DATASET_SHA256__: JSON.stringify(fileDigest(file)) } }),
});
