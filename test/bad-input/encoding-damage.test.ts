// Finding 8 of issue 21: one bad byte never garbles good UTF-8. A file that is
// UTF-8 apart from a few bad bytes is read as UTF-8, decided for the whole file
// (not line by line), each bad sequence kept as U+FFFD and flagged as damaged
// text; a BOM file is never dropped for one bad byte; UTF-32 is read as UTF-32.
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeBytes, DecodeError, ingestBytes } from '../../src/ingest/index.js';
import { processSource } from '../../src/pipeline.js';
import { GOOD } from './corpus.js';

const utf8 = Buffer.from(GOOD);
const HEADLINE = GOOD.split('\n')[0]!;
const LAST = GOOD.trimEnd().split('\n').at(-1)!;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** GOOD with `bad` put after the first `at` bytes. */
const withBytes = (at: number, ...bad: number[]) => Buffer.concat([utf8.subarray(0, at), Buffer.from(bad), utf8.subarray(at)]);

function processed(bytes: Buffer, name = 'a.txt') {
  const article = processSource(ingestBytes(name, bytes), { extract: false });
  const damaged = article.file.messages.filter((m) => m.ruleId === 'damaged-text');
  return { article, record: article.record, damaged, fatal: article.file.messages.filter((m) => m.fatal === true) };
}

describe('UTF-8 with a few bad bytes', () => {
  it('a bad byte in the headline: still UTF-8, the headline whole but for one flagged character', () => {
    const { record, damaged, fatal } = processed(withBytes(6, 0xff));
    expect(record.source.encoding ?? 'UTF-8').toBe('UTF-8');
    expect(record.title).toBe(HEADLINE.slice(0, 2) + '\ufffd' + HEADLINE.slice(2));
    expect(damaged).toHaveLength(1);
    expect(damaged[0]!.place).toMatchObject({ start: { line: 1, column: 3 } });
    expect(fatal).toEqual([]);
    expect(record.paragraphs.join('\n')).toContain('省发展改革委副主任周立新主持会议');
  });

  it('bad bytes on two lines: the decision holds for the whole file, no line is read as GB18030', () => {
    const lastLine = utf8.lastIndexOf('省发展');
    const bytes = Buffer.concat([utf8.subarray(0, 3), Buffer.from([0x80]), utf8.subarray(3, lastLine), Buffer.from([0xc3]), utf8.subarray(lastLine)]);
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe('UTF-8');
    expect(decoded.mixedUtf8Lines).toBeUndefined();
    expect(decoded.text.replace(/\ufffd/g, '')).toBe(GOOD);
    expect(decoded.text.match(/\ufffd/g)).toHaveLength(2);
  });

  it('a truncated last character leaves the last paragraph readable, the stump flagged', () => {
    const cut = Buffer.from(GOOD.trimEnd());
    const { record, damaged } = processed(cut.subarray(0, cut.length - 2)); // half of 。
    expect(record.paragraphs.at(-1)).toBe(LAST.slice(0, -1) + '\ufffd');
    expect(damaged).toHaveLength(1);
  });

  it('a BOM file with one bad byte is read, never `unreadable`', () => {
    const { record, damaged, fatal } = processed(Buffer.concat([BOM, withBytes(9, 0x80)]));
    expect(fatal).toEqual([]);
    expect(record.title).toBe(HEADLINE.slice(0, 3) + '\ufffd' + HEADLINE.slice(3));
    expect(damaged).toHaveLength(1);
  });

  it('GBK and Big5 are still told from damaged UTF-8', () => {
    expect(decodeBytes(iconv.encode(GOOD, 'gbk'))).toMatchObject({ encoding: 'GB18030', text: GOOD });
    const traditional = '江西省召開電力體制改革推進會\n本報訊 2019年5月6日上午9點,江西省發展改革委在南昌召開電力體制改革推進會。\n';
    expect(decodeBytes(iconv.encode(traditional, 'big5'))).toMatchObject({ encoding: 'Big5', text: traditional });
  });
});

describe('UTF-32', () => {
  for (const encoding of ['utf32le', 'utf32be'] as const) {
    const name = encoding === 'utf32le' ? 'UTF-32LE' : 'UTF-32BE';
    const mark = encoding === 'utf32le' ? [0xff, 0xfe, 0, 0] : [0, 0, 0xfe, 0xff];
    it(`${name} with a BOM is read as ${name}, not UTF-16`, () => {
      const decoded = decodeBytes(Buffer.concat([Buffer.from(mark), iconv.encode(GOOD, encoding)]));
      expect(decoded).toMatchObject({ encoding: name, text: GOOD, guessed: false });
      expect(processed(Buffer.concat([Buffer.from(mark), iconv.encode(GOOD, encoding)])).record.title).toBe(HEADLINE);
    });
    it(`${name} without a BOM is recognised`, () => {
      expect(decodeBytes(iconv.encode(GOOD, encoding))).toMatchObject({ encoding: name, text: GOOD, guessed: true });
    });
  }
  it('a UTF-32 mark on bytes that are not UTF-32 is refused with a message naming it', () => {
    expect(() => decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), utf8]))).toThrow(DecodeError);
    expect(() => decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), utf8]))).toThrow(/UTF-32LE byte-order mark/);
  });
});
