// Damaged text in the shapes real pages give it, and the repairs that can
// be undone: flagged always, repaired only where the article itself
// supports one reading. The garbled examples are made here from invented
// sentences by the mechanism that made the real ones.
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { findDamagedText, normalizeText, proposeRepairs } from '../../src/normalize/index.js';

/**
 * A byte-level replace on GBK text that is not multi-byte aware: it finds the
 * character spelt by the trail byte of one character and the lead byte of
 * the next, inserts its reading in brackets there, and a decoder then turns
 * the broken pair into `?` (eating the `(`), drops pairs it cannot map, and
 * reads on a byte late until an ASCII trail byte puts it right.
 */
function shiftAt(text: string, after: string, reading: string): string {
  const bytes = [...iconv.encode(text, 'gbk')];
  const at = [...iconv.encode(text.slice(0, text.indexOf(after) + after.length), 'gbk')].length;
  const damaged = [...bytes.slice(0, at + 1), ...iconv.encode(`(${reading})`, 'gbk'), ...bytes.slice(at + 1)];
  let out = '';
  for (let i = 0; i < damaged.length; ) {
    const b = damaged[i]!;
    if (b < 0x80) {
      out += String.fromCharCode(b);
      i++;
      continue;
    }
    const t = damaged[i + 1] ?? 0;
    if (t < 0x40 || t === 0x7f || t === 0xff) {
      out += '?';
      i += 2;
      continue;
    }
    const ch = iconv.decode(Buffer.from([b, t]), 'gbk');
    if (ch.length === 1 && ch !== '\ufffd' && !/[\ue000-\uf8ff]/.test(ch)) out += ch;
    i += 2;
  }
  return out;
}

describe('damaged text', () => {
  it('flags a stray ? wherever it touches Chinese text, a digit or a Chinese mark, and leaves questions and URLs', () => {
    const kinds = (s: string) => findDamagedText(s).map((d) => d.text);
    expect(kinds('全市?家企業')).toEqual(['?']);
    expect(kinds('“5 ?12”地震')).toEqual(['?']);
    expect(kinds('?加強組織領導')).toEqual(['?']);
    expect(kinds('會議??茘u公司')).toEqual(['??']);
    expect(kinds('你們去了嗎?我們去了。是否可行?再議。')).toEqual([]);
    expect(kinds('詳見 http://example.com/a.php?id=12 頁面')).toEqual([]);
  });

  it('flags text decoded in the wrong encoding', () => {
    const utf8AsGbk = iconv.decode(Buffer.from('全面從嚴治黨', 'utf8'), 'gbk');
    expect(findDamagedText(`要${utf8AsGbk}，推進`).map((d) => d.kind)).toEqual(['wrong-encoding']);
    expect(findDamagedText('會議ä¸­å›½召開').map((d) => d.kind)).toEqual(['wrong-encoding']);
    expect(findDamagedText('標題锟斤拷锟斤拷正文').map((d) => d.kind)).toEqual(['wrong-encoding']);
    // ordinary text of either script is never taken for it
    expect(findDamagedText('省國資委召開國有企業改革推進會，部署下一階段工作。').length).toBe(0);
  });
});

describe('repairs', () => {
  const article = (damagedSentence: string) =>
    [
      '協會堅持服務有色行業發展大局。',
      damagedSentence,
      '協會將推動企業轉變為以創新驅動為主的增長模式，走綠色發展之路。',
    ].join('\n');

  it('undoes GBK text one byte off where the article supports one reading, as a correction with a note', () => {
    const garbled = shiftAt('推動有色行業轉變為綠色發展方式。', '轉變', 'yōu');
    expect(garbled).toContain('?yōu)');
    const n = normalizeText(article(garbled));
    expect(n.damaged.map((d) => d.kind)).toEqual(['mojibake']);
    expect(n.repairs).toHaveLength(1);
    expect(n.repairs[0]!.replace).toBe('變為綠');
    expect(n.repairs[0]!.note).toMatch(/轉碼錯位/);
  });

  it('puts back a pair the decoder dropped when the article names the words', () => {
    const garbled = shiftAt('堅持服務有色行業轉變為有色行業服務的作風。', '轉變', 'yōu');
    const n = normalizeText(article(garbled));
    expect(n.repairs.map((r) => r.replace)).toEqual(['變為有色行業']);
  });

  it('only flags where the article gives no evidence', () => {
    const garbled = shiftAt('推動轉變為蠶繭絲綢產業。', '轉變', 'yōu');
    const n = normalizeText(garbled);
    expect(n.damaged.length).toBeGreaterThan(0);
    expect(n.repairs).toEqual([]);
  });

  it('repairs UTF-8 read as GBK when its bytes are whole', () => {
    const text = `要${iconv.decode(Buffer.from('全面從嚴治黨', 'utf8'), 'gbk')}，推進改革。`;
    const repairs = proposeRepairs(text, findDamagedText(text));
    expect(repairs.map((r) => r.replace)).toEqual(['全面從嚴治黨']);
  });
});
