// Text that went through the wrong encoding on its way to the page, and what
// can be undone of it. Two shapes of the genre:
// - UTF-8 bytes read as GBK (`涓浗` for 中国): undone by writing the run back
//   as GBK bytes and reading them as UTF-8, where that gives whole characters;
// - GBK text one byte off (`?yōu)橛猩到y(tǒng)` for 為有色系統): a byte-level
//   replace inserted `(yōu)` between the two bytes of 為, so the characters
//   after it were read a byte late; see shiftRepairs.
import iconv from 'iconv-lite';

const utf8 = new TextDecoder('utf-8', { fatal: true });

let suspects: Set<string> | null = null;
/**
 * Characters with a byte E4–E9 in their GBK form: a UTF-8 Chinese
 * character's lead byte, read as GBK, lands in the lead or the trail.
 */
function utf8LeadsAsGbk(): Set<string> {
  if (suspects) return suspects;
  suspects = new Set();
  const add = (a: number, b: number) => {
    const ch = iconv.decode(Buffer.from([a, b]), 'gbk');
    if (ch.length === 1 && ch !== '\ufffd') suspects!.add(ch);
  };
  for (let x = 0xe4; x <= 0xe9; x++) {
    for (let y = 0x40; y <= 0xfe; y++) if (y !== 0x7f) add(x, y);
    for (let y = 0x81; y <= 0xfe; y++) add(y, x);
  }
  return suspects;
}

// Chinese, kana and the marks GBK decodes UTF-8 bytes to
const MISREAD_RUN = /[\u3400-\u9fff\u3000-\u312f\u2460-\u257f\uff01-\uff5e\u2010-\u2027\u0391-\u03c9\u0401-\u0451]{4,}/g;

/** Runs that are UTF-8 read as GBK, with the text they were where the bytes are all there. */
export function utf8ReadAsGbk(text: string): Array<{ start: number; end: number; original: string | null }> {
  const set = utf8LeadsAsGbk();
  const out: Array<{ start: number; end: number; original: string | null }> = [];
  MISREAD_RUN.lastIndex = 0;
  for (let m = MISREAD_RUN.exec(text); m; m = MISREAD_RUN.exec(text)) {
    // the stretch where most characters carry such a byte; ordinary text has few of them
    const chars = [...m[0]];
    let best: [number, number] | null = null;
    let from = -1;
    let hits = 0;
    for (let i = 0; i <= chars.length; i++) {
      const suspect = i < chars.length && set.has(chars[i]!);
      if (suspect) {
        if (from < 0) (from = i), (hits = 0);
        hits++;
        continue;
      }
      // allow one ordinary character inside the stretch
      if (from >= 0 && i < chars.length && set.has(chars[i + 1] ?? '')) continue;
      if (from >= 0 && hits >= 4 && hits * 2 >= i - from && (!best || i - from > best[1] - best[0])) best = [from, i];
      from = -1;
    }
    if (!best) continue;
    // the stretch may leave out a character at either end whose bytes it needs
    let [a, b] = best;
    let original: string | null = null;
    for (const [dl, dr] of [[0, 0], [0, 1], [1, 0], [1, 1]] as const) {
      const from = Math.max(0, best[0] - dl);
      const to = Math.min(chars.length, best[1] + dr);
      try {
        const decoded = utf8.decode(iconv.encode(chars.slice(from, to).join(''), 'gbk'));
        if (/^[\u3400-\u9fff\u3000-\u303f\uff01-\uff5e\u2018-\u201d]+$/.test(decoded)) {
          [a, b, original] = [from, to, decoded];
          break;
        }
      } catch {
        // not whole UTF-8 this way: bytes were lost, or the stretch is cut wrong
      }
    }
    const start = m.index + chars.slice(0, a).join('').length;
    const run = chars.slice(a, b).join('');
    out.push({ start, end: start + run.length, original });
  }
  return out;
}

// ---------------------------------------------------------------- GBK one byte off

const pairs = new Map<number, string | null>();
/** The Chinese character two GBK bytes spell, or null. */
function gbkChar(b: [number, number]): string | null {
  const key = (b[0] << 8) | b[1];
  let ch = pairs.get(key);
  if (ch === undefined) {
    const s = iconv.decode(Buffer.from(b), 'gbk');
    ch = s.length === 1 && /[\u3400-\u9fff]/.test(s) ? s : null;
    pairs.set(key, ch);
  }
  return ch;
}

/** Decode GBK bytes; null unless every pair is a Chinese character. */
function decodeAll(bytes: number[]): string | null {
  if (bytes.length % 2 !== 0) return null;
  let out = '';
  for (let i = 0; i < bytes.length; i += 2) {
    const ch = gbkChar([bytes[i]!, bytes[i + 1]!]);
    if (!ch) return null;
    out += ch;
  }
  return out;
}

const LOST_PAIRS: Array<[number, number]> = [];
for (const hi of [0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf, 0xf8, 0xf9, 0xfa, 0xfb, 0xfc, 0xfd, 0xfe]) for (let lo = 0xa1; lo <= 0xfe; lo++) LOST_PAIRS.push([hi, lo]);
for (let hi = 0xa1; hi <= 0xa7; hi++) for (let lo = 0x81; lo <= 0xa0; lo++) LOST_PAIRS.push([hi, lo]);

export interface ShiftedSpan {
  /** the span in the text: `?yōu)橛猩到y(tǒng)` */
  start: number;
  end: number;
  /** the character before it, whose last byte began the misread */
  before: string;
  /** the annotation's reading (`yōu`) */
  reading: string;
  /** the misread characters and the ASCII letter where the decoder caught up (`橛猩到`, `y`) */
  garbled: string;
  resync: string;
}

/**
 * The candidates for what a one-byte-off span was: the lost lead byte is
 * the one that, after the last byte of the character before, spells a
 * character read as the annotation says; the misread run then decodes a byte
 * earlier. Decoders drop a pair they cannot map (user-defined GBK rows), so a
 * candidate may put back one such pair.
 */
export function shiftCandidates(span: ShiftedSpan, readingOf: (ch: string, reading: string) => boolean): string[] {
  const prev = iconv.encode(span.before, 'gbk');
  if (prev.length !== 2) return [];
  const trail = prev[1]!;
  const leads: number[] = [];
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    const ch = gbkChar([trail, lead]);
    if (ch && readingOf(ch, span.reading)) leads.push(lead);
  }
  const tail = [...iconv.encode(span.garbled + span.resync, 'gbk')];
  const out = new Set<string>();
  for (const lead of leads) {
    const plain = decodeAll([lead, ...tail]);
    if (plain) out.add(plain);
    // one lost pair, between two misread characters: a trail byte and the next lead that
    // together fall in a user-defined GBK row (AAA1–AFFE, F8A1–FEFE, A140–A7A0)
    for (let at = 0; at < tail.length; at += 2) {
      for (const [hi, lo] of LOST_PAIRS) {
        const decoded = decodeAll([lead, ...tail.slice(0, at), hi, lo, ...tail.slice(at)]);
        if (decoded) out.add(decoded);
      }
    }
  }
  return [...out];
}
