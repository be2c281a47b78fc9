// URL-safe, stable slugs. CJK becomes pinyin so URLs stay readable.
import { pinyin } from 'pinyin-pro';
import { createHash } from 'node:crypto';

const slugs = new Map<string, string>();

export function slugify(text: string, maxLength = 60): string {
  // Entity names recur across thousands of records, and pinyin is the slow part.
  const key = `${maxLength}\u0000${text}`;
  let slug = slugs.get(key);
  if (slug === undefined) {
    slug = slugifyOnce(text, maxLength);
    if (slugs.size > 200_000) slugs.clear();
    slugs.set(key, slug);
  }
  return slug;
}

function slugifyOnce(text: string, maxLength: number): string {
  const latin = pinyin(text.normalize('NFC'), { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('-');
  const slug = latin
    .toLowerCase()
    .replace(/ü/g, 'v')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9_]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '');
  return slug;
}

export function shortHash(text: string, length = 8): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

const RESERVED = new Set(['index', 'pagefind', 'data', 'people', 'organisations', 'meetings', 'figures', 'search', 'assets']);
/** Names Windows keeps for devices, in any case and with any extension: no file or folder there may have one. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3])(\.|$)/i;

export function isWindowsDeviceName(name: string): boolean {
  return WINDOWS_DEVICE.test(name);
}

const isReserved = (slug: string) => RESERVED.has(slug) || WINDOWS_DEVICE.test(slug);

/** An entity's slug that can be a folder on every system: a device name gets a `_` (com1 → com1_). */
export function folderSafe(slug: string): string {
  return WINDOWS_DEVICE.test(slug) ? `${slug}_` : slug;
}

/** Article id from a front-matter slug or the file name; never a path, never empty. */
export function articleId(fileBase: string, frontMatterSlug: string | null): { id: string; rejected: string | null } {
  let rejected: string | null = null;
  if (frontMatterSlug !== null) {
    const s = slugify(frontMatterSlug);
    if (s && !isReserved(s) && !/[/\\]|^\.|\.\./.test(frontMatterSlug)) return { id: s, rejected };
    rejected = frontMatterSlug;
  }
  const base = slugify(fileBase);
  const id = base && !isReserved(base) && /^[\x20-\x7e]+$/.test(fileBase) ? base : `${base || 'article'}-${shortHash(fileBase)}`;
  return { id, rejected };
}
