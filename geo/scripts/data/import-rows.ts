/**
 * `npm run -s data:import -- file.csv --source <id>`: turns an analyst's CSV (the same columns the app
 * imports, plus `citat`/`quote`: the source's exact words) into records for geo/data/presences.json.
 * Each row goes through the same steps as the build: the cluster by id or name, the status and kind,
 * the place through the alias table and the gazetteer, the quote found in the registered source's text
 * and the place found in the quote. Problems are reported per row and column; nothing is written.
 */
import { sourcePresenceSchema, type Cluster, type SourcePresence } from '../../../src/model/dataset-schema';
import { mapColumns, type ImportField } from '../../../src/lib/import/columns';
import { parseCsv } from '../../../src/lib/csv/read';
import { createClusterResolver } from '../../../src/lib/import/clusters';
import { parseKind, parsePrecision, parseStatus } from '../../../src/lib/import/vocab';
import { GeocodeError } from '../../../src/lib/geocode/resolve-place';
import { slugify } from '../../../src/lib/text/fold';
import { createQuoteFinder, normaliseWhitespace } from '../../../src/lib/text/quote-match';
import { buildPresence, type BuildInputs } from './build-dataset';

export interface ImportRowsOptions {
  /** The registered source the quotes come from; omitted from the records when it is the primary note. */
  sourceId: string;
  primary: string;
  sourceText: string;
  clusters: readonly Cluster[];
  /** Ids already in geo/data/presences.json. */
  existingIds: ReadonlySet<string>;
  geo: Pick<BuildInputs, 'gazetteer' | 'aliases' | 'admin'>;
}

export interface ImportRowsProblem {
  row: number | null;
  column: string | null;
  reason: string;
}

const REQUIRED: readonly ImportField[] = ['cluster', 'place', 'status', 'quote'];

export function importRows(text: string, options: ImportRowsOptions) {
  const table = parseCsv(text);
  const columns = mapColumns(table.header);
  const problems: ImportRowsProblem[] = [];
  const missing = REQUIRED.filter((f) => columns.index[f] === undefined);
  if (missing.length) {
    problems.push({
      row: null,
      column: null,
      reason: `missing columns: ${missing.join(', ')} (header row first)`,
    });
    return { records: [] as SourcePresence[], problems };
  }
  if (table.unterminatedQuoteRow !== null)
    problems.push({ row: table.unterminatedQuoteRow, column: null, reason: 'a quote is never closed' });
  const resolveCluster = createClusterResolver(options.clusters);
  const finder = createQuoteFinder(options.sourceText);
  const ids = new Set(options.existingIds);
  const records: SourcePresence[] = [];

  for (const { row, fields } of table.records) {
    const before = problems.length;
    const cell = (f: ImportField) => fields[columns.index[f] ?? -1]?.trim() ?? '';
    const report = (f: ImportField | null, reason: string) =>
      problems.push({ row, column: f ? (columns.header[f] ?? f) : null, reason });
    const [clusterCell, place, statusCell, quote] = REQUIRED.map(cell) as [string, string, string, string];
    for (const f of REQUIRED) if (!cell(f)) report(f, 'is empty');
    const clusterId = clusterCell ? resolveCluster(clusterCell) : undefined;
    if (clusterCell && !clusterId) report('cluster', `unknown cluster "${clusterCell}"`);
    const status = statusCell ? parseStatus(statusCell) : undefined;
    if (statusCell && !status) report('status', `unknown status "${statusCell}"`);
    const kind = cell('kind') ? parseKind(cell('kind')) : 'presence';
    if (!kind) report('kind', `unknown kind "${cell('kind')}"`);
    const precisionCell = cell('precision');
    const precision = precisionCell ? parsePrecision(precisionCell) : null;
    if (precision === undefined) report('precision', `unknown precision "${precisionCell}"`);
    if (cell('lon') || cell('lat'))
      report(
        'lon',
        'the dataset places towns through the gazetteer; add an alias to geo/data/aliases.json instead',
      );
    if (quote && !finder.occurs(quote)) report('quote', `not found in source "${options.sourceId}"`);
    if (quote && place && !normaliseWhitespace(quote).includes(normaliseWhitespace(place)))
      report('place', `"${place}" does not occur in its quote`);
    if (problems.length > before || !clusterId || !status || !kind) continue;

    const areaAlias = options.geo.aliases.get(place);
    const record: SourcePresence = {
      id: `${clusterId}--${slugify(place)}`,
      clusterId,
      place,
      status,
      kind,
      precision: precision ?? (areaAlias && 'area' in areaAlias.alias.target ? 'area' : 'city'),
      basis: { type: 'stated' },
      quote,
      ...(options.sourceId === options.primary ? {} : { source: options.sourceId }),
    };
    if (ids.has(record.id)) {
      report('place', `presence "${record.id}" already exists`);
      continue;
    }
    const parsed = sourcePresenceSchema.safeParse(record);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) report(null, `${issue.path.join('.')}: ${issue.message}`);
      continue;
    }
    try {
      buildPresence(parsed.data, options.geo);
    } catch (error) {
      report(
        'place',
        error instanceof GeocodeError ? error.message.replace(/^presence "[^"]*": /, '') : String(error),
      );
      continue;
    }
    ids.add(record.id);
    records.push(parsed.data);
  }
  return { records, problems };
}

export function formatProblem(file: string, p: ImportRowsProblem): string {
  const where = [p.row === null ? null : `row ${p.row}`, p.column ? `column "${p.column}"` : null].filter(
    Boolean,
  );
  return `${file}: ${where.length ? `${where.join(' ')}: ` : ''}${p.reason}`;
}
