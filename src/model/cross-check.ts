/**
 * Checks between records that a per-record schema cannot see: unique ids, references to clusters and
 * sources, business-area labels. Reported as zod issues so they format like any other validation error.
 */
import type { z } from './zod';
import { businessAreaById } from './business-areas';
import type { Cluster } from './cluster-schema';
import { collectQuotedFacts, type Path } from './quoted-facts';

interface LinkedRecords {
  clusters: Cluster[];
  presences: { id: string; clusterId: string; source?: string | undefined }[];
}

type Ctx = Pick<z.core.$RefinementCtx, 'addIssue'>;

function flagDuplicates(ids: string[], at: (i: number) => Path, ctx: Ctx, what: string) {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) ctx.addIssue({ code: 'custom', path: at(i), message: `duplicate ${what} id "${id}"` });
    seen.add(id);
  });
}

/** `sourceIds`: the registered sources a fact's `source` may name (pass null to skip that check). */
export function crossCheck(records: LinkedRecords, sourceIds: readonly string[] | null, ctx: Ctx): void {
  const { clusters, presences } = records;
  const clusterIds = new Set(clusters.map((c) => c.id));
  flagDuplicates(
    clusters.map((c) => c.id),
    (i) => ['clusters', i, 'id'],
    ctx,
    'cluster',
  );
  flagDuplicates(
    presences.map((p) => p.id),
    (i) => ['presences', i, 'id'],
    ctx,
    'presence',
  );

  clusters.forEach((cluster, i) => {
    const area = businessAreaById(cluster.businessArea.id);
    if (area && (area.da !== cluster.businessArea.da || area.en !== cluster.businessArea.en)) {
      ctx.addIssue({
        code: 'custom',
        path: ['clusters', i, 'businessArea'],
        message: `labels must be "${area.da}" / "${area.en}" for "${area.id}"`,
      });
    }
    if (area && area.emerging !== cluster.emerging.value) {
      ctx.addIssue({
        code: 'custom',
        path: ['clusters', i, 'emerging', 'value'],
        message: `must be ${area.emerging} for "${area.id}"`,
      });
    }
    flagDuplicates(
      cluster.keyFigures.map((k) => k.id),
      (k) => ['clusters', i, 'keyFigures', k, 'id'],
      ctx,
      'key figure',
    );
    cluster.collaborations.forEach((c, k) => {
      const path = ['clusters', i, 'collaborations', k, 'clusterId'];
      if (c.clusterId !== null && !clusterIds.has(c.clusterId)) {
        ctx.addIssue({ code: 'custom', path, message: `unknown cluster "${c.clusterId}"` });
      }
      if (c.clusterId === cluster.id)
        ctx.addIssue({ code: 'custom', path, message: 'a cluster cannot collaborate with itself' });
    });
  });

  presences.forEach((p, i) => {
    if (!clusterIds.has(p.clusterId)) {
      ctx.addIssue({
        code: 'custom',
        path: ['presences', i, 'clusterId'],
        message: `unknown cluster "${p.clusterId}"`,
      });
    } else if (!p.id.startsWith(`${p.clusterId}--`)) {
      ctx.addIssue({
        code: 'custom',
        path: ['presences', i, 'id'],
        message: `must start with "${p.clusterId}--"`,
      });
    }
  });

  if (sourceIds) {
    const known = new Set(sourceIds);
    for (const fact of collectQuotedFacts(records)) {
      if (fact.source !== undefined && !known.has(fact.source)) {
        ctx.addIssue({
          code: 'custom',
          path: [...fact.path, 'source'],
          message: `unknown source "${fact.source}"`,
        });
      }
    }
  }
}
