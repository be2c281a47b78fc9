import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import { decodeBytes, ingestBytes, DecodeError } from '../../src/ingest/index.js';
import { normalizeText } from '../../src/normalize/index.js';
import { parseArticle } from '../../src/parse/index.js';

const SEEDS = ['seeds/000_7c941060955f54b6.txt', 'seeds/003_7367aa27400e94e4.txt'];
const paragraphsOf = (text: string) => parseArticle(normalizeText(text).text, { format: 'txt' }).paragraphs;

describe('decodeBytes', () => {
  for (const seed of SEEDS) {
    const utf8 = readFileSync(seed, 'utf8');
    const expected = paragraphsOf(utf8);
    for (const [encoding, name] of [
      ['gbk', 'GB18030'],
      ['big5', 'Big5'],
      ['utf16le', 'UTF-16LE'],
      ['utf16be', 'UTF-16BE'],
    ] as const) {
      it(`${seed} in ${encoding} gives the same paragraphs as UTF-8`, () => {
        const decoded = decodeBytes(iconv.encode(utf8, encoding));
        expect(decoded.encoding).toBe(name);
        expect(paragraphsOf(decoded.text)).toEqual(expected);
      });
    }
    it(`${seed} with a UTF-8 BOM or UTF-16 BOM decodes exactly`, () => {
      expect(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(utf8)])).text).toBe(utf8);
      expect(decodeBytes(iconv.encode(utf8, 'utf16le', { addBOM: true })).text).toBe(utf8);
    });
  }

  it('names the encoding and whether it was guessed', () => {
    const src = ingestBytes('a/b.txt', Buffer.from('省國資委副主任', 'utf8'));
    expect(src).toMatchObject({ path: 'a/b.txt', format: 'txt', encoding: 'UTF-8', encodingGuessed: false });
    expect(src.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('rejects binary and undecodable bytes with a clear error', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(() => decodeBytes(png)).toThrow(DecodeError);
    const noise = Buffer.from(Array.from({ length: 400 }, (_, i) => 0x80 + ((i * 37) % 0x7f)));
    expect(() => decodeBytes(noise)).toThrow(/cannot decode/);
  });
});
