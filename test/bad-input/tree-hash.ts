// sha256 of every file under a folder, by relative path: two trees are
// byte-identical exactly when these are equal.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { listTree, redirectHistory } from '../helpers/site.js';

export function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const file of listTree(dir)) out[file] = createHash('sha256').update(readFileSync(`${dir}/${file}`)).digest('hex');
  return out;
}

/**
 * hashTree without the site's history: redirect pages left from earlier
 * builds (issue 17), the redirect list and the seal (a hash of the file list,
 * which is hashed here without them). A site rebuilt in place equals a clean
 * build of the same input exactly when these are equal.
 */
export function hashSite(dir: string): Record<string, string> {
  const history = redirectHistory(dir);
  const out: Record<string, string> = {};
  for (const file of listTree(dir)) {
    if (history.has(file) || file === 'data/redirects.json' || file === '.baokan/sealed') continue;
    let bytes: Buffer | string = readFileSync(`${dir}/${file}`);
    if (file === '.baokan/files.json') {
      const list = JSON.parse(bytes.toString('utf8')) as { files: string[]; hashes?: Record<string, string> };
      const hashes = { ...(list.hashes ?? {}) };
      for (const f of [...history, 'data/redirects.json']) delete hashes[f];
      bytes = JSON.stringify({ ...list, files: list.files.filter((f) => !history.has(f)), hashes });
    }
    out[file] = createHash('sha256').update(bytes).digest('hex');
  }
  return out;
}
