import { readFileSync } from 'node:fs';
import { syntheticRegisterCsv } from './synthetic-register';

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

/**
 * A made-up member register of `rows` rows (./synthetic-register.ts) as a file to pick, its towns and
 * clusters read from the app's data under `root` (`public/` for e2e, the built app for the bench).
 */
export function memberRegisterFile(rows: number, root = 'public/', seed = 7) {
  const gazetteer = read(`${root}data/gazetteer.json`);
  const { clusters } = read(`${root}data/dataset.json`);
  const csv = syntheticRegisterCsv(
    { clusters, places: gazetteer.places, aliases: gazetteer.aliases },
    rows,
    seed,
  );
  return { name: 'medlemmer.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${csv}`, 'utf8') };
}
