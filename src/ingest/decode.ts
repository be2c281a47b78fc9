// Turn the bytes of an article file into text, naming the encoding used.
// Order (see RESEARCH.md): BOM (UTF-32 before UTF-16, whose BOM starts
// UTF-32LE's) → UTF-32 and UTF-16 without BOM → strict UTF-8 → UTF-8 with a
// few bad bytes (utf8.ts: decided for the whole file) → lines of UTF-8 among
// legacy lines → detector candidates decoded with iconv-lite and scored by
// how little they damage.
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { decodeUtf8Lenient, isDamagedUtf8, scanUtf8 } from './utf8.js';

export type Encoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'UTF-32LE' | 'UTF-32BE' | 'GB18030' | 'Big5';

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** true when the encoding came from a detector rather than a BOM or strict UTF-8 */
  guessed: boolean;
  /** 1-based lines that were valid UTF-8 in a file otherwise in `encoding` */
  mixedUtf8Lines?: number[];
  /** bytes that were no valid UTF-8 in a UTF-8 file: each sequence is a U+FFFD in `text` */
  invalidBytes?: number;
}

export class DecodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DecodeError';
  }
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true });

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000e-\u001f]/;

function looksLikeUtf16(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  let evenZero = 0;
  let oddZero = 0;
  const n = Math.min(bytes.length, 4096);
  for (let i = 0; i + 1 < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  // ASCII-heavy UTF-16 has NULs on one side; CJK-heavy UTF-16 has none, so
  // also accept text whose decoded form is mostly CJK and never NUL.
  // Either way the decoded text must read as text: ASCII bytes paired up by
  // mistake decode to rare Han characters (`abc\0` → 扡c).
  // A zero byte on the other side is no counter-evidence: 一 (U+4E00) and 开
  // (U+5F00) have one, and 一 is the commonest Han character. Text never
  // holds U+0000 or C0 controls, which binary decoded as UTF-16 does.
  const sample = (enc: 'UTF-16LE' | 'UTF-16BE') => iconv.decode(Buffer.from(bytes.subarray(0, n)), enc);
  const readable = (text: string) => !CONTROL.test(text) && plausibleHan(text);
  if (oddZero > pairs * 0.2 && evenZero <= oddZero * 0.1 && readable(sample('UTF-16LE'))) return 'UTF-16LE';
  if (evenZero > pairs * 0.2 && oddZero <= evenZero * 0.1 && readable(sample('UTF-16BE'))) return 'UTF-16BE';
  // Without zero bytes, UTF-16 is only a guess against UTF-8: valid UTF-8
  // (all-ASCII Markdown tables pair up into one plausible Han character) is UTF-8.
  if (isUtf8(bytes)) return null;
  for (const enc of ['UTF-16LE', 'UTF-16BE'] as const) {
    const text = sample(enc);
    if (cjkShare(text) > 0.6 && readable(text)) return enc;
  }
  return null;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    utf8Strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function cjkShare(text: string): number {
  let cjk = 0;
  let total = 0;
  for (const ch of text) {
    if (/\s/.test(ch)) continue;
    total++;
    if (/[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/.test(ch)) cjk++;
  }
  return total ? cjk / total : 0;
}

/**
 * Share of Han characters that are everyday ones: GB2312 level 1 (lead byte
 * B0–D7) or Big5 frequent characters (A440–C67E). Real news text scores above
 * 0.8 in either script; random high bytes decoded as GB18030 score near 0.15,
 * because every byte pair decodes to *some* character.
 */
export function commonHanShare(text: string): number {
  let han = 0;
  let common = 0;
  for (const ch of text) {
    if (!/[\u3400-\u9fff]/.test(ch)) continue;
    if (++han > 2000) break;
    const gb = iconv.encode(ch, 'gb2312');
    if (gb.length === 2 && gb[0]! >= 0xb0 && gb[0]! <= 0xd7) {
      common++;
      continue;
    }
    const big5 = iconv.encode(ch, 'big5');
    const code = big5.length === 2 ? (big5[0]! << 8) | big5[1]! : 0;
    if (code >= 0xa440 && code <= 0xc67e) common++;
  }
  return han ? common / Math.min(han, 2000) : 1;
}

/** Real text in either script is almost all everyday characters; a short text gets more slack. */
function plausibleHan(text: string): boolean {
  const han = text.match(/[\u3400-\u9fff]/g)?.length ?? 0;
  return commonHanShare(text) >= (han >= 20 ? 0.85 : 0.75);
}

/** How badly a decoding damaged the text: replacement, private-use and C1 characters. */
export function damageScore(text: string): number {
  let bad = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff) || (c >= 0x80 && c <= 0x9f)) bad++;
  }
  return bad;
}

function hasBinaryNul(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/** Code units of UTF-32 text that are no Unicode scalar value or a C0 control but tab and line ends (a part unit at the end counts as one). */
function badUtf32Units(buf: Buffer, encoding: 'UTF-32LE' | 'UTF-32BE', stopAfter = Infinity): number {
  let bad = buf.length % 4 === 0 ? 0 : 1;
  for (let i = 0; i + 4 <= buf.length && bad <= stopAfter; i += 4) {
    const c = encoding === 'UTF-32LE' ? buf.readUInt32LE(i) : buf.readUInt32BE(i);
    if (c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff) || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d)) bad++;
  }
  return bad;
}

/** After a UTF-32 mark: decoded, a few bad units as U+FFFD (flagged as damaged text); refused when it is not UTF-32 at all. */
function decodeUtf32(buf: Buffer, encoding: 'UTF-32LE' | 'UTF-32BE'): Decoded {
  if (badUtf32Units(buf, encoding) > Math.max(3, buf.length / 400)) throw new DecodeError(`starts with a ${encoding} byte-order mark but is not ${encoding} text`);
  return { text: iconv.decode(buf, encoding).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '\ufffd'), encoding, guessed: false };
}

