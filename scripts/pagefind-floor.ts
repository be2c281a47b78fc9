// npx tsx scripts/pagefind-floor.ts --seeds DIR [--cache DIR] [--json]
//
// What Pagefind alone costs on an archive: the articles' search documents,
// planned into shards as a build plans them, each indexed into its bundle by
// the build's own `indexShard` (Pagefind add + write, then the fragment
// rewrite), one Pagefind process per shard, with nothing else running: no
// render, no file:// index, no entities index. That is the least any full
// build's search stage can take on this machine while Pagefind serves the
// articles, so bench.ts reports it beside the full build's target.
// The articles come from the per-article stages (through --cache when warm);
// their time is not counted.
import { promises as fs, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { loadArticles } from '../src/build.js';
import { siteArticleDocuments } from '../src/render/index.js';
import { indexFormOf, indexShard, planShards } from '../src/search/index.js';

const { values } = parseArgs({ options: { seeds: { type: 'string' }, cache: { type: 'string' }, json: { type: 'boolean' } } });
if (!values.seeds) {
  process.stderr.write('usage: pagefind-floor.ts --seeds DIR [--cache DIR] [--json]\n');
  process.exit(2);
}

const loaded = await loadArticles(values.seeds, { cacheDir: values.cache, workers: os.cpus().length });
const documents = siteArticleDocuments(loaded.articles);
const shards = planShards(documents);
// The index form is folded before the clock starts: the build folds it in the search thread too,
// but that is the search core's cost, not Pagefind's.
for (const d of documents) indexFormOf(d);

/** CPU ticks (user + system) of each child process seen, by pid: the Pagefind services. */
const childTicks = new Map<string, number>();
/**
 * Note what this process's children have used so far (Linux /proc; nothing
 * elsewhere). Read before a service is closed, since Node does not wait for a
 * closed one; kept by pid, so a service still listed later is counted once.
 */
function sampleChildren(): void {
  try {
    for (const task of readdirSync('/proc/self/task')) {
      for (const pid of readFileSync(`/proc/self/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)) {
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
        const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of stat)
        childTicks.set(pid, Math.max(ticks, childTicks.get(pid) ?? 0));
      }
    }
  } catch {
    childTicks.set('unreadable', NaN);
  }
}
/** USER_HZ is 100 on Linux. */
const cpuSecondsSoFar = () => [...childTicks.values()].reduce((n, t) => n + t, 0) / 100;

const work = await fs.mkdtemp(path.join(os.tmpdir(), 'baokan-pagefind-floor-'));
const rows: Array<{ shard: string; documents: number; seconds: number; cpuSeconds: number }> = [];
const started = performance.now();
try {
  for (const shard of shards) {
    const t = performance.now();
    const before = cpuSecondsSoFar();
    try {
      await indexShard(shard.documents, path.join(work, shard.key), shard.key);
      sampleChildren();
    } finally {
      await pagefind.close();
    }
    rows.push({ shard: shard.key, documents: shard.documents.length, seconds: (performance.now() - t) / 1000, cpuSeconds: cpuSecondsSoFar() - before });
  }
} finally {
  await fs.rm(work, { recursive: true, force: true });
}
const seconds = (performance.now() - started) / 1000;
const cpuSeconds = cpuSecondsSoFar();

if (values.json) {
  process.stdout.write(JSON.stringify({ articles: documents.length, seconds, cpuSeconds, shards: rows }) + '\n');
} else {
  for (const r of rows) process.stdout.write(`${r.shard}\t${r.documents} articles\t${r.seconds.toFixed(2)} s\t${r.cpuSeconds.toFixed(1)} s of Pagefind CPU\n`);
  process.stdout.write(`Pagefind alone: ${documents.length} articles in ${shards.length} shard(s), ${seconds.toFixed(2)} s, ${cpuSeconds.toFixed(1)} s of Pagefind CPU\n`);
}
