// Property tests over generated genre text (fast-check): normalize, parse,
// extract and the whole per-article pipeline never throw and keep their
// promises. 11,500 cases in all; fixed seeds so a failure reproduces.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeText } from '../../src/normalize/index.js';
import { parseArticle } from '../../src/parse/index.js';
import { extractRecords } from '../../src/extract/index.js';
import { processJob } from '../../src/workers/wire.js';
import { renderBody } from '../../src/render/body.js';
import { parseFragment } from 'parse5';
import { PAYLOADS } from '../security/payloads.js';

// ------------------------------------------------------------ generators

const han = fc.constantFrom(...'省市县委会议召开主持讲话强调发展改革电力体制推进工作安全生产集团公司有限责任局厅长副主任书记区国务院報導會議開發區一开中不了在是和'.split(''));
const annotated = fc.constantFrom('區(qū)', '國(guo)(guo)務院', '发(fā)展', '长(zhǎng)', '会(huì)议', '行(háng)(xíng)', '(送審稿)', '(2019)', '（彼 岸）', '重(chóng)');
const punctuation = fc.constantFrom(...'，。、“”‘’（）《》：；！？…—·,.;:!?()[]'.split(''));
const digits = fc.stringMatching(/^[0-9]{1,4}$/);
const entity = fc.constantFrom('?ldquo;', '?rdquo;', '&ldquo;', '&amp;', '&amp;lt;', '&nbsp;', '&#x4e2d;', '&#20013;', '?#12;', '&bogus;', '?mdash;', '&lt;script&gt;', '?', '??', '\ufffd');
const blank = fc.constantFrom(' ', '\t', '\u3000', '\u00a0', '\r\n', '\r', '\n', '\n\n');
const odd = fc.constantFrom('\u200b', '\u202e', '\u2066', '\ufeff', '\u0007', '\u0000', '🎉', '👨‍👩‍👧', '\ud800', '\udc00', 'é', 'e\u0301');
const markdown = fc.constantFrom('# ', '## ', '- ', '> ', '* ', '1. ', '**', '_', '`', '[', '](', ')', '<', '>', '---', '```', '![', '<br>', '<script>', '[x](javascript:a)');
const metadataLine = fc
  .tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 32 }), fc.integer({ min: 0, max: 99999 }))
  .map(([y, m, d, v]) => `\n${y}年${m}月${d}日 11:21 ${v}次瀏覽 來源: 有色報 分類: 重點新聞 作者: 張燎原\n`);
const furniture = fc.constantFrom('\n本报讯 ', '\n又讯 ', '\n(彼 岸)\n', '\n責任編輯:王五\n', '\n版权所有 ©2019\n', '\n【打印】【关闭】\n', '\n图为会议现场。\n', '\n5月6日上午9点,', '\n2月30日,', '\n13月2日');
const frontMatter = fc
  .tuple(fc.constantFrom('title', 'date', 'slug', 'authors', 'publication', 'bogus'), fc.constantFrom('x', '"unclosed', '2019-02-30', '[a, b', '../../x', '中文', ': :', '2020-01-01'))
  .map(([k, v]) => `---\n${k}: ${v}\n---\n`);

const token = fc.oneof(
  { weight: 12, arbitrary: han },
  { weight: 3, arbitrary: annotated },
  { weight: 4, arbitrary: punctuation },
  { weight: 2, arbitrary: digits },
  { weight: 2, arbitrary: entity },
  { weight: 3, arbitrary: blank },
  { weight: 1, arbitrary: odd },
  { weight: 1, arbitrary: metadataLine },
  { weight: 1, arbitrary: furniture },
);
const genreText = fc.array(token, { maxLength: 120 }).map((t) => t.join(''));
const markdownText = fc
  .tuple(fc.option(frontMatter, { nil: '' }), fc.array(fc.oneof({ weight: 4, arbitrary: token }, { weight: 2, arbitrary: markdown }), { maxLength: 120 }))
  .map(([fm, t]) => fm + t.join(''));

