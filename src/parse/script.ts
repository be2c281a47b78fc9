// Traditional or Simplified: count characters that only one script uses.
import type { Script } from '../types.js';
import { toSimplified, toTraditional } from '../script.js';

export function detectScript(text: string): Script {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const simplified = toSimplified(sample);
  const traditional = toTraditional(sample);
  let traditionalOnly = 0;
  let simplifiedOnly = 0;
  // Compare code unit by code unit: OpenCC maps these characters one to one.
  const n = Math.min(sample.length, simplified.length, traditional.length);
  for (let i = 0; i < n; i++) {
    if (simplified[i] !== sample[i]) traditionalOnly++;
    if (traditional[i] !== sample[i]) simplifiedOnly++;
  }
  return traditionalOnly > simplifiedOnly ? 'Hant' : 'Hans';
}

export { toSimplified, toTraditional };
