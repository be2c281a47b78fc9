// Nothing lost: a build killed with SIGKILL halfway through writing leaves
// the previous site byte-identical and complete, and the next build clears
// what the killed one left behind. Runs the real CLI as a child process.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateCorpus } from '../../scripts/lib/corpus.js';
import { baokan, CLI, ROOT } from '../helpers/site.js';
import { tempDir } from '../helpers/tmp.js';
import { hashTree } from './tree-hash.js';

const ARTICLES = 250;

function writeCorpus(dir: string, count: number, seed: number) {
  mkdirSync(dir, { recursive: true });
  for (const f of generateCorpus({ count, seed })) writeFileSync(path.join(dir, f.name), f.bytes);
}

/** Start a build and SIGKILL it once its temporary folder holds article pages. */
function buildAndKillMidway(seeds: string, out: string): Promise<{ killed: boolean; sawBuilding: string | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'build', '--seeds', seeds, '--out', out, '--no-cache', '--workers', '1'], { cwd: ROOT, stdio: 'ignore' });
    const building = path.join(path.dirname(out), `.${path.basename(out)}.building-${child.pid}`);
    let seen: string | null = null;
    const timer = setInterval(() => {
      try {
        if (readdirSync(path.join(building, 'articles')).length > 0) {
          seen = building;
          child.kill('SIGKILL');
          clearInterval(timer);
        }
      } catch {
        // not there yet
      }
    }, 5);
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      clearInterval(timer);
      resolve({ killed: signal === 'SIGKILL', sawBuilding: seen });
    });
  });
}

describe('nothing lost', () => {
  it('a build killed with SIGKILL while writing leaves the previous site intact; the next build cleans up', async () => {
    const root = tempDir('baokan-kill-');
    const seeds = path.join(root, 'seeds');
    const out = path.join(root, 'dist');
    writeCorpus(seeds, ARTICLES, 11);
    const first = await baokan(['build', '--seeds', seeds, '--out', out, '--no-cache', '--workers', '1']);
    expect(first.code).toBe(0);
    const before = hashTree(out);
    expect(Object.keys(before).filter((f) => f.startsWith('articles/'))).toHaveLength(ARTICLES);
    expect(Object.keys(before).some((f) => f.startsWith('pagefind/'))).toBe(true);

    // different input, so a finished build would have changed dist/
    writeCorpus(seeds, ARTICLES + 20, 12);
    const { killed, sawBuilding } = await buildAndKillMidway(seeds, out);
    expect(sawBuilding, 'the build finished before it could be killed').not.toBeNull();
    expect(killed).toBe(true);
    expect(existsSync(sawBuilding!)).toBe(true); // the killed build's half-written folder is still there
    expect(hashTree(out)).toEqual(before);

    const next = await baokan(['build', '--seeds', seeds, '--out', out, '--no-cache', '--workers', '1']);
    expect(next.code).toBe(0);
    expect(readdirSync(root).filter((name) => name.startsWith('.dist.'))).toEqual([]);
    expect(Object.keys(hashTree(out)).filter((f) => f.startsWith('articles/')).length).toBeGreaterThan(ARTICLES);
  }, 360_000); // three builds of 250 articles: ~57 s each on the shared machine at a load average of 16
});