// FUZZ_SEED and FUZZ_SCALE explore further from a shell (e.g. FUZZ_SEED=5 FUZZ_SCALE=10); CI runs the defaults.
const SEED = Number(process.env.FUZZ_SEED ?? 0);
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const RUNS = { normalize: 3000 * SCALE, parse: 3000 * SCALE, extract: 3000 * SCALE, pipeline: 1500 * SCALE, body: 1000 * SCALE };

// ------------------------------------------------------------ properties

describe('fuzzing the stages', () => {
  it(`normalize never throws, is idempotent, and maps every offset into the source (${RUNS.normalize} cases)`, () => {
    fc.assert(
      fc.property(fc.oneof(genreText, markdownText), fc.boolean(), (source, md) => {
        const once = normalizeText(source, { markdown: md });
        const twice = normalizeText(once.text, { markdown: md });
        expect(twice.text).toBe(once.text);
        let previous = 0;
        for (let o = 0; o <= once.text.length; o++) {
          const s = once.map.toSource(o);
          expect(s).toBeGreaterThanOrEqual(previous);
          expect(s).toBeLessThanOrEqual(source.length);
          previous = s;
        }
        for (const d of once.damaged) {
          expect(d.start).toBeGreaterThanOrEqual(0);
          expect(d.end).toBeLessThanOrEqual(once.text.length);
        }
      }),
      { numRuns: RUNS.normalize, seed: 7011 + SEED },
    );
  });

  it(`parse never throws; paragraphs are non-empty text inside the input (${RUNS.parse} cases)`, () => {
    fc.assert(
      fc.property(fc.oneof(genreText.map((t) => ['txt', t] as const), markdownText.map((t) => ['md', t] as const)), ([format, source]) => {
        const text = normalizeText(source, { markdown: format === 'md' }).text;
        const parsed = parseArticle(text, { format });
        for (const p of parsed.paragraphs) {
          expect(typeof p).toBe('string');
          expect(p.trim()).not.toBe('');
        }
        expect(parsed.paragraphSpans).toHaveLength(parsed.paragraphs.length);
        for (const s of parsed.paragraphSpans) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(text.length);
        }
        for (const r of parsed.reportStarts) expect(r === 0 || r < parsed.paragraphs.length).toBe(true);
        expect(typeof parsed.title).toBe('string');
      }),
      { numRuns: RUNS.parse, seed: 7021 + SEED },
    );
  });

  it(`extract never throws and every mention lies inside its paragraph (${RUNS.extract} cases)`, () => {
    const paragraphs = fc.array(
      genreText.map((t) => t.replace(/\s+/g, '')).filter((t) => t.length > 0),
      { minLength: 1, maxLength: 6 },
    );
    fc.assert(
      fc.property(paragraphs, fc.constantFrom('Hans', 'Hant') as fc.Arbitrary<'Hans' | 'Hant'>, fc.constantFrom(null, '2019-05-06', '--05-06'), (ps, script, date) => {
        const r = extractRecords({ paragraphs: ps, reportStarts: [0], date, script, title: null });
        const mentions = [
          ...r.officials.flatMap((o) => o.mentions),
          ...r.organisations.flatMap((o) => o.mentions),
          ...r.meetings.map((m) => m.mention),
          ...r.figures.map((f) => f.mention),
          ...r.statements.map((s) => s.mention),
        ];
        for (const m of mentions) {
          expect(m.paragraph).toBeGreaterThanOrEqual(0);
          expect(m.paragraph).toBeLessThan(ps.length);
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(ps[m.paragraph]!.length);
        }
      }),
      { numRuns: RUNS.extract, seed: 7031 + SEED },
    );
  });

  it(`the whole per-article pipeline turns any bytes into an article or a message, never a crash (${RUNS.pipeline} cases)`, () => {
    const bytes = fc.oneof(
      genreText.map((t) => Buffer.from(t)),
      markdownText.map((t) => Buffer.from(t)),
      fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b)),
    );
    fc.assert(
      fc.property(bytes, fc.constantFrom('a.txt', 'a.md'), (b, name) => {
        const wire = processJob({ index: 0, path: name, bytes: b, corrections: null });
        const crashes = wire.messages.filter((m) => m.code === 'unreadable');
        expect(crashes).toEqual([]);
        if (wire.article) for (const p of wire.article.record.paragraphs) expect(p.trim()).not.toBe('');
      }),
      { numRuns: RUNS.pipeline, seed: 7041 + SEED },
    );
  });
});

