import type {
  ImportMessage,
  ImportRequest,
  ImportStage,
  PackedReport,
  WorkerFailure,
} from './import-protocol';

export type ImportOutcome =
  | { type: 'done'; report: PackedReport }
  | { type: 'failed'; code: WorkerFailure | 'crashed'; detail: string | null }
  | { type: 'cancelled' };

export interface RunningImport {
  outcome: Promise<ImportOutcome>;
  /** Stops the worker at once, wherever it is; the outcome is then 'cancelled'. */
  cancel: () => void;
}

/**
 * Runs one file through a new import worker (import.worker.ts, its own chunk from the app's origin, as
 * the CSP asks), reporting its progress; the worker ends with its outcome.
 */
export function startImport(
  request: ImportRequest,
  onProgress: (stage: ImportStage, done: number, total: number) => void,
): RunningImport {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  let settle: (outcome: ImportOutcome) => void = () => {};
  const outcome = new Promise<ImportOutcome>((resolve) => (settle = resolve));
  const finish = (result: ImportOutcome) => {
    worker.terminate();
    settle(result);
  };
  worker.onmessage = ({ data }: MessageEvent<ImportMessage>) => {
    if (data.type === 'progress') onProgress(data.stage, data.done, data.total);
    else finish(data);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    finish({ type: 'failed', code: 'crashed', detail: event.message || null });
  };
  worker.postMessage(request, [request.bytes]);
  return { outcome, cancel: () => finish({ type: 'cancelled' }) };
}
