/** Placeholder until issue 6: gap cards, distance table and the clusters × areas matrix. */
export function CoveragePanel() {
  return <p className="p-4 text-sm">coverage</p>;
}
