/**
 * Same inputs: arrays with the same items in the same order, anything else the very same value.
 * Arrays are compared item by item because a filter hands out a new array on every change even
 * when it lets the same presences through.
 */
export function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((value, i) => {
    const other = b[i];
    if (value === other) return true;
    if (!Array.isArray(value) || !Array.isArray(other) || value.length !== other.length) return false;
    return value.every((item, j) => item === other[j]);
  });
}

/**
 * `compute`, remembering its last inputs: called again with the same inputs (see sameInputs) it
 * returns the result object it returned before instead of building a new one. A map source handed
 * the same object does nothing, so a filter change that leaves a source's content alone costs
 * MapLibre's worker no re-indexing and re-tiling, and React no deep comparison of the old and new data.
 */
export function memoLast<A extends unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args: A) => {
    if (last && sameInputs(last.args, args)) return last.result;
    last = { args, result: compute(...args) };
    return last.result;
  };
}
