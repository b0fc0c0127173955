import { foldKey } from '@/lib/text/fold';

/** The columns an import understands. cluster, place, status and source are required. */
export const IMPORT_FIELDS = [
  'cluster',
  'place',
  'status',
  'source',
  'kind',
  'precision',
  'lon',
  'lat',
  'note',
  'quote',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const REQUIRED_FIELDS = [
  'cluster',
  'place',
  'status',
  'source',
] as const satisfies readonly ImportField[];

/** Header names in Danish and English; matched after folding (case, accents, æ/ae, ø/oe/o, å/aa/a). */
export const FIELD_NAMES: Record<ImportField, readonly string[]> = {
  cluster: [
    'klynge',
    'cluster',
    'klyngeorganisation',
    'klynge id',
    'cluster id',
    'klyngenavn',
    'cluster name',
  ],
  place: ['sted', 'place', 'by', 'city', 'town', 'placering', 'location', 'lokation'],
  status: ['status'],
  source: ['kilde', 'source'],
  kind: ['type', 'art', 'kind'],
  precision: ['præcision', 'precision', 'niveau', 'level'],
  lon: ['lon', 'lng', 'long', 'longitude', 'længdegrad', 'x'],
  lat: ['lat', 'latitude', 'breddegrad', 'y'],
  note: ['note', 'notat', 'bemærkning', 'kommentar', 'comment'],
  quote: ['citat', 'quote'],
};

const BY_KEY = new Map<string, ImportField>(
  IMPORT_FIELDS.flatMap((field) => FIELD_NAMES[field].map((name) => [foldKey(name), field] as const)),
);

export interface ColumnMap {
  /** Field → index of its column in the file. */
  index: Partial<Record<ImportField, number>>;
  /** Field → the header as the file writes it, for messages ("klynge", not "cluster"). */
  header: Partial<Record<ImportField, string>>;
  /** Required fields without a column. */
  missing: ImportField[];
  /** Headers the import does not use. */
  ignored: string[];
  /** Headers naming a field a second time (the first column wins). */
  duplicates: string[];
}

export function fieldOfHeader(name: string): ImportField | undefined {
  return BY_KEY.get(foldKey(name));
}

export function mapColumns(header: readonly string[]): ColumnMap {
  const map: ColumnMap = { index: {}, header: {}, missing: [], ignored: [], duplicates: [] };
  header.forEach((name, i) => {
    const field = fieldOfHeader(name);
    if (!field) {
      if (name.trim()) map.ignored.push(name);
    } else if (map.index[field] !== undefined) map.duplicates.push(name);
    else {
      map.index[field] = i;
      map.header[field] = name;
    }
  });
  map.missing = REQUIRED_FIELDS.filter((f) => map.index[f] === undefined);
  return map;
}
