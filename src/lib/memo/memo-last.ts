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

/**
 * `compute`, remembering a result for each first argument while that argument lives (a WeakMap), and
 * the other arguments with it (compared as sameInputs). For work over a list of presences that
 * returns to a list it had before: clearing a filter hands back the one unfiltered array
 * (use-visible-presences.ts), whose overview, legend and list then cost nothing to show again,
 * while each filtered array and what was computed from it are garbage once the filter moves on.
 */
export function memoPerInput<F extends object, A extends unknown[], R>(
  compute: (first: F, ...rest: A) => R,
): (first: F, ...rest: A) => R {
  const results = new WeakMap<F, { rest: A; result: R }>();
  return (first: F, ...rest: A) => {
    const known = results.get(first);
    if (known && sameInputs(known.rest, rest)) return known.result;
    const result = compute(first, ...rest);
    results.set(first, { rest, result });
    return result;
  };
}
