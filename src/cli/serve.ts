import { watch } from 'node:fs';
import { parseCommandArgs } from './args.js';
import { startServer, type RunningServer } from '../serve.js';
import { buildSite } from '../build.js';
import { formatReport } from '../messages.js';
import { defaultWorkers } from '../workers/pool.js';
import { diffProblems } from './watch-report.js';
import { printErr, printOut } from './print.js';

const USAGE = `Usage: baokan serve [--port N] [--dir DIR] [--watch [--seeds DIR]]

Serves the built site (default dist/) on http://127.0.0.1:N/ (default 8080)
until interrupted. The site also works opened from disk (file://), search
included: there it reads an offline index of plain scripts, since browsers
block Pagefind's fetches on file:// pages. Served, search uses Pagefind,
which downloads less, and pages are sent compressed.

  --watch       build the site from --seeds (default seeds/) into --dir,
                rebuild (incrementally, with the .cache/ cache) whenever an
                article changes, and reload the pages open in a browser
`;

export async function runServe(argv: string[]): Promise<number> {
  const args = parseCommandArgs(
    argv,
    { options: { port: { type: 'string', default: '8080' }, dir: { type: 'string', default: 'dist' }, watch: { type: 'boolean' }, seeds: { type: 'string', default: 'seeds' } } },
    USAGE,
  );
  if (args === null) return 2;
  if (args === 'help') return 0;
  const port = Number(args.values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    printErr(`baokan serve: --port must be a number from 0 to 65535\n`);
    return 2;
  }
  const dir = args.values.dir as string;
  const seeds = args.values.seeds as string;
  const watching = Boolean(args.values.watch);
  if (watching) await rebuild(seeds, dir);
  const server = await startServer(dir, port, { liveReload: watching });
  printOut(`serving ${dir}/ at ${server.url}${watching ? ` (watching ${seeds}/)` : ''}\n`);
  const stopWatching = watching ? watchAndRebuild(seeds, dir, server) : () => {};
  await new Promise<void>((resolve) => {
    const stop = () => {
      stopWatching();
      server.close().then(resolve);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}

/** Problems printed by the last rebuild, by file: a rebuild prints only what changed. */
let printed = new Map<string, string>();

async function rebuild(seeds: string, out: string): Promise<boolean> {
  try {
    const result = await buildSite({ seeds, out, workers: defaultWorkers(), cacheDir: '.cache' });
    // a skipped build carries the files of the last one: nothing new to say
    const diff = diffProblems(printed, result.files);
    printed = diff.next;
    const messages = formatReport(diff.changed);
    if (messages) printErr(messages + '\n');
    for (const file of diff.resolved) printErr(`${file}: no problems now\n`);
    const what = result.skipped ? 'unchanged' : `rebuilt (${result.stats.processed} article(s) processed, ${result.stats.cached} from the cache)`;
    printOut(`${what}: ${result.articleCount} article(s) in ${(result.timings.total! / 1000).toFixed(1)} s\n`);
    return !result.skipped;
  } catch (error) {
    printErr(`baokan serve: build failed, the site served is the previous one: ${(error as Error).message}\n`);
    return false;
  }
}

/** Rebuild after changes settle (150 ms), one build at a time; a change during a build queues one more. */
function watchAndRebuild(seeds: string, out: string, server: RunningServer): () => void {
  let timer: NodeJS.Timeout | null = null;
  let building = false;
  let again = false;
  const run = async () => {
    if (building) {
      again = true;
      return;
    }
    building = true;
    do {
      again = false;
      if (await rebuild(seeds, out)) server.reload();
    } while (again);
    building = false;
  };
  const watcher = watch(seeds, { recursive: true }, () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void run(), 150);
  });
  return () => {
    if (timer) clearTimeout(timer);
    watcher.close();
  };
}
