// Properties of the figures extractor over random genre-like text and noise:
// it never throws, every mention lies inside its paragraph and is exactly the
// figure's text, and every value is a finite, non-negative number.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractFigures } from '../../src/extract/figures.js';
import { toTraditional } from '../../src/script.js';

const arabic = fc.oneof(
  fc.integer({ min: 0, max: 99_999 }).map(String),
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 999 })).map(([a, b]) => `${a}.${b}`),
  fc.integer({ min: 1000, max: 9_999_999 }).map((n) => n.toLocaleString('en-US')),
  fc.integer({ min: 0, max: 9999 }).map((n) => String(n).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))),
);
const chinese = fc.constantFrom('一', '两', '十五', '二十三', '八十', '一万二千', '一万三千', '三千五百万', '一亿零五百万', '百', '千', '万', '十', '二〇二一', '十三五', '三点五');
const qualifierBefore = fc.constantFrom('', '', '约', '近', '超过', '逾', '不到', '不足', '不少于', '签约', '最近', '百分之', '第', '共', '“', '《');
const magnitude = fc.constantFrom('', '', '万', '亿', '万亿', '千万', '千', '百', '余', '多', '余万', '万余');
const unit = fc.constantFrom('元', '人', '名', '套', '㎡', '平方米', '家', '个', '吨', '户', '项', '次', '人次', '千瓦时', '千瓦', '%', '％', '倍', '公里', '亩', '个百分点', '年', '月', '日', '时', '号', '届', '是', '家庭', '个方面', '');
const qualifierAfter = fc.constantFrom('', '', '以上', '左右', '以内', '多', '上下游', '”', '》');
const figure = fc.tuple(qualifierBefore, fc.oneof(arabic, chinese), magnitude, unit, qualifierAfter).map((parts) => parts.join(''));
const han = fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c)), maxLength: 5 });
const punct = fc.constantFrom('，', '。', '、', '；', ',', ' ', '：', '-', '×', ':', '(', ')', '“', '”', '《', '》', '\n', '😀', '\u{20000}', '\ud800');
const noise = fc.string({ unit: fc.constantFrom(...'0123456789１２.,，%％一二两三十百千万亿余多约近第元人套家个吨年月日号点分：:-—“”《》浏览阅读'.split('')), maxLength: 40 });
const paragraph = fc.array(fc.oneof(figure, han, punct, noise), { maxLength: 14 }).map((parts) => parts.join(''));
const article = fc.tuple(fc.array(paragraph, { minLength: 1, maxLength: 5 }), fc.boolean()).map(([ps, hant]) => (hant ? ps.map((p) => toTraditional(p)) : ps));

const APPROX = new Set(['more_than', 'about', 'nearly', 'less_than', null]);

describe('figures: properties', () => {
  it('never throws; every mention lies in its paragraph and is the figure text; values are finite', () => {
    fc.assert(
      fc.property(article, (paragraphs) => {
        for (const f of extractFigures(paragraphs)) {
          const { paragraph, start, end } = f.mention;
          expect(paragraph).toBeGreaterThanOrEqual(0);
          expect(paragraph).toBeLessThan(paragraphs.length);
          expect(start).toBeGreaterThanOrEqual(0);
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(paragraphs[paragraph]!.length);
          expect(paragraphs[paragraph]!.slice(start, end)).toBe(f.text);
          expect(Number.isFinite(f.value) && f.value >= 0).toBe(true);
          expect(f.unit.length).toBeGreaterThan(0);
          expect(APPROX.has(f.approx)).toBe(true);
          if (f.label !== null) expect(paragraphs[paragraph]!.slice(0, start)).toContain(f.label);
        }
      }),
      { numRuns: 3000, seed: 20240611 },
    );
  });

  it('finds a plain figure wherever it is put among other text', () => {
    fc.assert(
      fc.property(han, fc.integer({ min: 1, max: 99_999 }), fc.constantFrom('元', '人', '套', '家', '吨', '户'), (before, n, u) => {
        const text = `${before}，完成${n}${u}。`;
        const found = extractFigures([text]).filter((f) => f.text === `${n}${u}`);
        expect(found.map((f) => f.value)).toEqual([n]);
      }),
      { numRuns: 500, seed: 7 },
    );
  });

  it('is the same on the same input', () => {
    const text = ['全年完成投资9.768亿元，共80余人参会。', '再就业率达73%，新增就业岗位近3000个。'];
    expect(JSON.stringify(extractFigures(text))).toBe(JSON.stringify(extractFigures([...text])));
  });
});
