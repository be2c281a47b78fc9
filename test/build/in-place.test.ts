// A rebuild by the same code updates the site in place (src/site-commit.ts):
// what it ends with equals a build from scratch, files of removed articles go
// with their folders, and a commit killed halfway is finished by the next build.
import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSite, recoverInterruptedBuilds } from '../../src/build.js';
import { commitInPlace, listFiles, SITE_FILES, SITE_SEAL } from '../../src/site-commit.js';
import { ROOT, listTree } from '../helpers/site.js';
import { tempDir } from '../helpers/tmp.js';

/** Files that differ between two trees, or are in one only. */
function treeDifferences(a: string, b: string): string[] {
  const x = listTree(a);
  const y = listTree(b);
  const only = [...x.filter((f) => !y.includes(f)), ...y.filter((f) => !x.includes(f))];
  return [...only, ...x.filter((f) => y.includes(f) && !readFileSync(path.join(a, f)).equals(readFileSync(path.join(b, f))))];
}

const build = (seeds: string, out: string) => buildSite({ seeds, out, cacheDir: null, workers: 1 });

describe('in-place rebuilds', { timeout: 120_000 }, () => {
  it('a rebuild after removing and editing articles leaves the same tree as a fresh build, its folders gone', async () => {
    const work = tempDir('baokan-in-place-');
    const seeds = path.join(work, 'seeds');
    mkdirSync(seeds);
    for (const f of readdirSync(path.join(ROOT, 'seeds'))) cpSync(path.join(ROOT, 'seeds', f), path.join(seeds, f));
    const out = path.join(work, 'site');
    await build(seeds, out);
    const inode = statSync(out).ino;
    const files = JSON.parse(readFileSync(path.join(out, ...SITE_FILES.split('/')), 'utf8')).files as string[];
    // every file but the seal, which holds the list's hash (site-commit.ts)
    expect([...files, SITE_SEAL].sort()).toEqual(listTree(out).map((f) => f.split(path.sep).join('/')).sort());

    const [first, second] = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort();
    const removedId = readdirSync(path.join(out, 'articles')).find((id) => id.startsWith(first!.replace(/\.txt$/, '').slice(0, 3)))!;
    expect(removedId).toBeTruthy();
    rmSync(path.join(seeds, first!));
    writeFileSync(path.join(seeds, second!), readFileSync(path.join(seeds, second!), 'utf8').replace('。', '。會議還通報了第二季度工作情況。'));
    const result = await build(seeds, out);
    expect(result.stats.reused).toBeGreaterThan(0);
    expect(statSync(out).ino).toBe(inode); // updated in place, not swapped
    expect(existsSync(path.join(out, 'articles', removedId))).toBe(false);

    const fresh = path.join(work, 'fresh');
    await build(seeds, fresh);
    expect(treeDifferences(out, fresh)).toEqual([]);
    expect(readdirSync(work).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('a site from other code (no file list of this version) is replaced whole', async () => {
    const work = tempDir('baokan-in-place-');
    const out = path.join(work, 'site');
    await build(path.join(ROOT, 'seeds'), out);
    rmSync(path.join(out, ...SITE_FILES.split('/')));
    writeFileSync(path.join(out, 'stray.html'), 'left by hand');
    const inode = statSync(out).ino;
    await build(path.join(ROOT, 'seeds'), out);
    expect(statSync(out).ino).not.toBe(inode);
    expect(existsSync(path.join(out, 'stray.html'))).toBe(false);
    expect(existsSync(path.join(out, ...SITE_FILES.split('/')))).toBe(true);
  });

  it('a commit killed after its journal is finished before the next build reads the site', async () => {
    const work = tempDir('baokan-commit-');
    const out = path.join(work, 'site');
    await build(path.join(ROOT, 'seeds'), out);
    const removed = listTree(out).map((f) => f.split(path.sep).join('/')).find((f) => f.startsWith('people/'))!;
    // A commit of a changed home page, a new page and a removed one, stopped
    // after its first rename: pid 2^22+1 is above Linux's pid_max default.
    const staging = path.join(work, `.site.building-${2 ** 22 + 1}`);
    mkdirSync(path.join(staging, 'new'), { recursive: true });
    writeFileSync(path.join(staging, 'index.html'), 'new home');
    writeFileSync(path.join(staging, 'new', 'page.html'), 'new page');
    writeFileSync(path.join(staging, '.baokan-commit.json'), JSON.stringify({ remove: [removed] }));
    renameSync(path.join(staging, 'index.html'), path.join(out, 'index.html'));

    await recoverInterruptedBuilds(out);
    expect(existsSync(staging)).toBe(false);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('new home');
    expect(readFileSync(path.join(out, 'new', 'page.html'), 'utf8')).toBe('new page');
    expect(existsSync(path.join(out, removed))).toBe(false);
  });

  it('a staging folder with no journal is a build that never committed: removed, the site untouched', async () => {
    const work = tempDir('baokan-commit-');
    const out = path.join(work, 'site');
    mkdirSync(out);
    writeFileSync(path.join(out, 'index.html'), 'site');
    const staging = path.join(work, `.site.building-${2 ** 22 + 1}`);
    mkdirSync(staging);
    writeFileSync(path.join(staging, 'index.html'), 'half-built');
    await recoverInterruptedBuilds(out);
    expect(existsSync(staging)).toBe(false);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('site');
  });

  it('commitInPlace moves the staged files in and removes what the new list lacks', async () => {
    const work = tempDir('baokan-commit-');
    const out = path.join(work, 'site');
    for (const [f, text] of [['a/index.html', 'a'], ['b/index.html', 'b'], ['c/d/index.html', 'd']] as const) {
      mkdirSync(path.dirname(path.join(out, f)), { recursive: true });
      writeFileSync(path.join(out, f), text);
    }
    const staging = path.join(work, 'staging');
    for (const d of ['b', 'e']) mkdirSync(path.join(staging, d), { recursive: true });
    writeFileSync(path.join(staging, 'b', 'index.html'), 'b2');
    writeFileSync(path.join(staging, 'e', 'index.html'), 'e');
    await commitInPlace(staging, out, ['a/index.html', 'b/index.html', 'c/d/index.html'], ['a/index.html', 'b/index.html', 'e/index.html']);
    expect(await listFiles(out)).toEqual(['a/index.html', 'b/index.html', 'e/index.html']);
    expect(readFileSync(path.join(out, 'b', 'index.html'), 'utf8')).toBe('b2');
    expect(existsSync(path.join(out, 'c'))).toBe(false);
    expect(existsSync(staging)).toBe(false);
  });
});
