/**
 * The import off the main thread: decoding the file, parsing, placing every row through the gazetteer
 * and the base map, and validating it with the user presence schema. 20 000 rows take seconds; here
 * they take them without freezing the page, with progress, and a cancel ends the worker.
 */
import { loadBaseMap } from '@/data/base-map-file';
import { loadGazetteer } from '@/data/gazetteer';
import { adminFromBaseMap } from '@/lib/import/admin';
import { createClusterResolver } from '@/lib/import/clusters';
import { decodeText } from '@/lib/import/decode';
import { importText } from '@/lib/import/import-file';
import { packPresences } from '@/lib/import/packed-presences';
import { packProblems } from '@/lib/import/packed-problems';
import { createPlaceIndex } from '@/lib/import/place-index';
import type { ImportMessage, ImportRequest } from './import-protocol';

const scope = self as unknown as {
  postMessage(message: ImportMessage, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
};
const post = (message: ImportMessage, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

/** At most this often: each message is a task on the page. */
const PROGRESS_MS = 100;

async function places() {
  const [gazetteer, baseMap] = await Promise.all([loadGazetteer(), loadBaseMap()]);
  return { places: createPlaceIndex(gazetteer), admin: adminFromBaseMap(baseMap) };
}

scope.onmessage = async ({ data: request }) => {
  post({ type: 'progress', stage: 'places', done: 0, total: 0 });
  let context;
  try {
    context = { ...(await places()), resolveCluster: createClusterResolver(request.clusters) };
  } catch {
    return post({ type: 'failed', code: 'no-gazetteer', detail: null });
  }
  post({ type: 'progress', stage: 'reading', done: 0, total: 0 });
  let text: string;
  try {
    text = decodeText(new Uint8Array(request.bytes));
  } catch {
    return post({ type: 'failed', code: 'unreadable', detail: null });
  }
  let last = 0;
  const result = importText(request.name, text, context, (done, total) => {
    const now = performance.now();
    if (done < total && now - last < PROGRESS_MS) return;
    last = now;
    post({ type: 'progress', stage: 'rows', done, total });
  });
  if (!result.ok) return post({ type: 'failed', code: result.problem.code, detail: result.problem.detail });
  const { presences, problems, ...rest } = result.report;
  const packed = packPresences(presences);
  post({ type: 'done', report: { ...rest, presences: packed, problems: packProblems(problems) } }, [
    ...Object.values(packed.columns).map((column) => column.buffer),
  ]);
};
