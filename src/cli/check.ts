import { parseCommandArgs } from './args.js';
import { loadArticles } from '../build.js';
import { formatReport } from '../messages.js';
import { printErr, printOut } from './print.js';

const USAGE = `Usage: baokan check [DIR] [--strict] [--config FILE]

Reads every article under DIR (default seeds/) and prints warnings and errors
with file, line and column. Exit code 1 when any error was found (with
--strict, also when any warning was found), else 0.
`;

export async function runCheck(argv: string[]): Promise<number> {
  const args = parseCommandArgs(argv, { allowPositionals: true, options: { strict: { type: 'boolean' }, config: { type: 'string' } } }, USAGE);
  if (args === null) return 2;
  if (args === 'help') return 0;
  const dir = args.positionals[0] ?? 'seeds';
  const { articles, files } = await loadArticles(dir);
  const messages = formatReport(files);
  printErr((messages || 'no problems found') + '\n');
  printOut(`${files.length} file(s) read, ${articles.length} article(s) usable\n`);
  const errors = files.some((f) => f.messages.some((m) => m.fatal === true));
  const warnings = files.some((f) => f.messages.some((m) => m.fatal === false));
  return errors || (args.values.strict && warnings) ? 1 : 0;
}
