// npm run bench -- [--sizes 1000,10000] [--huge] [--runs 3] [--report FILE]
//
// For each size: generate the corpus (scripts/lib/corpus.ts), then, as
// separate processes, a full build (empty cache, no previous site), a rebuild
// with nothing changed, a rebuild after editing one article, and the anchor:
// Hugo over the same texts as Markdown pages plus the Pagefind CLI over
// Hugo's output. Reports medians over --runs as Markdown, with the floor of
// the search stage: Pagefind alone on the same articles (pagefind-floor.ts).
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { generateArticles, type CorpusFile } from './lib/corpus.js';
import { writeHugoSite } from './lib/hugo-site.js';
import { measure, median } from './lib/measure.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const STAGES = ['read', 'ingest', 'normalize', 'parse', 'extract', 'articles', 'link', 'render', 'records', 'search', 'searchWait', 'swap', 'total'];

interface BuildRun {
  seconds: number;
  treeRss: number;
  nodeRss: number;
  timings: Record<string, number>;
}

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    huge: { type: 'boolean' },
    runs: { type: 'string', default: '3' },
    report: { type: 'string', default: path.join(ROOT, '.scratch', 'bench-report.md') },
    'no-anchor': { type: 'boolean' },
    'no-floor': { type: 'boolean' },
    workers: { type: 'string' },
  },
});
const sizes = values.sizes!.split(',').map(Number).concat(values.huge ? [100000] : []);
const runs = Number(values.runs);
const work = await fs.mkdtemp(path.join(os.tmpdir(), 'baokan-bench-'));

async function build(corpus: string, out: string, cache: string): Promise<BuildRun> {
  const timingsFile = path.join(work, 'timings.json');
  const extra = values.workers ? ['--workers', values.workers] : [];
  const m = await measure(process.execPath, [path.join(ROOT, 'bin', 'baokan.js'), 'build', '--seeds', corpus, '--out', out, '--cache', cache, '--quiet', '--timings', timingsFile, ...extra], { cwd: ROOT });
  const timings = JSON.parse(await fs.readFile(timingsFile, 'utf8')) as Record<string, number>;
  return { seconds: m.seconds, treeRss: m.maxRssBytes, nodeRss: timings.maxRssBytes!, timings };
}

