import type { ExportSummary } from './use-export-summary';

/**
 * Only on paper: what the printed map shows (view, filters, count, date) and its source, under the
 * app's name. The print stylesheet lays it out as the page's header.
 */
export function PrintSummary({ summary }: { summary: ExportSummary }) {
  return (
    <div className="hidden text-ink print:block" data-print="summary">
      {summary.lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <p>{summary.source}</p>
    </div>
  );
}
