import { foldKey } from '@/lib/text/fold';

interface ClusterNames {
  id: string;
  name: string;
  shortName: string | null;
}

/** A cluster by id ("we-build-denmark"), name ("We Build Denmark") or short name ("MARLOG"), folded. */
export function createClusterResolver(
  clusters: readonly ClusterNames[],
): (cell: string) => string | undefined {
  const byKey = new Map<string, string>();
  for (const c of clusters) {
    for (const name of [c.id, c.name, c.shortName]) if (name) byKey.set(foldKey(name), c.id);
  }
  return (cell) => byKey.get(foldKey(cell));
}
