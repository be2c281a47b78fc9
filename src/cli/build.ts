import { parseCommandArgs } from './main.js';
import { buildSite } from '../build.js';
import { formatReport } from '../messages.js';
import { defaultWorkers } from '../workers/pool.js';
import { promises as fs } from 'node:fs';

const USAGE = `Usage: baokan build [--seeds DIR] [--out DIR] [--strict] [--quiet]
                    [--workers N] [--cache DIR | --no-cache] [--timings FILE]

Reads every .txt and .md article under --seeds (default seeds/), writes the
site to --out (default dist/): pages, data/records.json and a Pagefind index.

The new site is written beside the output and swapped in at the end: a build
that fails leaves the previous site untouched.

  --quiet         print only errors, and how many warnings there were
  --workers N     threads for the per-article stages (default: one per core)
  --cache DIR     per-article results are kept here and reused while the
                  file and the code are unchanged (default .cache/)
  --no-cache      neither read nor write the cache
  --timings FILE  write milliseconds per stage and peak memory as JSON

Exit codes: 0 the site was written (articles with errors are left out and
listed); 1 nothing was written (--strict and any error or warning, or a fault);
2 bad arguments.
`;

export async function runBuild(argv: string[]): Promise<number> {
  const args = parseCommandArgs(
    argv,
    {
      options: {
        seeds: { type: 'string' },
        out: { type: 'string' },
        strict: { type: 'boolean' },
        quiet: { type: 'boolean' },
        workers: { type: 'string' },
        cache: { type: 'string' },
        'no-cache': { type: 'boolean' },
        timings: { type: 'string' },
      },
    },
    USAGE,
  );
  if (args === null) return 2;
  if (args === 'help') return 0;
  const seeds = (args.values.seeds as string | undefined) ?? 'seeds';
  const out = (args.values.out as string | undefined) ?? 'dist';
  const workers = args.values.workers === undefined ? defaultWorkers() : Number(args.values.workers);
  if (!Number.isInteger(workers) || workers < 1) {
    process.stderr.write(`baokan build: --workers must be a whole number of at least 1\n\n${USAGE}`);
    return 2;
  }
  const cacheDir = args.values['no-cache'] ? null : ((args.values.cache as string | undefined) ?? '.cache');
  const result = await buildSite({ seeds, out, strict: Boolean(args.values.strict), workers, cacheDir, onProgress: progressLine() });
  const messages = formatReport(result.files, { errorsOnly: Boolean(args.values.quiet) });
  if (messages) process.stderr.write(messages + '\n');
  if (args.values.timings) {
    const report = { ...result.timings, maxRssBytes: process.resourceUsage().maxRSS * 1024, cached: result.stats.cached, skipped: result.skipped, processed: result.stats.processed, reused: result.stats.reused, workers };
    await fs.writeFile(args.values.timings as string, JSON.stringify(report, null, 2) + '\n');
  }
  if (!result.written) {
    process.stderr.write(`baokan build: --strict and problems were found; ${out}/ left as it was\n`);
    return 1;
  }
  const failed = result.files.filter((f) => f.messages.some((m) => m.fatal === true)).length;
  const seconds = (result.timings.total! / 1000).toFixed(1);
  process.stdout.write(`${result.skipped ? 'unchanged' : 'built'} ${result.articleCount} article(s)${failed ? `, ${failed} file(s) left out with errors` : ''}: ${result.pages} page(s) in ${out}/ (${seconds} s)\n`);
  return 0;
}

/** A progress line for builds over a few hundred articles. */
function progressLine(): ((done: number, total: number) => void) | undefined {
  let lastShown = -1;
  return (done, total) => {
    if (total < 300) return;
    const step = Math.max(1, Math.floor(total / 20));
    if (done !== total && done - lastShown < step) return;
    lastShown = done;
    const line = `reading articles ${done}/${total} (${Math.round((done / total) * 100)}%)`;
    if (process.stderr.isTTY) process.stderr.write(`\r${line}${done === total ? '\n' : ''}`);
    else process.stderr.write(line + '\n');
  };
}
