/** Placeholder until issue 7: the status note, rendered, with highlights linked to the facts. Lazy-loaded. */
export default function SourceReader() {
  return <p className="p-4 text-sm">reader</p>;
}
