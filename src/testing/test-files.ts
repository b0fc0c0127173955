/** Test-only helpers: read the repo's data files. Not imported by app code. */
import { readFileSync } from 'node:fs';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const readJson = (path: string): unknown => JSON.parse(read(path));

export const NOTE = read('geo/sources/bilag-6.2-status-klyngernes-konsolidering.md');
export const clustersJson = () => readJson('geo/data/clusters.json');
export const presencesJson = () => readJson('geo/data/presences.json');
export const aliasesJson = () => readJson('geo/data/aliases.json');
export const datasetJson = () => readJson('public/data/dataset.json');
export const historyJson = () => readJson('public/data/history.json');
export const observationsJson = () => readJson('geo/data/observations.json');
export const datedFactsJson = () => readJson('geo/data/dated-facts.json');
export const sourcesJson = () => readJson('geo/data/sources.json');
export const FACTS_RESEARCH = read('geo/research/facts-beyond-the-note.md');
/** A stored source text, by its file name under geo/sources/. */
export const sourceText = (file: string) => read(`geo/sources/${file}`);
export const baseMapJson = () => readJson('public/geo/denmark.topo.json');
export const PRIMARY = 'bilag-6-2-2021';