/** Change one sentence of one UTF-8 article, as an editor would. */
async function editOneArticle(corpus: string, files: CorpusFile[], round: number): Promise<void> {
  const target = files.find((f, i) => i >= files.length / 2 && !f.name.endsWith('.md') && isUtf8(f.bytes))!;
  const text = Buffer.from(target.bytes).toString('utf8');
  const edited = text.replace(/。/, `。会议还通报了第${round + 1}季度工作情况。`);
  await fs.writeFile(path.join(corpus, target.name), edited);
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const gb = (b: number) => `${(b / 1024 ** 3).toFixed(2)} GB`;
const s = (ms: number | undefined) => (ms === undefined || !Number.isFinite(ms) ? '–' : (ms / 1000).toFixed(2));
const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim();
const dirty = execFileSync('git', ['status', '--porcelain', 'src', 'templates'], { cwd: ROOT }).toString().trim() ? ' (with uncommitted changes in src/ or templates/)' : '';
const lines: string[] = [
  '# baokan benchmark',
  '',
  `Code: ${commit}${dirty}. Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), ${gb(os.totalmem())} RAM, Node ${process.version}. Medians of ${runs} run(s). Load average at start: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}.`,
  '',
  'Per-article stages (ingest … extract) are CPU time summed over worker threads; `articles` is their wall time. Peak memory: `node` is the build process itself (all its threads), `tree` is the largest process GNU time saw (the Pagefind binary is a child).',
  '',
];

for (const size of sizes) {
  process.stderr.write(`\n== ${size} articles\n`);
  const corpus = path.join(work, `corpus-${size}`);
  await fs.rm(corpus, { recursive: true, force: true });
  await fs.mkdir(corpus, { recursive: true });
  const files: CorpusFile[] = [];
  for (const f of generateArticles({ count: size, seed: 1 })) {
    await fs.writeFile(path.join(corpus, f.name), f.bytes);
    files.push(f);
  }
  const out = path.join(work, `site-${size}`);
  const cache = path.join(work, `cache-${size}`);
  const full: BuildRun[] = [];
  const noChange: BuildRun[] = [];
  const oneEdit: BuildRun[] = [];
  for (let r = 0; r < runs; r++) {
    await fs.rm(out, { recursive: true, force: true });
    await fs.rm(cache, { recursive: true, force: true });
    process.stderr.write(`full build ${r + 1}/${runs}… `);
    full.push(await build(corpus, out, cache));
    process.stderr.write(`${full.at(-1)!.seconds.toFixed(1)} s; no-change… `);
    noChange.push(await build(corpus, out, cache));
    process.stderr.write(`${noChange.at(-1)!.seconds.toFixed(1)} s; one edit… `);
    await editOneArticle(corpus, files, r);
    oneEdit.push(await build(corpus, out, cache));
    process.stderr.write(`${oneEdit.at(-1)!.seconds.toFixed(1)} s\n`);
  }
  const hugo: number[] = [];
  const hugoRss: number[] = [];
  const pagefind: number[] = [];
  const pagefindRss: number[] = [];
  if (!values['no-anchor']) {
    const site = path.join(work, `hugo-${size}`);
    await fs.rm(site, { recursive: true, force: true });
    await writeHugoSite(site, files);
    for (let r = 0; r < runs; r++) {
      await fs.rm(path.join(site, 'public'), { recursive: true, force: true });
      process.stderr.write(`hugo ${r + 1}/${runs}… `);
      const h = await measure('hugo', ['--quiet', '-s', site, '-d', path.join(site, 'public')]);
      hugo.push(h.seconds);
      hugoRss.push(h.maxRssBytes);
      process.stderr.write(`${h.seconds.toFixed(1)} s; pagefind… `);
      const p = await measure(path.join(ROOT, 'node_modules', '.bin', 'pagefind'), ['--site', path.join(site, 'public')]);
      pagefind.push(p.seconds);
      pagefindRss.push(p.maxRssBytes);
      process.stderr.write(`${p.seconds.toFixed(1)} s\n`);
    }
  }
  // Pagefind alone on this corpus's articles (the cache is warm by now, so loading them is quick)
  const floor: number[] = [];
  const floorCpu: number[] = [];
  const floorShard: number[] = [];
  if (!values['no-floor']) {
    for (let r = 0; r < runs; r++) {
      process.stderr.write(`pagefind alone ${r + 1}/${runs}… `);
      const m = await measure(path.join(ROOT, 'node_modules', '.bin', 'tsx'), [path.join(ROOT, 'scripts', 'pagefind-floor.ts'), '--seeds', corpus, '--cache', cache, '--json'], { cwd: ROOT });
      const result = JSON.parse(m.stdout) as { seconds: number; cpuSeconds: number; shards: Array<{ seconds: number }> };
      floor.push(result.seconds);
      floorCpu.push(result.cpuSeconds);
      floorShard.push(Math.max(...result.shards.map((sh) => sh.seconds)));
      process.stderr.write(`${floor.at(-1)!.toFixed(1)} s\n`);
    }
  }
  const med = (runsOf: BuildRun[], f: (b: BuildRun) => number) => median(runsOf.map(f));
  const fullSeconds = med(full, (b) => b.seconds);
  const anchor = median(hugo) + median(pagefind);
  lines.push(`## ${size.toLocaleString('en')} articles (${(files.reduce((n, f) => n + f.bytes.length, 0) / 1024 / 1024).toFixed(1)} MB)`, '');
  lines.push('| build | wall s | articles/s | peak node | peak tree |', '|---|---:|---:|---:|---:|');
  for (const [label, b] of [['full (empty cache)', full], ['no change', noChange], ['one article edited', oneEdit]] as const) {
    const sec = med(b, (x) => x.seconds);
    lines.push(`| ${label} | ${sec.toFixed(2)} | ${Math.round(size / sec)} | ${gb(med(b, (x) => x.nodeRss))} | ${gb(med(b, (x) => x.treeRss))} |`);
  }
  if (hugo.length) {
    lines.push(`| Hugo | ${median(hugo).toFixed(2)} | ${Math.round(size / median(hugo))} | | ${gb(median(hugoRss))} |`);
    lines.push(`| Pagefind CLI on Hugo's pages | ${median(pagefind).toFixed(2)} | | | ${gb(median(pagefindRss))} |`);
    lines.push(`| Hugo + Pagefind | ${anchor.toFixed(2)} | ${Math.round(size / anchor)} | | |`);
    lines.push('', `**baokan full build / (Hugo + Pagefind CLI) = ${(fullSeconds / anchor).toFixed(2)}**`);
  }
  if (floor.length) {
    const cores = os.cpus().length;
    lines.push('', `Pagefind alone on these ${size.toLocaleString('en')} articles' search documents, shard by shard as the build indexes them, with nothing else running (scripts/pagefind-floor.ts): **${median(floor).toFixed(2)} s** wall, **${median(floorCpu).toFixed(1)} s** of Pagefind's CPU, which alone fills ${cores} cores for ${(median(floorCpu) / cores).toFixed(1)} s of any full build. An edit re-indexes one shard: the largest took ${median(floorShard).toFixed(2)} s alone.`);
  }
  lines.push('', '| stage (s) | ' + STAGES.join(' | ') + ' |', '|---|' + STAGES.map(() => '---:').join('|') + '|');
  for (const [label, b] of [['full', full], ['no change', noChange], ['one edit', oneEdit]] as const) {
    lines.push(`| ${label} | ${STAGES.map((st) => s(med(b, (x) => x.timings[st] ?? NaN))).join(' | ')} |`);
  }
  const counts = oneEdit.at(-1)!.timings;
  lines.push('', `One-edit rebuild: ${counts.processed} article(s) processed, ${counts.cached} from the cache.`, '');
  await fs.mkdir(path.dirname(values.report!), { recursive: true });
  await fs.writeFile(values.report!, lines.join('\n') + '\n');
  await fs.rm(path.join(work, `hugo-${size}`), { recursive: true, force: true });
}

await fs.rm(work, { recursive: true, force: true });
process.stdout.write(lines.join('\n') + '\n');
process.stderr.write(`\nreport written to ${values.report}\n`);
