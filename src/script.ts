// Traditional ⇄ Simplified conversion, shared by every stage that folds or
// converts script (OpenCC tables via opencc-js; set up once, ~75 ms).
import * as OpenCC from 'opencc-js';

export const toSimplified: (text: string) => string = OpenCC.Converter({ from: 't', to: 'cn' });
export const toTraditional: (text: string) => string = OpenCC.Converter({ from: 'cn', to: 't' });

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
