/** Placeholder until issue 4: the selected cluster's status with sources. */
export function ClusterPanel({ clusterId }: { clusterId: string }) {
  return <p className="p-4 text-sm">{clusterId}</p>;
}
