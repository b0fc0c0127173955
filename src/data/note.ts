import { queryOptions, useQuery } from '@tanstack/react-query';
import { assetUrl, fetchText } from './fetch';

/**
 * The primary note as the build copied it. Only the source reader imports this module, so the note is
 * fetched when the reader first opens and stays out of the first bundle.
 */
export const NOTE_URL = assetUrl('data/note.md');

export const noteQueryOptions = () =>
  queryOptions({
    queryKey: ['note', NOTE_URL],
    queryFn: ({ signal }) => fetchText(NOTE_URL, signal),
    staleTime: Infinity,
  });

export const useNote = () => useQuery(noteQueryOptions());
