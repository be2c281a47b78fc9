// The page-chrome set: pages written in the shapes real scraped pages have
// (test/fixtures/page-chrome/, both scripts), each with its expected
// headline, kicker, date and first paragraph (and, where the page gives them,
// publication, category, authors, editors, views, and strings that must not
// reach the body). Scored as a whole, at the thresholds.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/normalize/index.js';
import { chromeKind, parseArticle, readMetadataLine, type ParsedArticle } from '../../src/parse/index.js';

const DIR = path.resolve(import.meta.dirname, '../fixtures/page-chrome');
interface Expected {
  title: string | null;
  kicker: string | null;
  date: string | null;
  firstParagraph: string;
  publication?: string;
  category?: string;
  authors?: string[];
  editors?: string[];
  views?: number;
  mustNotContain: string[];
}
const expected = JSON.parse(readFileSync(path.join(DIR, 'expected.json'), 'utf8')) as Record<string, Expected>;
const files = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();

function parsePage(file: string): ParsedArticle {
  return parseArticle(normalizeText(readFileSync(path.join(DIR, file), 'utf8')).text, { format: 'txt' });
}

/** A headline that is the site's: a recognised chrome line, a metadata line, a date, or a line the page marks as chrome. */
function isChromeHeadline(a: ParsedArticle, want: Expected): boolean {
  if (a.titleDerived) return false;
  const t = a.title;
  return chromeKind(t) !== null || readMetadataLine(t, { single: true }) !== null || /^[\d\s.:/\-年月日]+$/.test(t) || want.mustNotContain.some((s) => s.trim().length > 1 && t.includes(s.trim()));
}

describe('the page-chrome set', () => {
  const results = files.map((file) => ({ file, got: parsePage(file), want: expected[file]! }));

  it('has an expectation for every page, and at least 40 pages in both scripts', () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
    for (const f of files) expect(expected[f], f).toBeDefined();
    const scripts = new Set(results.map((r) => r.got.script));
    expect([...scripts].sort()).toEqual(['Hans', 'Hant']);
  });

  it('reads headline, kicker, date and first paragraph at ≥ 0.95, with ≤ 2 % chrome headlines, and keeps chrome out of the body', () => {
    const tally: Record<string, [number, number]> = {};
    const misses: string[] = [];
    const hit = (key: string, ok: boolean, file: string, detail: string) => {
      const t = (tally[key] ??= [0, 0]);
      t[1]++;
      if (ok) t[0]++;
      else misses.push(`${file} ${key}: ${detail}`);
    };
    let chromeHeadlines = 0;
    for (const { file, got, want } of results) {
      const titleOk = want.title === null ? got.titleDerived : !got.titleDerived && got.title === want.title;
      hit('headline', titleOk, file, `want ${JSON.stringify(want.title)} got ${JSON.stringify(got.title)}${got.titleDerived ? ' (derived)' : ''}`);
      hit('kicker', got.kicker === want.kicker, file, `want ${JSON.stringify(want.kicker)} got ${JSON.stringify(got.kicker)}`);
      hit('date', got.date === want.date, file, `want ${want.date} got ${got.date}`);
      hit('first paragraph', got.paragraphs[0] === want.firstParagraph, file, `got ${JSON.stringify(got.paragraphs[0])}`);
      for (const key of ['publication', 'category', 'views'] as const) {
        if (want[key] !== undefined) hit('other fields', got[key] === want[key], file, `${key} want ${JSON.stringify(want[key])} got ${JSON.stringify(got[key])}`);
      }
      for (const key of ['authors', 'editors'] as const) {
        if (want[key] !== undefined) hit("other fields", JSON.stringify([...got[key]].sort()) === JSON.stringify([...want[key]!].sort()), file, `${key} want ${JSON.stringify(want[key])} got ${JSON.stringify(got[key])}`);
      }
      const body = got.paragraphs.join('\n');
      for (const s of want.mustNotContain) hit('chrome kept out', !body.includes(s), file, `body contains ${JSON.stringify(s)}`);
      if (isChromeHeadline(got, want)) chromeHeadlines++;
    }
    const report = [
      ...Object.entries(tally).map(([k, [ok, n]]) => `${k.padEnd(16)} ${(ok / n).toFixed(2)} (${ok}/${n})`),
      `chrome headlines ${(chromeHeadlines / results.length).toFixed(3)} (${chromeHeadlines}/${results.length})`,
      ...misses,
    ].join('\n');
    console.log(report);
    for (const key of ['headline', 'kicker', 'date', 'first paragraph', 'other fields', 'chrome kept out']) {
      expect(tally[key]![0] / tally[key]![1], `${key}\n${report}`).toBeGreaterThanOrEqual(0.95);
    }
    expect(chromeHeadlines / results.length, report).toBeLessThanOrEqual(0.02);
  });
});

describe('what check lists as page chrome', () => {
  it('names every line set aside, with its place, as info that changes no exit code', async () => {
    const { readSourceFile } = await import('../../src/ingest/index.js');
    const { processSource } = await import('../../src/pipeline.js');
    const { hasErrors } = await import('../../src/messages.js');
    const processed = processSource(await readSourceFile(path.join(DIR, '010_ltn_chrome.txt')));
    const notes = processed.file.messages.filter((m) => m.ruleId === 'page-chrome');
    expect(notes.every((m) => m.fatal === undefined)).toBe(true);
    expect(hasErrors([processed.file])).toBe(false);
    const listed = notes.map((m) => `${m.line}: ${m.reason}`);
    expect(listed).toContainEqual(expect.stringMatching(/^2: set aside as page chrome \(navigation\): “即時 熱門/));
    expect(listed).toContainEqual(expect.stringMatching(/^3: set aside as page chrome \(breadcrumb\): “首頁 > 地方”/));
    expect(listed).toContainEqual(expect.stringMatching(/^6: set aside as page chrome \(caption\)/));
    expect(listed).toContainEqual(expect.stringMatching(/^9: set aside as page chrome \(share\): “不用抽/));
    // what the report keeps is not listed
    expect(listed.some((l) => l.includes('商業總會第十八屆年會昨天在臺南舉行'))).toBe(false);
  });
});
