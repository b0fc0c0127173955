/**
 * The status note's structure: a bold title, then one bold heading per cluster. The converted note marks
 * headings two ways ("**Energiteknologi: …**" and "### **Fødevarer og bioressourcer: …**"), so a heading
 * is any line that is nothing but one bold run, optionally after "#"s. The letterhead lines are not
 * headings: they carry text outside the bold markers.
 */

const HEADING_LINE = /^(?:#{1,6}\s+)?\*\*([^*]+)\*\*\s*$/;

export interface NoteHeading {
  /** The heading text without markup, e.g. "Miljøteknologi: CLEAN". */
  text: string;
  /** 1-based line number in the note. */
  line: number;
}

export interface NoteOutline {
  title: NoteHeading;
  sections: NoteHeading[];
}

export function parseNoteOutline(note: string): NoteOutline {
  const headings: NoteHeading[] = [];
  note.split(/\r?\n/).forEach((line, index) => {
    const match = HEADING_LINE.exec(line.trim());
    if (match?.[1]) headings.push({ text: match[1].trim(), line: index + 1 });
  });
  const [title, ...sections] = headings;
  if (!title) throw new Error('The note has no bold title line');
  return { title, sections };
}
