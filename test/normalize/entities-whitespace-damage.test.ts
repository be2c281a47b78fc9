import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { decodeHtmlEntities, decodeDamagedEntities, unifyWhitespace, findDamagedText, normalizeText, OffsetMap, lineColumn } from '../../src/normalize/index.js';

describe('decodeHtmlEntities', () => {
  it('decodes named, numeric and damaged entities', () => {
    expect(decodeHtmlEntities('&ldquo;共同&rdquo; &#21452; &#x53CC; ?ldquo;維穩?rdquo;').text).toBe('“共同” 双 双 “維穩”');
  });
  it('leaves text that only looks like an entity', () => {
    expect(decodeHtmlEntities('問題?是否;&nosuchthing; ?#12;').text).toBe('問題?是否;&nosuchthing; ?#12;');
  });
  it('in Markdown decodes only the damaged form', () => {
    expect(decodeDamagedEntities('&amp; ?ldquo;').text).toBe('&amp; “');
  });
});

describe('unifyWhitespace', () => {
  it('unifies line ends, drops invisible characters, keeps punctuation', () => {
    expect(unifyWhitespace('第一段,好。 \r\n第二\u200b段\u3000\r第三段\u0007').text).toBe('第一段,好。\n第二段\n第三段');
  });
});

describe('findDamagedText', () => {
  it('finds the broken re-encoding spans of seed 003 and keeps them in the text', () => {
    const n = normalizeText(readFileSync('seeds/003_7367aa27400e94e4.txt', 'utf8'));
    expect(n.damaged.map((d) => d.text)).toEqual(['?yōu)橛猩到y(tǒng)', '?yōu)']);
    expect(n.text).toContain('轉變?yōu)橛猩到y(tǒng)');
    expect(n.text).not.toContain('?ldquo;');
  });
  it('flags a stray ? between Han characters and U+FFFD', () => {
    const spans = findDamagedText('有色?系統,壞\ufffd字');
    expect(spans.map((s) => s.kind)).toEqual(['stray-question-mark', 'replacement-character']);
    // a run of lost characters, ASCII and full-width marks mixed
    expect(findDamagedText('研究了?？？事項').map((s) => s.text)).toEqual(['?？？']);
  });
  it('does not flag a question in Chinese text', () => {
    expect(findDamagedText('怎么办呢?我们')).toHaveLength(0);
    expect(findDamagedText('是否可行？我们')).toHaveLength(0);
    expect(findDamagedText('怎么办?')).toHaveLength(0);
  });
});

describe('offset map', () => {
  it('maps clean offsets back to the source through every step', () => {
    const source = '標題\r\n省國資委副主任,社區(qū)管理&ldquo;好&rdquo;。';
    const n = normalizeText(source);
    const at = n.text.indexOf('管理');
    expect(source.slice(n.map.toSource(at), n.map.toSource(at) + 2)).toBe('管理');
    const hao = n.text.indexOf('好');
    expect(source[n.map.toSource(hao)]).toBe('好');
    expect(lineColumn(source, n.map.toSource(at))).toEqual({ line: 2, column: source.split('\n')[1]!.indexOf('管理') + 1 });
  });
  it('is the identity without changes', () => {
    expect(new OffsetMap().toSource(17)).toBe(17);
  });
  it('normalization is idempotent', () => {
    const once = normalizeText(readFileSync('seeds/003_7367aa27400e94e4.txt', 'utf8')).text;
    expect(normalizeText(once).text).toBe(once);
  });
});
