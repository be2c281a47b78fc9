import { parseCommandArgs } from './args.js';
import { loadArticles } from '../build.js';
import { formatReport, report } from '../messages.js';
import { unresolvedNames } from '../link/relative.js';

const USAGE = `Usage: baokan check [DIR] [--strict] [--config FILE]

Reads every article under DIR (default seeds/) and prints warnings and errors
with file, line and column, and lists bodies named relative to a place or
company the article does not name (relative-name-unresolved). Exit code 1 when any error was found (with
--strict, also when any warning was found), else 0.
`;

export async function runCheck(argv: string[]): Promise<number> {
  const args = parseCommandArgs(argv, { allowPositionals: true, options: { strict: { type: 'boolean' }, config: { type: 'string' } } }, USAGE);
  if (args === null) return 2;
  if (args === 'help') return 0;
  const dir = args.positionals[0] ?? 'seeds';
  const { articles, files } = await loadArticles(dir);
  // bodies named relative to a place or company the article never names: text only, no page
  for (const a of articles) {
    const names = unresolvedNames(a.record);
    if (names.length) report(a.file, 'info', 'relative-name-unresolved', `named relative to a place or company the article does not name, kept as text: ${names.join('、')}`);
  }
  const messages = formatReport(files);
  process.stderr.write((messages || 'no problems found') + '\n');
  process.stdout.write(`${files.length} file(s) read, ${articles.length} article(s) usable\n`);
  const errors = files.some((f) => f.messages.some((m) => m.fatal === true));
  const warnings = files.some((f) => f.messages.some((m) => m.fatal === false));
  return errors || (args.values.strict && warnings) ? 1 : 0;
}
