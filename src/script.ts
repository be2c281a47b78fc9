// Traditional ⇄ Simplified conversion, shared by every stage that folds or
// converts script: OpenCC's t2s and s2t through opencc-js as published, each
// direction's dictionaries loaded on first use (every CLI run and worker
// thread loads this module, and few convert both ways).
import * as OpenCC from 'opencc-js';

function converter(options: { from: 't' | 'cn'; to: 't' | 'cn' }): (text: string) => string {
  let run: ((text: string) => string) | undefined;
  return (text) => (run ??= OpenCC.Converter(options))(text);
}

export const toSimplified: (text: string) => string = converter({ from: 't', to: 'cn' });
export const toTraditional: (text: string) => string = converter({ from: 'cn', to: 't' });

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
