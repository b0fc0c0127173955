import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { datasetQueryOptions } from '@/data/dataset';
import { importsQueryOptions, useChangeImports } from '@/data/imported-presences';
import type { UserPresence } from '@/model/schema';
import { yieldToPage } from '@/lib/async/yield-to-page';
import { MAX_FILE_BYTES, type ImportReport } from '@/lib/import/import-file';
import { unpackPresences } from '@/lib/import/packed-presences';
import type { PackedProblems } from '@/lib/import/packed-problems';
import type { FileProblemCode } from '@/lib/import/problems';
import type { ImportStage } from './import-protocol';
import { startImport, type RunningImport } from './start-import';

export type FailureCode = FileProblemCode | 'unreadable' | 'crashed' | 'storage' | 'too-much-stored';

/** What the dialog shows of a finished import: counts, the first rows, and every problem. */
export interface ImportSummary extends Pick<ImportReport, 'format' | 'rows' | 'ignoredColumns'> {
  added: number;
  /** Of the added, how many replace a presence imported before (same cluster and place). */
  replaced: number;
  /** The first added presences, for the preview table. */
  preview: UserPresence[];
  problems: PackedProblems;
}

export type ImportState =
  | { status: 'idle' }
  | { status: 'working'; name: string; stage: ImportStage | 'saving'; done: number; total: number }
  | { status: 'done'; name: string; summary: ImportSummary; previous: UserPresence[] }
  | { status: 'cancelled'; name: string }
  | { status: 'undone'; name: string }
  | { status: 'failed'; name: string; code: FailureCode; detail: string | null };

const MEGABYTES = `${MAX_FILE_BYTES / 1024 / 1024} MB`;
export const PREVIEW_ROWS = 200;

const isQuotaError = (error: unknown) => error instanceof DOMException && error.name === 'QuotaExceededError';

/**
 * Reads a dropped or picked file in a worker (parsing, places, validation), with progress and a
 * cancel, then adds the good rows in one go: the bad rows are reported, and the whole import can be
 * undone. The file never leaves the browser.
 */
export function useImportFile() {
  const queryClient = useQueryClient();
  const change = useChangeImports();
  const [state, setState] = useState<ImportState>({ status: 'idle' });
  const running = useRef<RunningImport | null>(null);

  const importFile = useCallback(
    async (file: File) => {
      const name = file.name;
      const fail = (code: FailureCode, detail: string | null = null) =>
        setState({ status: 'failed', name, code, detail });
      setState({ status: 'working', name, stage: 'reading', done: 0, total: 0 });
      if (file.size > MAX_FILE_BYTES) return fail('too-large', MEGABYTES);
      let bytes: ArrayBuffer;
      try {
        bytes = await file.arrayBuffer();
      } catch {
        return fail('unreadable');
      }
      let clusters;
      try {
        clusters = (await queryClient.fetchQuery(datasetQueryOptions())).clusters;
      } catch {
        return fail('no-gazetteer');
      }
      const run = startImport(
        { name, bytes, clusters: clusters.map(({ id, name, shortName }) => ({ id, name, shortName })) },
        (stage, done, total) => setState({ status: 'working', name, stage, done, total }),
      );
      running.current = run;
      const outcome = await run.outcome;
      running.current = null;
      if (outcome.type === 'cancelled') return setState({ status: 'cancelled', name });
      if (outcome.type === 'failed') return fail(outcome.code, outcome.detail);
      const { report } = outcome;
      setState({ status: 'working', name, stage: 'saving', done: 0, total: 0 });
      await yieldToPage(); // the message's copy was one task, unpacking is the next
      const presences = unpackPresences(report.presences);
      const previous = (await queryClient.fetchQuery(importsQueryOptions())).presences;
      if (presences.length) {
        try {
          await change.mutateAsync({ type: 'add', presences });
        } catch (error) {
          return fail(isQuotaError(error) ? 'too-much-stored' : 'storage');
        }
      }
      const earlier = new Set(previous.map((p) => p.id));
      setState({
        status: 'done',
        name,
        previous,
        summary: {
          format: report.format,
          rows: report.rows,
          ignoredColumns: report.ignoredColumns,
          added: presences.length,
          replaced: presences.reduce((n, p) => n + (earlier.has(p.id) ? 1 : 0), 0),
          preview: presences.slice(0, PREVIEW_ROWS),
          problems: report.problems,
        },
      });
    },
    [queryClient, change],
  );

  const cancel = useCallback(() => running.current?.cancel(), []);
  // Closing the dialog stops an import on its way: nothing is added that the analyst did not see.
  useEffect(() => cancel, [cancel]);

  const undo = useCallback(async () => {
    if (state.status !== 'done') return;
    await change.mutateAsync({ type: 'set', presences: state.previous });
    setState({ status: 'undone', name: state.name });
  }, [state, change]);

  return { state, importFile, cancel, undo };
}
