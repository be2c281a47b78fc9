// Arguments: parseArgs with --help handled and usage errors reported,
// shared by every command; and the site config a command is given.
import { parseArgs } from 'node:util';
import { printErr, printOut } from './print.js';

/** parseArgs with --help handled and usage errors reported, shared by every command. */
export function parseCommandArgs<T extends NonNullable<Parameters<typeof parseArgs>[0]>>(argv: string[], config: T, usage: string) {
  const withHelp = { ...config, args: argv, options: { ...(config.options ?? {}), help: { type: 'boolean', short: 'h' } } } as T;
  let parsed;
  try {
    parsed = parseArgs(withHelp);
  } catch (error) {
    printErr(`${(error as Error).message}\n\n${usage}`);
    return null;
  }
  if ((parsed.values as { help?: boolean }).help) {
    printOut(usage);
    return 'help' as const;
  }
  return parsed;
}

/** The value of --config FILE (or --config=FILE) among a command's arguments, before they are parsed. */
export function configArgument(argv: string[]): string | null {
  for (const [i, arg] of argv.entries()) {
    if (arg === '--') break;
    if (arg === '--config') return argv[i + 1] ?? null;
    if (arg.startsWith('--config=')) return arg.slice('--config='.length);
  }
  return null;
}
