// Readable, stable URL segments from pinyin: 熊立新 → xiong-lixin.
import { pinyin } from 'pinyin-pro';
import { folderSafe, shortHash, slugify } from '../slug.js';
import { toSimplified } from '../script.js';

const COMPOUND_SURNAMES = new Set(['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '令狐', '夏侯', '端木', '独孤', '南宫', '西门', '轩辕', '呼延', '钟离', '闻人', '澹台', '公冶', '太史', '申屠', '赫连', '万俟', '濮阳', '淳于', '单于', '东郭', '百里', '拓跋', '完颜']);

export function personSlug(name: string): string {
  const simplified = toSimplified(name.replace(/\s+/g, ''));
  if (!/^[\u4e00-\u9fff]{2,5}$/.test(simplified)) return folderSafe(slugify(simplified)) || 'person';
  const surnameLength = COMPOUND_SURNAMES.has(simplified.slice(0, 2)) && simplified.length > 2 ? 2 : 1;
  const syllables = pinyin(simplified, { toneType: 'none', type: 'array', surname: 'head' }).map((s) => s.replace(/ü/g, 'v'));
  return `${syllables.slice(0, surnameLength).join('')}-${syllables.slice(surnameLength).join('')}`;
}

export function entitySlug(name: string, maxLength = 60): string {
  return folderSafe(slugify(toSimplified(name), maxLength)) || 'entity';
}

/**
 * Give each item its base slug; where several share one, the first in the
 * given order keeps it and the others get -2, -3 … The caller orders items by
 * something intrinsic (earliest article), so unrelated articles never shift them.
 */
export function assignSlugs<T>(items: T[], base: (item: T) => string): Map<T, string> {
  const used = new Map<string, number>();
  const out = new Map<T, string>();
  for (const item of items) {
    const b = base(item);
    const n = (used.get(b) ?? 0) + 1;
    used.set(b, n);
    out.set(item, n === 1 ? b : `${b}-${n}`);
  }
  return out;
}

/**
 * One URL segment per entity from its own key and base slug: where keys of
 * different entities give one base (同音 names), the smallest key keeps it and
 * the others add a hash of their own key. Nothing else moves a slug.
 */
export function uniqueSlugs<I>(items: Array<{ key: string; base: string; i: I }>): Map<I, string> {
  const byBase = new Map<string, string[]>();
  for (const { key, base } of items) {
    const keys = byBase.get(base) ?? [];
    if (!keys.includes(key)) keys.push(key);
    byBase.set(base, keys);
  }
  const out = new Map<I, string>();
  const taken = new Set<string>();
  for (const { key, base, i } of items) {
    const keys = byBase.get(base)!;
    const first = keys.reduce((a, b) => (b < a ? b : a));
    let slug = key === first ? base : `${base}-${shortHash(key, 6)}`;
    // callers give each entity its own key; should two share one, the later still gets a URL of its own
    for (let n = 2; taken.has(slug); n++) slug = `${key === first ? base : `${base}-${shortHash(key, 6)}`}-${n}`;
    taken.add(slug);
    out.set(i, slug);
  }
  return out;
}
