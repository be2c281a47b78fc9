import { parseCommandArgs } from './args.js';
import { articleBytesLimit, loadArticles } from '../build.js';
import { formatReport, report } from '../messages.js';
import { unresolvedNames } from '../link/relative.js';
import { loadConfig, type SiteConfig } from '../config/index.js';
import { formatOf } from '../ingest/index.js';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { printErr, printOut } from './print.js';

const USAGE = `Usage: baokan check [DIR | FILE] [--strict] [--config FILE]

Reads every article under DIR (default seeds/), or the one article FILE
(with its .corrections.yaml sidecar), and prints warnings and errors
with file, line and column, and lists bodies named relative to a place or
company the article does not name (relative-name-unresolved). Exit code 1 when any error was found (with
--strict, also when any warning was found), else 0.
`;

export async function runCheck(argv: string[], siteConfig?: SiteConfig): Promise<number> {
  const args = parseCommandArgs(argv, { allowPositionals: true, options: { strict: { type: 'boolean' }, config: { type: 'string' } } }, USAGE);
  if (args === null) return 2;
  if (args === 'help') return 0;
  const target = args.positionals[0] ?? 'seeds';
  const kind = await stat(target).then((s) => (s.isDirectory() ? 'folder' : s.isFile() ? 'file' : 'other'), () => 'missing');
  if (kind === 'missing' || kind === 'other') {
    printErr(`baokan check: ${kind === 'missing' ? 'no such file or folder' : 'not a file or folder'}: ${target}\n`);
    return 1;
  }
  if (kind === 'file' && formatOf(target) === null) {
    printErr(`baokan check: ${target} is not an article (.txt, .md or .markdown)\n`);
    return 1;
  }
  const config = siteConfig ?? (await loadConfig({ file: args.values.config ?? null }));
  // the same size cap as a build of this site
  const maxArticleBytes = articleBytesLimit(config.maxArticleMB);
  const { articles, files } = kind === 'file'
    ? await loadArticles(path.dirname(target), { only: path.basename(target), maxArticleBytes })
    : await loadArticles(target, { maxArticleBytes });
  // bodies named relative to a place or company the article never names: text only, no page
  for (const a of articles) {
    const names = unresolvedNames(a.record);
    if (names.length) report(a.file, 'info', 'relative-name-unresolved', `named relative to a place or company the article does not name, kept as text: ${names.join('、')}`);
  }
  const messages = formatReport(files);
  printErr((messages || 'no problems found') + '\n');
  if (!config.url) printErr(`${config.file ?? 'baokan.config.yaml'}: no url: the site gets no sitemap.xml and no absolute addresses (feed, canonical, og:url, JSON-LD); set url: https://…\n`);
  printOut(`${files.length} file(s) read, ${articles.length} article(s) usable\n`);
  const errors = files.some((f) => f.messages.some((m) => m.fatal === true));
  const warnings = files.some((f) => f.messages.some((m) => m.fatal === false));
  return errors || (args.values.strict && warnings) ? 1 : 0;
}
