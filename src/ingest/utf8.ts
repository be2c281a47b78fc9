// UTF-8 with a few bad bytes is still UTF-8: the bytes are scanned once, the
// invalid sequences counted and grouped into runs, and a file whose damage is
// a few short runs among real UTF-8 characters is decoded as UTF-8, each bad
// sequence a U+FFFD (which normalize flags as damaged text). A file in GBK or
// Big5 read this way has runs of invalid bytes as long as its phrases and
// almost no valid multi-byte sequence, so the two never meet.

export interface Utf8Scan {
  /** valid multi-byte sequences (non-ASCII characters) */
  valid: number;
  /** bytes not part of a valid sequence */
  invalid: number;
  /** maximal runs of adjacent invalid bytes */
  runs: number;
  /** bytes in the longest run */
  longestRun: number;
}

/** Length of the valid UTF-8 sequence at i, or 0 (the ranges of RFC 3629 / WHATWG). */
function sequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  const n = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  if (n === 0 || i + n > bytes.length) return 0;
  const second = bytes[i + 1]!;
  const [lo, hi] = b === 0xe0 ? [0xa0, 0xbf] : b === 0xed ? [0x80, 0x9f] : b === 0xf0 ? [0x90, 0xbf] : b === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
  if (second < lo || second > hi) return 0;
  for (let k = 2; k < n; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return 0;
  return n;
}

export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let valid = 0;
  let invalid = 0;
  let runs = 0;
  let longestRun = 0;
  let run = 0;
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i]! < 0x80) {
      run = 0;
      i++;
      continue;
    }
    const n = sequenceAt(bytes, i);
    if (n) {
      valid++;
      run = 0;
      i += n;
      continue;
    }
    invalid++;
    if (run === 0) runs++;
    longestRun = Math.max(longestRun, ++run);
    i++;
  }
  return { valid, invalid, runs, longestRun };
}

/**
 * UTF-8 apart from a few bad bytes: real characters outnumber bad bytes
 * twice over, no run of bad bytes is longer than one broken character (4
 * bytes), and there is at most one run per 20 characters (always allowing 3:
 * a truncated last character, a stray byte).
 */
export function isDamagedUtf8(scan: Utf8Scan): boolean {
  return scan.runs > 0 && scan.valid >= 2 * scan.invalid && scan.longestRun <= 4 && scan.runs <= Math.max(3, scan.valid / 20);
}

const utf8Lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** UTF-8 with each invalid sequence as U+FFFD (WHATWG: one per maximal subpart). */
export function decodeUtf8Lenient(bytes: Uint8Array): string {
  return utf8Lenient.decode(bytes);
}
