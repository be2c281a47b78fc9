// Entity URLs that keep answering. Each build keeps a map of its entity pages
// and the records behind them (.baokan/entities.json). Where an entity of the
// previous build no longer has its URL (it was split, merged or renamed by
// what its own articles now say), its old URL becomes a redirect page (meta
// refresh, canonical link, a visible link) to the entity that holds most of
// its records, listed in data/redirects.json; earlier redirects are kept while
// their target answers.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Archive } from '../link/index.js';
import { meetingUrl, organisationUrl, personUrl, relativeUrl } from './urls.js';

export const ENTITY_MAP_FILE = '.baokan/entities.json';
export const REDIRECTS_FILE = 'data/redirects.json';

/** URL → the records it stands for, each `articleId/kind/index` */
export type EntityMap = Record<string, string[]>;
export interface Redirect {
  from: string;
  to: string;
}

const ENTITY_PATH = /^\/(people|organisations|meetings)\/[a-z0-9_-]+\/$/;

export function entityMap(archive: Archive): EntityMap {
  const map: Record<string, string[]> = {};
  const add = (url: string, record: string) => (map[url] ??= []).push(record);
  for (const [articleId, linked] of [...archive.byArticle].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    linked.officials.forEach((id, i) => id && add(personUrl(id), `${articleId}/p/${i}`));
    linked.organisations.forEach((id, i) => id && add(organisationUrl(id), `${articleId}/o/${i}`));
    linked.meetings.forEach((id, i) => id && add(meetingUrl(id), `${articleId}/m/${i}`));
  }
  return Object.fromEntries(Object.keys(map).sort().map((url) => [url, map[url]!]));
}

/** Old URLs that lost their entity → the current entity that holds most of their records. */
export function findRedirects(previous: EntityMap, previousRedirects: Redirect[], current: EntityMap): Redirect[] {
  const owner = new Map<string, string>();
  for (const [url, records] of Object.entries(current)) for (const r of records) owner.set(r, url);
  const moved = new Map<string, string>();
  for (const [url, records] of Object.entries(previous)) {
    if (current[url] || !ENTITY_PATH.test(url)) continue;
    const votes = new Map<string, number>();
    for (const r of records) {
      const to = owner.get(r);
      // the same kind of page only (a person's records never lead to a meeting)
      if (to && to.split('/')[1] === url.split('/')[1]) votes.set(to, (votes.get(to) ?? 0) + 1);
    }
    const best = [...votes].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))[0];
    if (best) moved.set(url, best[0]);
  }
  for (const { from, to } of previousRedirects) {
    if (current[from] || moved.has(from) || !ENTITY_PATH.test(from)) continue;
    const target = current[to] ? to : moved.get(to);
    if (target) moved.set(from, target);
  }
  return [...moved].map(([from, to]) => ({ from, to })).sort((a, b) => (a.from < b.from ? -1 : 1));
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The page left at `fromFile` (`people/x/index.html`) for the site path `to`: linked relatively, so it works from disk too. */
export function redirectPage(to: string, siteUrl: string | null = null, fromFile: string | null = null): string {
  const target = escape(fromFile ? relativeUrl(fromFile, to) : to);
  const canonical = siteUrl ? escape(siteUrl.replace(/\/$/, '') + to) : target;
  return `<!doctype html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta http-equiv="refresh" content="0; url=${target}">
<link rel="canonical" href="${canonical}">
<meta name="robots" content="noindex">
<title>${target}</title>
</head>
<body>
<p>此頁已移至 / 此页已移至 <a href="${target}">${target}</a></p>
</body>
</html>
`;
}

async function readJson<T>(file: string, fallback: T): Promise<T> {
  try {
    return JSON.parse(await fs.readFile(file, 'utf8')) as T;
  } catch {
    return fallback;
  }
}

/**
 * Writes the entity map, the redirect pages (for each script's copy of the
 * target that exists) and data/redirects.json into `outDir`; returns the files
 * written, relative to it.
 */
export async function writeRedirects(outDir: string, archive: Archive, previousSite: string | undefined, siteFiles: ReadonlySet<string>, siteUrl: string | null = null): Promise<string[]> {
  const current = entityMap(archive);
  const previous = previousSite ? await readJson<EntityMap>(path.join(previousSite, ENTITY_MAP_FILE), {}) : {};
  const before = previousSite ? await readJson<Redirect[]>(path.join(previousSite, REDIRECTS_FILE), []) : [];
  const redirects = findRedirects(previous && typeof previous === 'object' ? previous : {}, Array.isArray(before) ? before.filter((r) => typeof r?.from === 'string' && typeof r?.to === 'string') : [], current);
  const written: string[] = [];
  const write = async (file: string, text: string) => {
    await fs.mkdir(path.dirname(path.join(outDir, file)), { recursive: true });
    await fs.writeFile(path.join(outDir, file), text);
    written.push(file);
  };
  await write(ENTITY_MAP_FILE, JSON.stringify(current) + '\n');
  const listed: Redirect[] = [];
  for (const r of redirects) {
    let any = false;
    for (const prefix of ['', '/zh-hans', '/zh-hant']) {
      const page = `${prefix}${r.to}index.html`.slice(1);
      const from = `${prefix}${r.from}index.html`.slice(1);
      if (!siteFiles.has(page) || siteFiles.has(from)) continue;
      await write(from, redirectPage(prefix + r.to, siteUrl, from));
      any = true;
    }
    if (any) listed.push(r);
  }
  await write(REDIRECTS_FILE, JSON.stringify(listed, null, 2) + '\n');
  return written;
}
