/** `--name value` and `--name=value` flags for the export subcommands; every other word is an error. */
export class CliArgsError extends Error {}

export function parseFlags(
  args: readonly string[],
  allowed: readonly string[],
  positional = 0,
): { flags: Record<string, string>; words: string[] } {
  const flags: Record<string, string> = {};
  const words: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (!arg.startsWith('--')) {
      if (words.length >= positional) throw new CliArgsError(`unknown argument "${arg}"`);
      words.push(arg);
      continue;
    }
    const [flag, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
    if (!allowed.includes(flag)) throw new CliArgsError(`unknown argument "${arg}"`);
    if (Object.hasOwn(flags, flag)) throw new CliArgsError(`${flag} given twice`);
    const value = inline ?? args[++i];
    if (value === undefined || value.startsWith('--')) throw new CliArgsError(`${flag} needs a value`);
    flags[flag] = value;
  }
  return { flags, words };
}
