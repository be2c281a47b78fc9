// Traditional ⇄ Simplified conversion, shared by every stage that folds or
// converts script: OpenCC's t2s and s2t, as opencc-js converts them, by the
// faster tables of script-convert.ts (built on first use of each direction).
import { openccConverter } from './script-convert.js';

export const toSimplified: (text: string) => string = openccConverter('t2s');
export const toTraditional: (text: string) => string = openccConverter('s2t');

/** One form for comparing names across scripts: Simplified, no spaces. */
const folded = new Map<string, string>();

export function foldName(text: string): string {
  // Names recur across thousands of records: convert each once.
  let out = folded.get(text);
  if (out === undefined) {
    out = toSimplified(text).replace(/\s+/g, '');
    if (folded.size > 200_000) folded.clear();
    folded.set(text, out);
  }
  return out;
}
