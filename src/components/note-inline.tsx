import { Fragment } from 'react';

/**
 * Renders the note's inline markup (only `<sub>…</sub>`, as in CO<sub>2</sub>) as elements.
 * Everything else stays plain text: nothing from data is ever injected as HTML.
 */
export function NoteInline({ text }: { text: string }) {
  const parts = text.split(/(<sub>[^<]*<\/sub>)/g);
  return (
    <>
      {parts.map((part, i) => {
        const sub = /^<sub>([^<]*)<\/sub>$/.exec(part);
        return sub ? <sub key={i}>{sub[1]}</sub> : <Fragment key={i}>{part}</Fragment>;
      })}
    </>
  );
}