describe('fuzzing the body from Markdown to HTML', () => {
  interface Node { tagName?: string; attrs?: Array<{ name: string; value: string }>; childNodes?: Node[] }
  const walk = (n: Node, out: Node[] = []): Node[] => {
    if (n.tagName) out.push(n);
    for (const c of n.childNodes ?? []) walk(c, out);
    return out;
  };
  const hostile = fc.array(fc.oneof({ weight: 3, arbitrary: token }, { weight: 2, arbitrary: markdown }, { weight: 2, arbitrary: fc.constantFrom(...PAYLOADS) }), { maxLength: 60 }).map((t) => t.join(''));

  it(`Markdown mixed with injection vectors renders without a script, handler, style or dangerous URL (${RUNS.body} cases)`, () => {
    fc.assert(
      fc.property(hostile, (source) => {
        const wire = processJob({ index: 0, path: 'a.md', bytes: Buffer.from(source), corrections: null }, { extract: false });
        if (!wire.article) return;
        const { html } = renderBody(wire.article.body, wire.article.record.paragraphs);
        for (const el of walk(parseFragment(html) as unknown as Node)) {
          expect(['script', 'style', 'iframe', 'object', 'embed', 'svg', 'math', 'form', 'base', 'meta', 'link']).not.toContain(el.tagName);
          for (const a of el.attrs ?? []) {
            expect(a.name).not.toMatch(/^on|^style$/i);
            if (a.name === 'href' || a.name === 'src') expect(a.value).not.toMatch(/^\s*(?:javascript|data|vbscript):/i);
          }
        }
      }),
      { numRuns: RUNS.body, seed: 7051 + SEED },
    );
  });
});

describe('cases the fuzzer found, kept as examples', () => {
  it.each([
    ['&nbsp;', false, ''], // NBSP from an entity at a line end is trimmed like any blank
    ['\n本报讯 \u200b', false, '\n本报讯'], // a blank before a zero-width space at a line end
    ['&amp;ldquo;会议&amp;amp;rdquo;', false, '“会议”'], // escaped twice (or thrice) by a scraper
    ['&#21312;(qū)域', false, '區域'], // an entity that decodes to a character with its pinyin after it
    ['?nbsp;', true, ''],
  ])('normalize(%j) = %j, and again gives the same', (source, markdown, expected) => {
    const once = normalizeText(source, { markdown }).text;
    expect(once).toBe(expected);
    expect(normalizeText(once, { markdown }).text).toBe(once);
  });

  it('a line that is only a dateline opener is no paragraph; a report of only a sign-off is none', () => {
    expect(parseArticle('\n本报讯 ', { format: 'txt' }).paragraphs).toEqual([]);
    expect(parseArticle('标题\n本报讯\n正文一。\n又讯\n正文二。', { format: 'txt' })).toMatchObject({ paragraphs: ['正文一。', '正文二。'], reportStarts: [0, 1] });
    const signOff = parseArticle('\n1990年1月2日 11:21 0次瀏覽 來源: 有色報\n省\n又讯 （彼 岸）', { format: 'txt' });
    expect(signOff.paragraphs).toEqual(['省']);
    expect(signOff.reportStarts).toEqual([0]);
    expect(parseArticle('\n本报讯 ', { format: 'md' }).paragraphs).toEqual(['本报讯']);
  });
});
