import { parseCommandArgs } from './args.js';
import { searchSite } from '../search/index.js';
import { printErr, printOut } from './print.js';

const USAGE = `Usage: baokan search QUERY [--site DIR] [--json] [--filter NAME=VALUE ...] [--sort new|old] [--fallback]

Runs QUERY against the built site's search index (default dist/) the way the
search page does (same query transform, same bundles), and prints url, title
and excerpt per result, best first.

  --filter NAME=VALUE  keep results with this facet value (year, kind, category,
                       publication, person, organisation); repeat to combine
                       (the same NAME twice: either value)
  --sort new|old       newest or oldest article first instead of best first
  --fallback           use the file:// fallback index instead of Pagefind
  --json               print the results as JSON (excerpt as HTML)
`;

export async function runSearch(argv: string[]): Promise<number> {
  const args = parseCommandArgs(
    argv,
    {
      allowPositionals: true,
      options: { site: { type: 'string', default: 'dist' }, json: { type: 'boolean' }, filter: { type: 'string', multiple: true }, fallback: { type: 'boolean' }, sort: { type: 'string' } },
    },
    USAGE,
  );
  if (args === null) return 2;
  if (args === 'help') return 0;
  const query = args.positionals.join(' ').trim();
  if (!query) {
    printErr(USAGE);
    return 2;
  }
  const filters: Record<string, string[]> = {};
  for (const f of (args.values.filter as string[] | undefined) ?? []) {
    const eq = f.indexOf('=');
    if (eq < 1) {
      printErr(`--filter expects NAME=VALUE, got “${f}”\n\n${USAGE}`);
      return 2;
    }
    (filters[f.slice(0, eq)] ??= []).push(f.slice(eq + 1));
  }
  const sort = args.values.sort as string | undefined;
  if (sort !== undefined && sort !== 'new' && sort !== 'old') {
    printErr(`--sort expects new or old, got “${sort}”\n\n${USAGE}`);
    return 2;
  }
  const results = await searchSite(args.values.site as string, query, { filters, fallback: Boolean(args.values.fallback), sort });
  if (args.values.json) printOut(JSON.stringify(results, null, 2) + '\n');
  else if (results.length === 0) printOut('no results\n');
  else {
    const plain = (html: string) =>
      html.replace(/<mark>/g, '【').replace(/<\/mark>/g, '】').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    for (const r of results) printOut(`${r.url}\n  ${r.title}\n  ${plain(r.excerpt)}\n`);
  }
  return 0;
}
