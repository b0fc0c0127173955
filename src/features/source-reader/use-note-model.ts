import { useMemo } from 'react';
import { useDataset } from '@/data/dataset';
import { DataLoadError } from '@/data/data-load-error';
import { NOTE_URL, useNote } from '@/data/note';
import { buildNoteModel, type NoteModel } from '@/lib/note/note-model';

const NO_FACTS = { clusters: [], presences: [] };

/**
 * The note laid out with the dataset's quotes. Without the dataset the note still reads, unhighlighted;
 * a note the parser cannot read is a schema error with the file named, like any other data file.
 */
export function useNoteModel() {
  const note = useNote();
  const dataset = useDataset();
  const built = useMemo((): { model: NoteModel } | { error: DataLoadError } | null => {
    if (note.data === undefined || dataset.isPending) return null;
    try {
      const primary = dataset.data?.sources.find((s) => s.primary)?.id;
      return { model: buildNoteModel(note.data, dataset.data ?? NO_FACTS, primary) };
    } catch (error) {
      return {
        error: new DataLoadError('schema', NOTE_URL, error instanceof Error ? error.message : String(error)),
      };
    }
  }, [note.data, dataset.data, dataset.isPending]);
  return {
    model: built && 'model' in built ? built.model : null,
    error: note.error ?? (built && 'error' in built ? built.error : null),
    retry: () => void note.refetch(),
    dataset: dataset.data,
  };
}
