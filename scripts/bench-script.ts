// Script conversion throughput and start-up: opencc-js against the tables of
// src/script-convert.ts, both directions, on the UTF-8 articles of a generated
// corpus (whole, line by line, and cut into short strings). Checks the
// outputs are identical on the way.
// Usage: npx tsx scripts/bench-script.ts [--count N] [--seed S] [--runs R]
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '3000' },
    seed: { type: 'string', default: 'bench-script' },
    runs: { type: 'string', default: '5' },
    probe: { type: 'string' },
  },
});

type Probe = { importMs: number; t2sMs: number; s2tMs: number };

// Start-up is measured in a fresh process each time: in this one the JIT and
// the module cache are already warm.
async function probe(which: string): Promise<Probe> {
  let t = performance.now();
  const lap = () => {
    const now = performance.now();
    const ms = now - t;
    t = now;
    return ms;
  };
  if (which === 'opencc') {
    const OpenCC = await import('opencc-js');
    const importMs = lap();
    OpenCC.Converter({ from: 't', to: 'cn' })('測試');
    const t2sMs = lap();
    OpenCC.Converter({ from: 'cn', to: 't' })('测试');
    return { importMs, t2sMs, s2tMs: lap() };
  }
  const { openccConverter } = await import('../src/script-convert.js');
  const importMs = lap();
  openccConverter('t2s')('測試'); // the first call builds the tables
  const t2sMs = lap();
  openccConverter('s2t')('测试');
  return { importMs, t2sMs, s2tMs: lap() };
}

if (values.probe) {
  console.log(JSON.stringify(await probe(values.probe)));
  process.exit(0);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function startup(which: string, times = 7): Probe {
  const self = fileURLToPath(import.meta.url);
  const probes: Probe[] = [];
  for (let i = 0; i < times; i++) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', self, '--probe', which], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    probes.push(JSON.parse(r.stdout.trim().split('\n').pop()!) as Probe);
  }
  return { importMs: median(probes.map((p) => p.importMs)), t2sMs: median(probes.map((p) => p.t2sMs)), s2tMs: median(probes.map((p) => p.s2tMs)) };
}

const OpenCC = await import('opencc-js');
const { openccConverter } = await import('../src/script-convert.js');
const { generateArticles } = await import('./lib/corpus.js');

const utf8 = new TextDecoder('utf-8', { fatal: true });
const articles: string[] = [];
for (const f of generateArticles({ count: Number(values.count), seed: values.seed })) {
  try {
    articles.push(utf8.decode(f.bytes));
  } catch {
    // a GBK or Big5 article: the corpus holds enough UTF-8 ones
  }
}
// A build converts whole texts (script detection, page twins) and, more often,
// short strings: names, titles, single characters.
const lines = articles.flatMap((t) => t.split('\n')).filter((l) => l.length > 0);
const shorts = articles.flatMap((t) => Array.from({ length: Math.floor(t.length / 40) }, (_, i) => t.slice(i * 40, i * 40 + 1 + (i % 4))));
const sets = { articles, lines, 'short (1–4 chars)': shorts };

const impls = {
  t2s: { opencc: OpenCC.Converter({ from: 't', to: 'cn' }), fast: openccConverter('t2s') },
  s2t: { opencc: OpenCC.Converter({ from: 'cn', to: 't' }), fast: openccConverter('s2t') },
};

const runs = Number(values.runs);
let sink = 0;
/** CPU seconds (user + system) for one pass, median of `runs`: steadier than wall time on a shared machine. */
function time(convert: (s: string) => string, texts: string[]): number {
  for (const t of texts) convert(t); // warm-up (JIT, lazy tables)
  const secs: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = process.cpuUsage();
    // reading a character flattens a concatenated result, as its user would
    for (const t of texts) sink += convert(t).charCodeAt(0) | 0;
    const used = process.cpuUsage(start);
    secs.push((used.user + used.system) / 1e6);
  }
  return median(secs);
}

const rows: string[] = [];
for (const [setName, texts] of Object.entries(sets)) {
  const chars = texts.reduce((n, t) => n + t.length, 0);
  for (const [dir, { opencc, fast }] of Object.entries(impls)) {
    for (const t of texts) if (fast(t) !== opencc(t)) throw new Error(`${dir}: output differs from opencc-js`);
    const a = time(opencc, texts);
    const b = time(fast, texts);
    const mcs = (s: number) => (chars / s / 1e6).toFixed(1);
    rows.push(`| ${setName} | ${dir} | ${texts.length} | ${(chars / 1e6).toFixed(2)} M | ${mcs(a)} M/s | ${mcs(b)} M/s | ${(a / b).toFixed(1)}× |`);
  }
}

const so = startup('opencc');
const sf = startup('fast');
const ms = (x: number) => `${x.toFixed(1)} ms`;

console.log(`${articles.length} UTF-8 articles of a ${values.count}-article corpus; CPU time, median of ${runs} runs; outputs identical\n`);
console.log('| texts | direction | strings | chars | opencc-js | script-convert | speed-up |');
console.log('|---|---|---|---|---|---|---|');
for (const r of rows) console.log(r);
console.log('\nStart-up, fresh process, median of 7 (import, then the first call of each direction, which builds its tables):\n');
console.log('| | import | t2s first call | s2t first call |');
console.log('|---|---|---|---|');
console.log(`| opencc-js | ${ms(so.importMs)} | ${ms(so.t2sMs)} | ${ms(so.s2tMs)} |`);
console.log(`| script-convert | ${ms(sf.importMs)} | ${ms(sf.t2sMs)} | ${ms(sf.s2tMs)} |`);
