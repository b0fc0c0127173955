/**
 * A CSV to start from, as Danish Excel reads it: a byte order mark (so æ, ø, å survive) and `;`.
 * Saved through a blob URL: nothing is fetched.
 */
export const TEMPLATE_CSV = [
  'klynge;sted;status;kilde;type;præcision;lon;lat;note',
  'CLEAN;Vejle;Etableret;Klyngens årsrapport 2023;hovedkontor;;;;',
  'Odense Robotics;Fyn;Planlagt;Bestyrelsesmøde, maj;tilstedeværelse;område;;;',
  'MADE;Kontor ved havnen;Etableret;Eget besøg;kontor;;9,5357;55,7093;Åbnede i januar',
  '',
].join('\r\n');

export function downloadTemplate(fileName: string) {
  const url = URL.createObjectURL(new Blob(['\uFEFF', TEMPLATE_CSV], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
