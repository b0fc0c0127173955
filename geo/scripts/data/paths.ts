/** Where the data build reads and writes, and how messages name those files (relative to the repo root). */
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export const FILES = {
  clusters: 'geo/data/clusters.json',
  presences: 'geo/data/presences.json',
  aliases: 'geo/data/aliases.json',
  sources: 'geo/data/sources.json',
  observations: 'geo/data/observations.json',
  datedFacts: 'geo/data/dated-facts.json',
  history: 'public/data/history.json',
  dataset: 'public/data/dataset.json',
  note: 'public/data/note.md',
} as const;

export const SOURCES_DIR = 'geo/sources';
/** Non-primary sources are served beside the note so the reader can quote-check them too. */
export const PUBLIC_SOURCES_DIR = 'public/data/sources';

export const abs = (relative: string) => `${ROOT}${relative}`;
