// Issue 21 finding 4: the no-change check trusted the output folder's inode,
// which an in-place commit never changes, and skipped before finishing a
// commit left halfway. It now compares the site's seal (the hash of its file
// list of content hashes) with the one the cache recorded, after recovery.
import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { baokan } from '../helpers/site.js';
import { writeSmallCorpus } from '../helpers/small-corpus.js';
import { tempDir } from '../helpers/tmp.js';
import { hashSite } from './tree-hash.js';

// pid 2^22+1 is above Linux's pid_max default, so no process has it
const DEAD_PID = 2 ** 22 + 1;

describe('no-change builds trust content, not inodes', { timeout: 240_000 }, () => {
  const work = tempDir('baokan-stale-');
  const a = path.join(work, 'a');
  const b = path.join(work, 'b');
  writeSmallCorpus(a, 2, 11);
  writeSmallCorpus(b, 3, 12);
  const cache = path.join(work, 'cache');
  const clean = path.join(work, 'clean-b');
  beforeAll(async () => {
    expect((await baokan(['build', '--seeds', b, '--out', clean, '--no-cache', '--quiet'])).code).toBe(0);
  }, 120_000);

  it('B with --cache C, A with --no-cache, B with --cache C: the last build shows B', async () => {
    const out = path.join(work, 'site');
    expect((await baokan(['build', '--seeds', b, '--out', out, '--cache', cache, '--quiet'])).code).toBe(0);
    expect((await baokan(['build', '--seeds', a, '--out', out, '--no-cache', '--quiet'])).code).toBe(0);
    const again = await baokan(['build', '--seeds', b, '--out', out, '--cache', cache, '--quiet']);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^built 3 article/);
    expect(hashSite(out)).toEqual(hashSite(clean));
    // and now, with nothing changed, the shortcut holds
    const same = await baokan(['build', '--seeds', b, '--out', out, '--cache', cache, '--quiet']);
    expect(same.stdout).toMatch(/^unchanged 3 article/);
  });

  it('a commit cut short is finished, and the site rebuilt, before a no-change build may skip', async () => {
    const out = path.join(work, 'site-2');
    expect((await baokan(['build', '--seeds', b, '--out', out, '--cache', cache, '--quiet'])).code).toBe(0);
    // A killed build of A, committing in place: everything of A staged, its journal
    // written, its home page renamed in, the rest still staged.
    const cleanA = path.join(work, 'clean-a');
    expect((await baokan(['build', '--seeds', a, '--out', cleanA, '--no-cache', '--quiet'])).code).toBe(0);
    const staging = path.join(work, `.site-2.building-${DEAD_PID}`);
    cpSync(cleanA, staging, { recursive: true });
    const filesOf = (site: string) => JSON.parse(readFileSync(path.join(site, '.baokan', 'files.json'), 'utf8')).files as string[];
    const inA = new Set(filesOf(cleanA));
    writeFileSync(path.join(staging, '.baokan-commit.json'), JSON.stringify({ remove: filesOf(out).filter((f) => !inA.has(f)) }));
    rmSync(path.join(staging, '.baokan', 'sealed'), { force: true });
    rmSync(path.join(out, '.baokan', 'sealed'), { force: true });
    renameSync(path.join(staging, 'index.html'), path.join(out, 'index.html'));
    const home = readFileSync(path.join(out, 'index.html'), 'utf8');
    const result = await baokan(['build', '--seeds', b, '--out', out, '--cache', cache, '--quiet']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^built 3 article/);
    expect(existsSync(staging)).toBe(false);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).not.toBe(home);
    expect(hashSite(out)).toEqual(hashSite(clean));
  });
});
