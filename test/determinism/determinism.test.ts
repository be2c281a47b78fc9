// Same input, byte-identical output: the same articles copied into two
// folders in opposite creation orders (so the file system lists them
// differently), built by the real CLI with one worker and no cache, and with
// two workers and a cache, give the same tree — every file, Pagefind's
// included, compared by hash.
import { describe, expect, it } from 'vitest';
import { lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateCorpus } from '../../scripts/lib/corpus.js';
import { baokan, ROOT } from '../helpers/site.js';
import { tempDir } from '../helpers/tmp.js';
import { hashTree } from '../bad-input/tree-hash.js';
import { writeMixedCorpus } from '../bad-input/corpus.js';

/** Every input file, relative path → bytes: seeds, the genre fixtures, generated articles and every class of bad input. */
function collectInput(scratch: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const addTree = (dir: string, prefix: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      const st = lstatSync(full); // symlinks (the loop, the dangling link) are left out
      if (st.isSymbolicLink()) continue;
      if (st.isDirectory()) addTree(full, `${prefix}${name}/`);
      else files.set(prefix + name, readFileSync(full));
    }
  };
  addTree(path.join(ROOT, 'seeds'), 'seeds/');
  addTree(path.join(ROOT, 'test/fixtures/genre/articles'), 'genre/');
  // 220 generated articles: enough that two workers are really used
  for (const f of generateCorpus({ count: 220, seed: 5 })) files.set(`generated/${f.name}`, Buffer.from(f.bytes));
  const mixed = path.join(scratch, 'mixed');
  mkdirSync(mixed);
  writeMixedCorpus(mixed);
  addTree(mixed, 'mixed/');
  return files;
}

function writeInput(dir: string, files: Map<string, Buffer>, order: 'forward' | 'reverse') {
  const names = [...files.keys()].sort();
  if (order === 'reverse') names.reverse();
  for (const name of names) {
    const target = path.join(dir, 'seeds', name);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, files.get(name)!);
  }
}

describe('determinism', () => {
  it('two builds of the same input in different creation orders and worker counts are byte-identical', async () => {
    const root = tempDir('baokan-determinism-');
    const input = collectInput(root);
    const a = path.join(root, 'a');
    const b = path.join(root, 'b');
    writeInput(a, input, 'forward');
    writeInput(b, input, 'reverse');
    // Relative --seeds and --out from each folder's own cwd: paths in records.json are the same text.
    const first = await baokan(['build', '--seeds', 'seeds', '--out', 'dist', '--no-cache', '--workers', '1'], { cwd: a });
    expect(first.code, first.stderr.slice(-2000)).toBe(0);
    const second = await baokan(['build', '--seeds', 'seeds', '--out', 'dist', '--cache', '.cache', '--workers', '2'], { cwd: b });
    expect(second.code, second.stderr.slice(-2000)).toBe(0);

    const hashesA = hashTree(path.join(a, 'dist'));
    const hashesB = hashTree(path.join(b, 'dist'));
    expect(Object.keys(hashesA).length).toBeGreaterThan(250);
    expect(Object.keys(hashesA).some((f) => f.startsWith('pagefind/'))).toBe(true);
    const differing = Object.keys({ ...hashesA, ...hashesB }).filter((f) => hashesA[f] !== hashesB[f]);
    expect(differing).toEqual([]);
  }, 240_000);
});
