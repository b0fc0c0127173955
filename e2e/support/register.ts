import { readFileSync } from 'node:fs';
import { syntheticRegisterCsv } from '../../bench/lib/synthetic-register';

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

/** A made-up member register of `rows` rows (bench/lib/synthetic-register.ts), as a file to pick. */
export function memberRegister(rows: number, seed = 7) {
  const gazetteer = read('public/data/gazetteer.json');
  const { clusters } = read('public/data/dataset.json');
  const csv = syntheticRegisterCsv(
    { clusters, places: gazetteer.places, aliases: gazetteer.aliases },
    rows,
    seed,
  );
  return { name: 'medlemmer.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${csv}`, 'utf8') };
}
