import type { Run } from '@/lib/note/layout';

/** Styled runs of the note's text: bold and subscript become elements, never HTML from a string. */
export function NoteRuns({ runs }: { runs: Run[] }) {
  return (
    <>
      {runs.map((run, i) =>
        run.style === 'bold' ? (
          <strong key={i}>{run.text}</strong>
        ) : run.style === 'sub' ? (
          <sub key={i}>{run.text}</sub>
        ) : (
          run.text
        ),
      )}
    </>
  );
}
