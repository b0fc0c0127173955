/**
 * Which of `all` are shown, as the shorter list: the ids shown, or the ids hidden (`hidden: true`).
 * A map source that keeps every presence and filters its layers by this list needs no new data on a
 * filter change, and a list of the smaller side keeps that filter small. `null`: all are shown.
 */
export interface ShownSubset {
  ids: string[];
  hidden: boolean;
}

export function shownSubset(
  all: readonly { id: string }[],
  shown: readonly { id: string }[],
): ShownSubset | null {
  if (shown.length >= all.length) return null;
  if (shown.length <= all.length / 2) return { ids: shown.map((p) => p.id), hidden: false };
  const visible = new Set(shown.map((p) => p.id));
  return { ids: all.filter((p) => !visible.has(p.id)).map((p) => p.id), hidden: true };
}
