/**
 * Presences an analyst imported (basis 'user'), through react-query like every other data source, kept
 * in this browser only (IndexedDB, see imports-storage.ts). Small on purpose: the first view reads it
 * (the map shows kept imports at once) and loads the storage code and the validator only when
 * something is kept; the import feature itself loads only when opened.
 */
import { useEffect } from 'react';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  IMPORTS_MARK_KEY,
  IMPORTS_STORAGE_KEY,
  mergePresences,
  NO_IMPORTS,
  readImports,
  writeImports,
  type StoredImports,
} from './imports-storage';
import type { UserPresence } from '@/model/user-presence-schema';

const storage = (): Storage | null => {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
};

export const IMPORTS_QUERY_KEY = ['imported-presences'] as const;

export const importsQueryOptions = () =>
  queryOptions({
    queryKey: IMPORTS_QUERY_KEY,
    queryFn: () => readImports(storage()),
    staleTime: Infinity,
    retry: false,
  });

export const useImports = () => useQuery(importsQueryOptions());

const EMPTY: UserPresence[] = [];

/** The imported presences that count (on the map, in filters and coverage): none when switched off. */
export function useIncludedImports(): UserPresence[] {
  const { data } = useImports();
  return data?.include ? data.presences : EMPTY;
}

export type ImportsChange =
  | { type: 'add'; presences: UserPresence[] }
  | { type: 'remove'; ids: string[] }
  | { type: 'clear' }
  | { type: 'include'; include: boolean }
  /** Puts back exactly these (undoing an import). */
  | { type: 'set'; presences: UserPresence[] };

export function applyChange(
  current: StoredImports,
  change: ImportsChange,
): Omit<StoredImports, 'unreadable'> {
  switch (change.type) {
    case 'add':
      return { include: current.include, presences: mergePresences(current.presences, change.presences) };
    case 'remove': {
      const ids = new Set(change.ids);
      return { include: current.include, presences: current.presences.filter((p) => !ids.has(p.id)) };
    }
    case 'clear':
      return { include: current.include, presences: [] };
    case 'include':
      return { include: change.include, presences: current.presences };
    case 'set':
      return { include: current.include, presences: change.presences };
  }
}

/**
 * Add, remove, clear or switch: changes what this page already holds (reading 50 000 kept presences
 * again would check them all again), writes it, and hands every reader the result.
 */
export function useChangeImports() {
  const queryClient = useQueryClient();
  return useMutation({
    // One after another: each change starts from what the one before it left.
    scope: { id: 'imports' },
    mutationFn: async (change: ImportsChange) => {
      const current = await queryClient.fetchQuery(importsQueryOptions());
      const next = applyChange(current, change);
      await writeImports(storage(), { ...next, presencesChanged: change.type !== 'include' });
      return { ...next, unreadable: current.unreadable };
    },
    onSuccess: (next) => queryClient.setQueryData(IMPORTS_QUERY_KEY, next),
    // A failed write may have left storage as it was or not: read it again.
    onError: () => queryClient.invalidateQueries({ queryKey: IMPORTS_QUERY_KEY }),
  });
}

/** Another tab of the app changed the imports: read them again. */
export function useImportsAcrossTabs() {
  const queryClient = useQueryClient();
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === IMPORTS_MARK_KEY || event.key === IMPORTS_STORAGE_KEY || event.key === null)
        void queryClient.invalidateQueries({ queryKey: IMPORTS_QUERY_KEY });
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [queryClient]);
}

export { NO_IMPORTS, type StoredImports };
