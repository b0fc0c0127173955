import { useCallback, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { baseMapQueryOptions } from '@/data/base-map';
import { datasetQueryOptions } from '@/data/dataset';
import { gazetteerQueryOptions } from '@/data/gazetteer';
import { importsQueryOptions, useChangeImports } from '@/data/imported-presences';
import { ImportsTooLargeError } from '@/data/imports-storage';
import type { UserPresence } from '@/model/schema';
import { decodeText } from '@/lib/import/decode';
import { importText, MAX_FILE_BYTES, type ImportReport } from '@/lib/import/import-file';
import type { FileProblemCode } from '@/lib/import/problems';
import { importContext } from './import-context';

export type FailureCode = FileProblemCode | 'unreadable' | 'storage' | 'too-much-stored';

export type ImportState =
  | { status: 'idle' }
  | { status: 'reading'; name: string }
  | { status: 'done'; name: string; report: ImportReport; previous: UserPresence[] }
  | { status: 'undone'; name: string }
  | { status: 'failed'; name: string; code: FailureCode; detail: string | null };

const MEGABYTES = `${MAX_FILE_BYTES / 1024 / 1024} MB`;

/**
 * Reads a dropped or picked file, validates its rows, and adds the good ones in one go: the bad rows
 * are reported, and the whole import can be undone. The file never leaves the browser.
 */
export function useImportFile() {
  const queryClient = useQueryClient();
  const change = useChangeImports();
  const [state, setState] = useState<ImportState>({ status: 'idle' });

  const importFile = useCallback(
    async (file: File) => {
      const fail = (code: FailureCode, detail: string | null = null) =>
        setState({ status: 'failed', name: file.name, code, detail });
      setState({ status: 'reading', name: file.name });
      if (file.size > MAX_FILE_BYTES) return fail('too-large', MEGABYTES);
      let text: string;
      try {
        text = decodeText(new Uint8Array(await file.arrayBuffer()));
      } catch {
        return fail('unreadable');
      }
      let context;
      try {
        const [gazetteer, dataset, baseMap] = await Promise.all([
          queryClient.fetchQuery(gazetteerQueryOptions()),
          queryClient.fetchQuery(datasetQueryOptions()),
          queryClient.fetchQuery(baseMapQueryOptions()),
        ]);
        context = importContext(gazetteer, dataset, baseMap);
      } catch {
        return fail('no-gazetteer');
      }
      const result = importText(file.name, text, context);
      if (!result.ok) return fail(result.problem.code, result.problem.detail);
      const previous = (await queryClient.fetchQuery(importsQueryOptions())).presences;
      if (result.report.presences.length) {
        try {
          await change.mutateAsync({ type: 'add', presences: result.report.presences });
        } catch (error) {
          return fail(error instanceof ImportsTooLargeError ? 'too-much-stored' : 'storage');
        }
      }
      setState({ status: 'done', name: file.name, report: result.report, previous });
    },
    [queryClient, change],
  );

  const undo = useCallback(async () => {
    if (state.status !== 'done') return;
    await change.mutateAsync({ type: 'set', presences: state.previous });
    setState({ status: 'undone', name: state.name });
  }, [state, change]);

  return { state, importFile, undo };
}
