/**
 * `--sources note|all` and `--as-of YYYY-MM-DD|latest`, shared by the presences and coverage commands:
 * they choose like the app's source and date controls. The note alone is the default; a date applies only
 * to every source (the note has its own date, autumn 2021), and with every source it defaults to the
 * note's date, as in the app.
 */
import { SOURCE_MODES, type SourceMode } from '../../../src/model/schema';
import type { SourceChoice } from '../../../src/lib/history/presences-as-of';
import { DEFAULT_AS_OF } from '../../../src/model/as-of-presets';
import { parseAsOf } from '../../../src/model/fact-date';

export class SourceOptionsError extends Error {}

export const SOURCE_OPTIONS_USAGE =
  "[--sources note|all] [--as-of YYYY-MM-DD|latest]  (the note alone by default; --as-of needs --sources all and defaults to the note's date, " +
  `${DEFAULT_AS_OF})`;

/** Takes the two options out of `args` (both `--x v` and `--x=v`); returns the choice and the other words. */
export function takeSourceOptions(args: readonly string[]): { choice: SourceChoice; rest: string[] } {
  const rest: string[] = [];
  const values: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const [flag, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
    if (flag !== '--sources' && flag !== '--as-of') {
      rest.push(arg);
      continue;
    }
    if (flag in values) throw new SourceOptionsError(`${flag} given twice`);
    const value = inline ?? args[++i];
    if (value === undefined || value.startsWith('--')) throw new SourceOptionsError(`${flag} needs a value`);
    values[flag] = value;
  }
  const mode = values['--sources'] ?? 'note';
  if (!(SOURCE_MODES as readonly string[]).includes(mode))
    throw new SourceOptionsError(`--sources must be one of ${SOURCE_MODES.join(', ')}, got "${mode}"`);
  const rawAsOf = values['--as-of'];
  if (rawAsOf !== undefined && mode === 'note')
    throw new SourceOptionsError('--as-of needs --sources all: the note alone is dated autumn 2021');
  const asOf = rawAsOf === undefined ? DEFAULT_AS_OF : parseAsOf(rawAsOf);
  if (asOf === undefined)
    throw new SourceOptionsError(`--as-of must be a calendar day YYYY-MM-DD or "latest", got "${rawAsOf}"`);
  return { choice: { sources: mode as SourceMode, asOf }, rest };
}
