/**
 * Reads the stored entry of imported presences back through the user presence schema: a damaged or
 * outdated entry loses only its unreadable records. Loaded by readImports only when there is an entry.
 */
import { NO_IMPORTS, type StoredImports } from './imports-storage';
import { userPresenceSchema, type UserPresence } from '@/model/user-presence-schema';

export function decodeImports(text: string | null): StoredImports {
  if (!text) return NO_IMPORTS;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ...NO_IMPORTS, unreadable: 1 };
  }
  const entry = raw as { version?: unknown; include?: unknown; presences?: unknown } | null;
  const records = Array.isArray(entry?.presences) ? entry.presences : [];
  const presences: UserPresence[] = [];
  const seen = new Set<string>();
  for (const record of records) {
    const parsed = userPresenceSchema.safeParse(record);
    if (parsed.success && !seen.has(parsed.data.id)) {
      seen.add(parsed.data.id);
      presences.push(parsed.data);
    }
  }
  return {
    include: entry?.include !== false,
    presences,
    unreadable: records.length - presences.length,
  };
}