/** UTF-8 text, strict, or with a few bad bytes as U+FFFD (utf8.ts); null when it is neither. */
function decodeUtf8(buf: Buffer): Decoded | null {
  try {
    return { text: utf8Strict.decode(buf), encoding: 'UTF-8', guessed: false };
  } catch {
    // not strict UTF-8
  }
  const scan = scanUtf8(buf);
  if (!isDamagedUtf8(scan)) return null;
  return { text: decodeUtf8Lenient(buf), encoding: 'UTF-8', guessed: false, invalidBytes: scan.invalid };
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length >= 4 && buf[0] === 0xff && buf[1] === 0xfe && buf[2] === 0 && buf[3] === 0) return decodeUtf32(buf.subarray(4), 'UTF-32LE');
  if (buf.length >= 4 && buf[0] === 0 && buf[1] === 0 && buf[2] === 0xfe && buf[3] === 0xff) return decodeUtf32(buf.subarray(4), 'UTF-32BE');
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    // the mark says UTF-8: a bad byte is damage, never a reason to drop the article
    const utf8 = decodeUtf8(buf.subarray(3));
    if (utf8) return utf8;
    return decodeBytes(buf.subarray(3));
  }
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) {
    return { text: iconv.decode(buf.subarray(2), 'UTF-16LE'), encoding: 'UTF-16LE', guessed: false };
  }
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    return { text: iconv.decode(buf.subarray(2), 'UTF-16BE'), encoding: 'UTF-16BE', guessed: false };
  }
  // without a mark, only text that is UTF-32 throughout
  for (const utf32 of ['UTF-32LE', 'UTF-32BE'] as const) {
    if (buf.length >= 4 && badUtf32Units(buf, utf32, 0) === 0 && plausibleHan(iconv.decode(buf.subarray(0, 16384), utf32))) {
      return { text: iconv.decode(buf, utf32), encoding: utf32, guessed: true };
    }
  }
  const utf16 = looksLikeUtf16(buf);
  if (utf16) return { text: iconv.decode(buf, utf16), encoding: utf16, guessed: true };
  if (hasBinaryNul(buf)) throw new DecodeError('binary content (NUL bytes): not a text article');
  const utf8 = decodeUtf8(buf);
  if (utf8) return utf8;
  const mixed = decodeMixed(buf);
  if (mixed) return mixed;
  const candidates: Encoding[] = [];
  for (const match of chardet.analyse(buf)) {
    const name = match.name.toUpperCase();
    if (name === 'GB18030' || name === 'GBK' || name === 'GB2312') candidates.push('GB18030');
    else if (name === 'BIG5') candidates.push('Big5');
  }
  for (const fallback of ['GB18030', 'Big5'] as const) if (!candidates.includes(fallback)) candidates.push(fallback);
  let best: { text: string; encoding: Encoding; damage: number } | null = null;
  for (const encoding of candidates) {
    const text = iconv.decode(buf, encoding);
    const damage = damageScore(text);
    if (!best || damage < best.damage) best = { text, encoding, damage };
  }
  const chars = best ? [...best.text].length : 0;
  if (!best || chars === 0 || best.damage > Math.max(2, chars * 0.01) || cjkShare(best.text) < 0.05 || !plausibleHan(best.text)) {
    throw new DecodeError('cannot decode: not UTF-8, UTF-16, GB18030/GBK or Big5 text');
  }
  return { text: best.text, encoding: best.encoding, guessed: true };
}

/**
 * A file pieced together from sources in different encodings: some lines are
 * valid UTF-8 with non-ASCII text, others are not. Decode line by line.
 */
function decodeMixed(buf: Buffer): Decoded | null {
  const lines: Buffer[] = [];
  let from = 0;
  for (let i = buf.indexOf(0x0a); i !== -1; i = buf.indexOf(0x0a, from)) {
    lines.push(buf.subarray(from, i + 1));
    from = i + 1;
  }
  lines.push(buf.subarray(from));
  const utf8Lines: number[] = [];
  const legacy: Buffer[] = [];
  lines.forEach((line, i) => {
    if (!line.some((b) => b >= 0x80)) return;
    // A short run of legacy bytes can pass as UTF-8 by chance; real UTF-8 Chinese has several Han characters.
    // A line of them with a bad byte is still UTF-8 (the same test as for a whole file).
    const scan = scanUtf8(line);
    const han = scan.runs === 0 || isDamagedUtf8(scan) ? (decodeUtf8Lenient(line).match(/[\u3400-\u9fff]/g)?.length ?? 0) : 0;
    if (han >= 2) utf8Lines.push(i + 1);
    else legacy.push(line);
  });
  if (utf8Lines.length === 0 || legacy.length === 0) return null;
  const legacyBytes = Buffer.concat(legacy);
  const encoding = pickLegacy(legacyBytes);
  const utf8 = new Set(utf8Lines);
  const text = lines.map((line, i) => (utf8.has(i + 1) ? decodeUtf8Lenient(line) : iconv.decode(line, encoding))).join('');
  return { text, encoding, guessed: true, mixedUtf8Lines: utf8Lines };
}

function pickLegacy(bytes: Buffer): Encoding {
  const gb = damageScore(iconv.decode(bytes, 'GB18030'));
  const big5 = damageScore(iconv.decode(bytes, 'Big5'));
  const named = chardet.detect(bytes)?.toUpperCase();
  if (named === 'BIG5' && big5 <= gb) return 'Big5';
  return gb <= big5 ? 'GB18030' : 'Big5';
}
