import { parseCommandArgs } from './main.js';
import { searchSite } from '../search/index.js';

const USAGE = `Usage: baokan search QUERY [--site DIR] [--json]

Runs QUERY against the built site's search index (default dist/) the way the
search page does, and prints url, title and excerpt per result.
`;

export async function runSearch(argv: string[]): Promise<number> {
  const args = parseCommandArgs(argv, { allowPositionals: true, options: { site: { type: 'string', default: 'dist' }, json: { type: 'boolean' } } }, USAGE);
  if (args === null) return 2;
  if (args === 'help') return 0;
  const query = args.positionals.join(' ').trim();
  if (!query) {
    process.stderr.write(USAGE);
    return 2;
  }
  const results = await searchSite(args.values.site as string, query);
  if (args.values.json) process.stdout.write(JSON.stringify(results, null, 2) + '\n');
  else if (results.length === 0) process.stdout.write('no results\n');
  else for (const r of results) process.stdout.write(`${r.url}\n  ${r.title}\n  ${r.excerpt}\n`);
  return 0;
}
