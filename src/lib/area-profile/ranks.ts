/** A place among peers: "4. af 5 regioner". Competition ranking: equals share the better place. */
export interface Rank {
  position: number;
  of: number;
  /** Another peer has the same value. */
  tied: boolean;
}

/**
 * Where `target` stands among `peers` when a higher value is better (more clusters, a larger share
 * within reach). A peer without a value (null: no residents to take a share of) ranks after all others.
 */
export function rankAmong<T>(peers: readonly T[], target: T, value: (peer: T) => number | null): Rank {
  const mine = value(target);
  let better = 0;
  let equal = 0;
  for (const peer of peers) {
    const theirs = value(peer);
    if (peer === target) continue;
    if (mine === null ? theirs !== null : theirs !== null && theirs > mine) better++;
    else if (theirs === mine) equal++;
  }
  return { position: better + 1, of: peers.length, tied: equal > 0 };
}
