import { parseCommandArgs } from './main.js';
import { loadArticles, recordsFile, writeSiteAtomically } from '../build.js';
import { formatReport, hasErrors } from '../messages.js';
import { renderSite } from '../render/index.js';
import { buildSearchIndex } from '../search/index.js';
import { promises as fs } from 'node:fs';
import path from 'node:path';

const USAGE = `Usage: baokan build [--seeds DIR] [--out DIR] [--strict] [--quiet]

Reads every .txt and .md article under --seeds (default seeds/), writes the
site to --out (default dist/): pages, data/records.json and a Pagefind index.

The new site is written beside the output and swapped in at the end: a build
that fails leaves the previous site untouched.

Exit codes: 0 the site was written (articles with errors are left out and
listed); 1 nothing was written (--strict and any error or warning, or a fault);
2 bad arguments.
`;

export async function runBuild(argv: string[]): Promise<number> {
  const args = parseCommandArgs(argv, { options: { seeds: { type: 'string' }, out: { type: 'string' }, strict: { type: 'boolean' }, quiet: { type: 'boolean' } } }, USAGE);
  if (args === null) return 2;
  if (args === 'help') return 0;
  const seeds = (args.values.seeds as string | undefined) ?? 'seeds';
  const out = (args.values.out as string | undefined) ?? 'dist';
  const strict = Boolean(args.values.strict);
  const started = Date.now();
  await fs.access(seeds).catch(() => {
    throw new Error(`no articles folder at ${seeds}`);
  });
  const progress = progressLine();
  const { articles, files } = await loadArticles(seeds, { onProgress: progress });
  const messages = formatReport(files, { quiet: Boolean(args.values.quiet) });
  if (messages) process.stderr.write(messages + '\n');
  const failed = files.filter((f) => f.messages.some((m) => m.fatal === true)).length;
  const warned = files.some((f) => f.messages.some((m) => m.fatal === false));
  if (strict && (hasErrors(files) || warned)) {
    process.stderr.write(`baokan build: --strict and problems were found; ${out}/ left as it was\n`);
    return 1;
  }
  let pages = 0;
  await writeSiteAtomically(out, async (tmp) => {
    const rendered = await renderSite(articles, { outDir: tmp });
    pages = rendered.files.length;
    await fs.mkdir(path.join(tmp, 'data'), { recursive: true });
    await fs.writeFile(path.join(tmp, 'data', 'records.json'), JSON.stringify(recordsFile(articles), null, 2) + '\n');
    await buildSearchIndex(tmp, rendered.searchDocuments);
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(`built ${articles.length} article(s)${failed ? `, ${failed} file(s) left out with errors` : ''}: ${pages} page(s) in ${out}/ (${seconds} s)\n`);
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
