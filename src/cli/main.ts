// The `baokan` command: parses arguments and wires the stages. No logic of its own.
import { parseArgs } from 'node:util';
import { runBuild } from './build.js';
import { runExtract } from './extract.js';
import { runCheck } from './check.js';
import { runServe } from './serve.js';
import { runSearch } from './search.js';

const USAGE = `baokan — static sites for Chinese news archives

Usage: baokan <command> [options]

Commands:
  build    turn article files into a static site      (baokan build --help)
  extract  print records for articles as JSON or text (baokan extract --help)
  check    read every article and report problems     (baokan check --help)
  serve    serve the built site on 127.0.0.1          (baokan serve --help)
  search   run a query against the built site         (baokan search --help)
`;

export type Command = (argv: string[]) => Promise<number>;

const COMMANDS: Record<string, Command> = { build: runBuild, extract: runExtract, check: runCheck, serve: runServe, search: runSearch };

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(USAGE);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`baokan: unknown command “${name}”\n\n${USAGE}`);
    return 2;
  }
  try {
    return await command(rest);
  } catch (error) {
    process.stderr.write(`baokan ${name}: ${(error as Error).message}\n`);
    return 1;
  }
}

/** parseArgs with --help handled and usage errors reported, shared by every command. */
export function parseCommandArgs<T extends NonNullable<Parameters<typeof parseArgs>[0]>>(argv: string[], config: T, usage: string) {
  const withHelp = { ...config, args: argv, options: { ...(config.options ?? {}), help: { type: 'boolean', short: 'h' } } } as T;
  let parsed;
  try {
    parsed = parseArgs(withHelp);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${usage}`);
    return null;
  }
  if ((parsed.values as { help?: boolean }).help) {
    process.stdout.write(usage);
    return 'help' as const;
  }
  return parsed;
}
