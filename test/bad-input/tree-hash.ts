// sha256 of every file under a folder, by relative path: two trees are
// byte-identical exactly when these are equal.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { listTree } from '../helpers/site.js';

export function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const file of listTree(dir)) out[file] = createHash('sha256').update(readFileSync(`${dir}/${file}`)).digest('hex');
  return out;
}
