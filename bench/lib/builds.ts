/** The builds the bench measures: the app, the baseline page, and the app over synthetic data. */
import { execSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { syntheticDataset } from './synthetic-dataset';

export function buildApp(outDir: string, { minify = true } = {}): void {
  execSync(
    `npx vite build --outDir ${outDir} --emptyOutDir --logLevel warn${minify ? '' : ' --minify false'}`,
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}

export function buildBaseline(): void {
  execSync('npx vite build -c bench/vite.baseline.config.ts --logLevel warn', {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** A copy of a built app whose dataset holds `count` synthetic presences instead of the real ones. */
export function syntheticCopy(from: string, to: string, count: number): void {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
  const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown;
  const dataset = syntheticDataset(
    read(`${from}data/dataset.json`) as never,
    read(`${from}geo/denmark.topo.json`),
    count,
  );
  writeFileSync(`${to}data/dataset.json`, JSON.stringify(dataset));
}
