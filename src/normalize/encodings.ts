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
/** Characters whose GBK lead byte is E4–E9: a UTF-8 Chinese character's lead byte read as GBK. */
function utf8LeadsAsGbk(): Set<string> {
  if (suspects) return suspects;
  suspects = new Set();
  for (let lead = 0xe4; lead <= 0xe9; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = iconv.decode(Buffer.from([lead, trail]), 'gbk');
      if (ch.length === 1 && ch !== '\ufffd') suspects.add(ch);
    }
  }
  return suspects;
}

const HAN_RUN = /[\u3400-\u9fff\u3000-\u303f\uff01-\uff5e]{4,}/g;

/** Runs that are UTF-8 read as GBK, with the text they were. */
export function utf8ReadAsGbk(text: string): Array<{ start: number; end: number; original: string }> {
  const set = utf8LeadsAsGbk();
  const out: Array<{ start: number; end: number; original: string }> = [];
  HAN_RUN.lastIndex = 0;
  for (let m = HAN_RUN.exec(text); m; m = HAN_RUN.exec(text)) {
    let hits = 0;
    for (const ch of m[0]) if (set.has(ch)) hits++;
    // one UTF-8 lead byte in three lands as a GBK lead: ordinary text seldom has these rare characters
    if (hits < 3 || hits * 4 < m[0].length) continue;
    const bytes = iconv.encode(m[0], 'gbk');
    for (let cut = 0; cut <= 2; cut++) {
      try {
        const original = utf8.decode(bytes.subarray(0, bytes.length - cut));
        if (/^[\u3400-\u9fff\u3000-\u303f\uff01-\uff5e\u2018-\u201d]+$/.test(original)) {
          out.push({ start: m.index, end: m.index + m[0].length, original });
          break;
        }
      } catch {
        // not UTF-8 with this ending: try one byte less
      }
    }
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
