/**
 * What reads the histories: which presences hold at a date, and what changed between two. One module so
 * it loads as one chunk with history.json (src/data/history.ts), never with the note's first view.
 */
export { presencesAsOf } from './presences-as-of';
export { changesBetween } from './changes';
