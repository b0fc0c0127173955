import { toCsv } from '../csv/write';

/**
 * A CSV to start an import from, in the download dialect (src/lib/csv/write.ts: `;`, CRLF, decimal
 * comma), so a Danish Excel opens it in columns: a town, an area, and a place given by coordinates.
 */
export const TEMPLATE_CSV = toCsv([
  ['klynge', 'sted', 'status', 'kilde', 'type', 'præcision', 'lon', 'lat', 'note'],
  ['CLEAN', 'Vejle', 'Etableret', 'Klyngens årsrapport 2023', 'hovedkontor', null, null, null, null],
  [
    'Odense Robotics',
    'Fyn',
    'Planlagt',
    'Bestyrelsesmøde, maj',
    'tilstedeværelse',
    'område',
    null,
    null,
    null,
  ],
  [
    'MADE',
    'Kontor ved havnen',
    'Etableret',
    'Eget besøg',
    'kontor',
    null,
    9.5357,
    55.7093,
    'Åbnede i januar',
  ],
]);
