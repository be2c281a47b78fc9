// The `baokan` command: parses arguments and wires the stages. No logic of its own.
// A command's module (and the stages it uses) loads only when it is run.
import { configArgument } from './args.js';
import type { SiteConfig } from '../config/index.js';
import { printErr, printOut } from './print.js';

const USAGE = `baokan — static sites for Chinese news archives

Usage: baokan <command> [options]
       baokan --version

Commands:
  build    turn article files into a static site      (baokan build --help)
  extract  print records for articles as JSON or text (baokan extract --help)
  check    read every article and report problems     (baokan check --help)
  serve    serve the built site on 127.0.0.1          (baokan serve --help)
  search   run a query against the built site         (baokan search --help)
`;

export type Command = (argv: string[], config?: SiteConfig) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  build: async () => (await import('./build.js')).runBuild,
  extract: async () => (await import('./extract.js')).runExtract,
  check: async () => (await import('./check.js')).runCheck,
  serve: async () => (await import('./serve.js')).runServe,
  search: async () => (await import('./search.js')).runSearch,
};

/** Commands that read articles: the site's lexicons apply to them. */
const READING = new Set(['build', 'extract', 'check']);

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    printOut(USAGE);
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-V' || name === 'version') {
    process.stdout.write(`baokan ${await packageVersion()}\n`);
    return 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    printErr(`baokan: unknown command “${name}”\n\n${USAGE}`);
    return 2;
  }
  try {
    let config: SiteConfig | undefined;
    if (READING.has(name) && !rest.includes('--help') && !rest.includes('-h')) {
      // The extract modules read their lexicons as they load: the site's are set first.
      const { loadConfig, ConfigError } = await import('../config/index.js');
      config = await loadConfig({ file: configArgument(rest) }).catch((error: unknown) => {
        if (error instanceof ConfigError) printErr(`baokan ${name}: ${error.message}\n`);
        throw error;
      });
      (await import('../extract/lexicon-files.js')).useLexicons(config.lexicons);
    }
    const command = await load();
    // the config read here, so a command does not read it again
    return await command(rest, config);
  } catch (error) {
    if ((error as Error).name === 'ConfigError') return 2;
    printErr(`baokan ${name}: ${(error as Error).message}\n`);
    return 1;
  }
}

/** The version in baokan's own package.json (read, not imported: it is data). */
async function packageVersion(): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
