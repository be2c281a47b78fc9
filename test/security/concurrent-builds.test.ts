// Issue 21 finding 3: two builds into one --out at the same time left a mixed
// site (one build's pages with the other's file lists) that later builds kept.
// One build per output folder at a time now (src/lock): whatever the timing,
// the site is exactly one build's, and a build after it finds it consistent.
import { beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildSite } from '../../src/build.js';
import { CLI, ROOT } from '../helpers/site.js';
import { writeSmallCorpus } from '../helpers/small-corpus.js';
import { tempDir } from '../helpers/tmp.js';
import { hashTree } from '../bad-input/tree-hash.js';

const build = (seeds: string, out: string) => buildSite({ seeds, out, cacheDir: null, workers: 1 });

/** A build through the CLI in a process of its own: its exit code and what it printed. */
function cliBuild(seeds: string, out: string, extra: string[] = []): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'build', '--seeds', seeds, '--out', out, '--no-cache', '--quiet', '--workers', '1', ...extra], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

describe('two builds racing into one --out', { timeout: 300_000 }, () => {
  const work = tempDir('baokan-race-');
  const a = path.join(work, 'a');
  const b = path.join(work, 'b');
  writeSmallCorpus(a, 2, 41);
  writeSmallCorpus(b, 2, 42);
  const clean: Record<string, Record<string, string>> = {};
  beforeAll(async () => {
    for (const [name, seeds] of [['a', a], ['b', b]] as const) {
      await build(seeds, path.join(work, `clean-${name}`));
      clean[name] = hashTree(path.join(work, `clean-${name}`));
    }
  }, 120_000);

  const whose = (out: string) => {
    const tree = hashTree(out);
    return Object.keys(clean).find((name) => JSON.stringify(clean[name]) === JSON.stringify(tree)) ?? 'a mixed site';
  };

  it('in one process, 18 tries (into no site, then over the last): always one build\'s site', async () => {
    const out = path.join(work, 'site');
    for (let attempt = 0; attempt < 18; attempt++) {
      if (attempt === 9) rmSync(out, { recursive: true, force: true });
      const [first, second] = attempt % 2 ? [a, b] : [b, a];
      // the second starts a moment after the first, at a different point each try
      const racing = [build(first, out), new Promise((r) => setTimeout(r, (attempt % 4) * 40)).then(() => build(second, out))];
      await Promise.all(racing);
      expect(whose(out), `try ${attempt}`).toBe(first === a ? 'b' : 'a'); // the later build waited and won
    }
    expect(readdirSync(work).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('in two processes: one waits for the other (both exit 0), or with --wait 0 is refused naming the lock and its pid', async () => {
    const out = path.join(work, 'site-cli');
    const waited = await Promise.all([cliBuild(a, out), cliBuild(b, out)]);
    expect(waited.map((r) => r.code), waited.map((r) => r.stderr).join('\n')).toEqual([0, 0]);
    expect(['a', 'b']).toContain(whose(out));
    const refused = await Promise.all([cliBuild(a, out), cliBuild(b, out, ['--wait', '0'])]);
    expect(['a', 'b']).toContain(whose(out));
    const loser = refused.find((r) => r.code !== 0);
    if (loser) {
      // the second started while the first held the lock (the usual case)
      expect(loser.code).toBe(1);
      expect(loser.stderr).toMatch(/is being built by the build with pid \d+ \(lock .*\.site-cli\.lock\); try again when it has finished; .* left as it was/);
    }
    expect(readdirSync(work).filter((f) => f.startsWith('.'))).toEqual([]);
  });
});
