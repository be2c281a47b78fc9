import { parseCommandArgs } from './args.js';
import { articleBytesLimit, buildSite, DEFAULT_MAX_ARTICLE_BYTES, LOCK_WAIT_MS, SeedsError, type BuildResult } from '../build.js';
import { LockError } from '../lock/index.js';
import { formatReport } from '../messages.js';
import { formatOf } from '../ingest/index.js';
import { defaultWorkers } from '../workers/pool.js';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import v8 from 'node:v8';
import { callWorker } from '../workers/thread.js';
import { loadConfig, type SiteConfig } from '../config/index.js';

const USAGE = `Usage: baokan build [--seeds DIR] [--out DIR] [--strict] [--quiet]
                    [--workers N] [--cache DIR | --no-cache] [--timings FILE]
                    [--config FILE] [--drafts] [--allow-empty]
                    [--max-article-mb N] [--wait SECONDS]

Reads every .txt and .md article under --seeds (default seeds/), writes the
site to --out (default dist/): pages, data/records.json and a Pagefind index.

The new site is written beside the output and swapped in at the end: a build
that fails or is killed leaves the previous site untouched (a commit cut short
is finished by the next build). One build per output folder at a time: a
second one waits for the lock .NAME.lock beside the output.

  --quiet         print only errors, and how many warnings there were
  --workers N     threads for the per-article stages (default: one per core)
  --cache DIR     per-article results are kept here and reused while the
                  file and the code are unchanged (default .cache/)
  --no-cache      neither read nor write the cache
  --timings FILE  write milliseconds per stage and peak memory as JSON
  --config FILE   the site's settings (default: baokan.config.yaml, .yml,
                  .json, .js or .mjs in the working folder, if there is one):
                  title, url, script (original, hant or hans), templates
                  (a folder overriding built-in templates by name), lexicons
                  (files merged into the built-in lexicons of the same name),
                  maxArticleMB
  --allow-empty   build an empty site when --seeds holds no article files
                  (otherwise refused, the previous site left alone)
  --max-article-mb N  article files larger than N MB are left out with an
                  error (default ${DEFAULT_MAX_ARTICLE_BYTES / 1024 / 1024}, or maxArticleMB in the config)
  --wait SECONDS  how long to wait for another build of the same --out
                  (default ${LOCK_WAIT_MS / 1000}); then exit 1
  --drafts        include articles whose front matter says draft: true
                  (left out by default, each with a note)

Exit codes: 0 the site was written (articles with errors are left out and
listed; a cache that could not be written is a warning); 1 nothing was
written, the previous site is as it was (--strict and any error or warning, a
missing, unreadable or empty --seeds, another build holding the lock, or a
fault); 2 bad arguments or config.
`;

export async function runBuild(argv: string[], siteConfig?: SiteConfig): Promise<number> {
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
        config: { type: 'string' },
        drafts: { type: 'boolean' },
        'allow-empty': { type: 'boolean' },
        'max-article-mb': { type: 'string' },
        wait: { type: 'string' },
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
  const maxMb = args.values['max-article-mb'] === undefined ? null : Number(args.values['max-article-mb']);
  if (maxMb !== null && !(maxMb > 0)) {
    process.stderr.write(`baokan build: --max-article-mb must be a number above 0\n\n${USAGE}`);
    return 2;
  }
  const waitSeconds = args.values.wait === undefined ? LOCK_WAIT_MS / 1000 : Number(args.values.wait);
  if (!(waitSeconds >= 0)) {
    process.stderr.write(`baokan build: --wait must be a number of seconds, 0 or more\n\n${USAGE}`);
    return 2;
  }
  const cacheDir = args.values['no-cache'] ? null : ((args.values.cache as string | undefined) ?? '.cache');
  const config = siteConfig ?? (await loadConfig({ file: (args.values.config as string | undefined) ?? null }));
  const maxArticleMB = maxMb ?? config.maxArticleMB;
  const request: BuildRequest = {
    seeds, out, strict: Boolean(args.values.strict), workers, cacheDir, quiet: Boolean(args.values.quiet), tty: Boolean(process.stderr.isTTY), config,
    allowEmpty: Boolean(args.values['allow-empty']),
    maxArticleBytes: articleBytesLimit(maxArticleMB),
    lockWaitMs: waitSeconds * 1000,
    drafts: Boolean(args.values.drafts),
  };
  let summary: BuildSummary;
  try {
    summary = (await needsLargeHeap(seeds)) ? await buildInLargeHeap(request) : await buildAndSummarise(request);
  } catch (error) {
    // refused before anything was written: say why once, and that the site is as it was
    if (!(error instanceof SeedsError || error instanceof LockError || ['SeedsError', 'LockError'].includes((error as Error).name))) throw error;
    process.stderr.write(`baokan build: ${(error as Error).message}; ${out}/ left as it was\n`);
    return 1;
  }
  if (summary.messages) process.stderr.write(summary.messages + '\n');
  if (args.values.timings) {
    const report = { ...summary.timings, maxRssBytes: process.resourceUsage().maxRSS * 1024, cached: summary.stats.cached, skipped: summary.skipped, processed: summary.stats.processed, reused: summary.stats.reused, workers };
    await fs.writeFile(args.values.timings as string, JSON.stringify(report, null, 2) + '\n');
  }
  if (!summary.written) {
    process.stderr.write(`baokan build: --strict and problems were found; ${out}/ left as it was\n`);
    return 1;
  }
  const seconds = (summary.timings.total! / 1000).toFixed(1);
  process.stdout.write(`${summary.skipped ? 'unchanged' : 'built'} ${summary.articleCount} article(s)${summary.failed ? `, ${summary.failed} file(s) left out with errors` : ''}: ${summary.pages} page(s) in ${out}/ (${seconds} s)\n`);
  return 0;
}

