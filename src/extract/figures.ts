// Figures: a number (Arabic or Chinese numerals, with 万/亿 magnitudes), a
// unit from the lexicon, and the qualifiers around them (约, 近, 余, 以上 …).
// Values are absolute (9.768亿元 → 976800000 元). Dates, times, years,
// phone numbers, ordinals (第五届) and list markers (一要, 二是) are not
// figures: they never meet a unit, or are skipped where they would.
import type { Approx, Figure } from '../types.js';
import { foldSameLength } from './fold.js';
import { parseChineseNumber } from './numerals.js';
import { FIGURE_UNITS, FIGURE_UNITS_AFTER_CHINESE } from './lexicon.js';

const ARABIC = '\\d+(?:[,，]\\d{3})*(?:\\.\\d+)?';
const CHINESE = '[零〇一二两三四五六七八九十百千万亿]+';
// qualifier before · number · 余/多 · magnitude · unit · qualifier after
const FIGURE = new RegExp(
  `(约|近|共约|不到|不足|不少于|超过|逾|大约)?(${ARABIC}|${CHINESE})(余|多)?(万亿|万|亿|千(?![瓦伏米克])|百(?![分]))?(余|多)?`,
  'g',
);
const AFTER = /^(以上|左右|以下|多)/;

const BEFORE_APPROX: Record<string, Approx> = { 约: 'about', 共约: 'about', 大约: 'about', 近: 'nearly', 不到: 'less_than', 不足: 'less_than', 不少于: 'more_than', 超过: 'more_than', 逾: 'more_than' };
const AFTER_APPROX: Record<string, Approx> = { 以上: 'more_than', 左右: 'about', 以下: 'less_than', 多: 'more_than' };
const MAGNITUDE: Record<string, number> = { 万: 1e4, 亿: 1e8, 万亿: 1e12, 千: 1e3, 百: 1e2 };
// words that after a number make it a date, time, ordinal or list marker
const NOT_A_FIGURE_AFTER = /^(年|月|日|号|时|点|分(?!钟)|秒|是|要|方面|把手|级|届|期间|季度|五|大|中全会|线|路|楼|层|环|号线|批次)/;
const LABEL_VERB = /(达到|达|为|是|增长|下降|提高|降低|超过|完成|实现|累计|新增|减少|共计|共有|共|约|近|突破|占|同比增长|同比下降)$/;

const approxOf = (before: string | undefined, after: string | undefined, more: string | undefined): Approx =>
  (more ? 'more_than' : null) ?? (after ? AFTER_APPROX[after]! : null) ?? (before ? BEFORE_APPROX[before]! : null);

function parseFigureNumber(text: string): number | null {
  if (/^[\d,，.]+$/.test(text)) {
    const n = Number(text.replace(/[,，]/g, ''));
    return Number.isFinite(n) ? n : null;
  }
  return parseChineseNumber(text);
}

/** The words naming what is counted, before the figure in its clause (再就业率达73% → 再就业率). */
function labelBefore(folded: string, original: string, start: number): string | null {
  let s = start;
  while (s > 0 && !/[，,。；;：:、（）()\s“”]/.test(folded[s - 1]!) && start - s < 24) s--;
  const clause = folded.slice(s, start);
  const verb = LABEL_VERB.exec(clause);
  if (!verb) return null;
  const words = clause.slice(0, verb.index).replace(/^(其中|全年|今年|去年|目前|截至[^，,]*|同比|累计|已|全市|全省)+/, '');
  // the noun phrase after the last function word (…将在广州投资 → nothing; 利润总额 → 利润总额)
  const cut = Math.max(...[...'在将要对把从向「」『』的'].map((c) => words.lastIndexOf(c)));
  const phrase = words.slice(cut + 1);
  if (phrase.length < 2 || /\d/.test(phrase)) return null;
  const from = s + (clause.slice(0, verb.index).length - phrase.length);
  return original.slice(from, from + Math.min(phrase.length, 12));
}

export function extractFigures(paragraphs: readonly string[]): Figure[] {
  const out: Figure[] = [];
  paragraphs.forEach((original, paragraph) => {
    const text = foldSameLength(original).replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/％/g, '%');
    FIGURE.lastIndex = 0;
    for (let m = FIGURE.exec(text); m; m = FIGURE.exec(text)) {
      const [whole, before, digits, moreBefore, magnitude, moreAfter] = m;
      const more = moreBefore ?? moreAfter;
      const start = m.index;
      const numberStart = start + (before?.length ?? 0);
      let end = start + whole.length;
      const chinese = !/^\d/.test(digits!);
      const prev = text[numberStart - 1] ?? '';
      // inside a longer token, an ordinal (第五), or a code (净网2019)
      if (/[\d.A-Za-z第]/.test(prev) && !before) continue;
      if (chinese && !isStandaloneChinese(digits!, text, numberStart)) continue;
      const unit = (chinese ? FIGURE_UNITS_AFTER_CHINESE : FIGURE_UNITS).matchAt(text, end);
      if (!unit) continue;
      const unitText = unit;
      if (NOT_A_FIGURE_AFTER.test(text.slice(end))) continue;
      // phone numbers and years are never followed by a unit we know, but 2019年 may be read as …
      if (!chinese && /^\d{4}$/.test(digits!) && unitText === '年') continue;
      let value = parseFigureNumber(digits!);
      if (value === null) continue;
      if (magnitude) value *= MAGNITUDE[magnitude]!;
      end += unitText.length;
      const after = AFTER.exec(text.slice(end))?.[1];
      if (after) end += after.length;
      // 5000万吨左右 / 98%以上; 万千瓦: the magnitude belongs to the value, the unit is 千瓦
      value = Math.round(value * 1e6) / 1e6;
      out.push({
        text: original.slice(start, end),
        value,
        unit: original.slice(end - unitText.length - (after?.length ?? 0), end - (after?.length ?? 0)),
        approx: approxOf(before, after, more),
        label: labelBefore(text, original, start),
        mention: { paragraph, start, end },
      });
      FIGURE.lastIndex = end;
    }
  });
  return out;
}

/**
 * A Chinese numeral counts only where it stands alone: not 一 on its own
 * (一项工作 is "a task"), not the start of a word (十三五, 一把手, 二氧化硫
 * never reach a unit), not a magnitude alone (万 is also a surname).
 */
function isStandaloneChinese(digits: string, text: string, at: number): boolean {
  if (/^[万亿千百]/.test(digits)) return false;
  if (digits === '一' || digits === '零' || digits === '〇') return false;
  const prev = text[at - 1] ?? '';
  // 十五家 yes; 第十五 / 二十三五 no
  if (/[第初每]/.test(prev)) return false;
  return true;
}
