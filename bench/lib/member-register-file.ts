import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticRegisterCsv } from './synthetic-register';

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

/**
 * A made-up member register of `rows` rows (./synthetic-register.ts) written to a temporary file, its
 * towns and clusters read from the app's data under `root` (`public/` for e2e, the built app for the
 * bench); the path to pick. A path, not a buffer: Playwright hands a buffer to the page by encoding it
 * there, seconds of the page's own thread for a 20 000-row file, which would count as the app's.
 */
export function memberRegisterFile(rows: number, root = 'public/', seed = 7): string {
  const gazetteer = read(`${root}data/gazetteer.json`);
  const { clusters } = read(`${root}data/dataset.json`);
  const csv = syntheticRegisterCsv(
    { clusters, places: gazetteer.places, aliases: gazetteer.aliases },
    rows,
    seed,
  );
  const path = join(mkdtempSync(join(tmpdir(), 'klyngekort-register-')), 'medlemmer.csv');
  writeFileSync(path, `\uFEFF${csv}`, 'utf8');
  return path;
}