export interface BuildRequest {
  seeds: string;
  out: string;
  strict: boolean;
  workers: number;
  cacheDir: string | null;
  quiet: boolean;
  /** whether the progress line may redraw itself (the terminal's, as a thread has none) */
  tty: boolean;
  config: SiteConfig;
  drafts: boolean;
  allowEmpty: boolean;
  maxArticleBytes: number;
  lockWaitMs: number;
}

/** What the command prints and reports of a build: plain data, so a thread can send it. */
export type BuildSummary = Pick<BuildResult, 'written' | 'skipped' | 'articleCount' | 'pages' | 'timings' | 'stats'> & {
  messages: string;
  /** files left out with errors */
  failed: number;
};

export async function buildAndSummarise(request: BuildRequest): Promise<BuildSummary> {
  const result = await buildSite({ seeds: request.seeds, out: request.out, strict: request.strict, workers: request.workers, cacheDir: request.cacheDir, onProgress: progressLine(request.tty), config: request.config, allowEmpty: request.allowEmpty, maxArticleBytes: request.maxArticleBytes, lockWaitMs: request.lockWaitMs, drafts: request.drafts });
  return {
    messages: formatReport(result.files, { errorsOnly: request.quiet }),
    written: result.written,
    skipped: result.skipped,
    articleCount: result.articleCount,
    pages: result.pages,
    failed: result.files.filter((f) => f.messages.some((m) => m.fatal === true)).length,
    timings: result.timings,
    stats: result.stats,
  };
}

/**
 * Past this many article files the build runs in a thread whose heap may grow
 * to most of the machine's memory: Node's default (~4 GB) ran out at 100,000
 * articles (the records, bodies and entity links are held until the pages are
 * written), while below it a thread would only add its start-up to every rebuild.
 * BAOKAN_LARGE_ARCHIVE sets another bound (tests use 1).
 */
const LARGE_ARCHIVE_FILES = Number(process.env.BAOKAN_LARGE_ARCHIVE) || 20_000;

async function needsLargeHeap(seeds: string): Promise<boolean> {
  const limit = v8.getHeapStatistics().heap_size_limit;
  if (limit >= largeHeapMb() * 1024 * 1024) return false; // already given a large heap (--max-old-space-size)
  let count = 0;
  const entries = await fs.readdir(seeds, { recursive: true }).catch(() => [] as string[]);
  for (const e of entries) if (formatOf(String(e))) count++; // an estimate: one listing, no stat
  return count >= LARGE_ARCHIVE_FILES;
}

/** Three quarters of the machine's memory, in megabytes. */
const largeHeapMb = () => Math.floor((os.totalmem() / 1024 / 1024) * 0.75);

function buildInLargeHeap(request: BuildRequest): Promise<BuildSummary> {
  return callWorker<BuildSummary>('build', request, { resourceLimits: { maxOldGenerationSizeMb: largeHeapMb() } });
}

/** A progress line for builds over a few hundred articles. */
function progressLine(tty: boolean): ((done: number, total: number) => void) | undefined {
  let lastShown = -1;
  return (done, total) => {
    if (total < 300) return;
    const step = Math.max(1, Math.floor(total / 20));
    if (done !== total && done - lastShown < step) return;
    lastShown = done;
    const line = `reading articles ${done}/${total} (${Math.round((done / total) * 100)}%)`;
    if (tty) process.stderr.write(`\r${line}${done === total ? '\n' : ''}`);
    else process.stderr.write(line + '\n');
  };
}
