/** What the page and the import worker (import.worker.ts) say to each other. */
import type { PackedPresences } from '@/lib/import/packed-presences';
import type { PackedProblems } from '@/lib/import/packed-problems';
import type { ImportReport } from '@/lib/import/import-file';
import type { FileProblemCode } from '@/lib/import/problems';

export interface ImportRequest {
  name: string;
  /** The file's bytes, handed over (transferred), not copied. */
  bytes: ArrayBuffer;
  /** The clusters a row may name, by id, name or short name. */
  clusters: { id: string; name: string; shortName: string | null }[];
}

/** The report of import-file.ts, packed to cross threads cheaply. */
export interface PackedReport extends Omit<ImportReport, 'presences' | 'problems'> {
  presences: PackedPresences;
  problems: PackedProblems;
}

/** places: loading the town names and the boundaries; rows: checking row `done` of `total`. */
export type ImportStage = 'places' | 'reading' | 'rows';

export type WorkerFailure = FileProblemCode | 'unreadable';

export type ImportMessage =
  | { type: 'progress'; stage: ImportStage; done: number; total: number }
  | { type: 'done'; report: PackedReport }
  | { type: 'failed'; code: WorkerFailure; detail: string | null };
