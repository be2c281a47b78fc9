// Finding 2 of issue 21: nothing outside seeds/ is read. A symlink in the
// seeds folder pointing out of it (a file, a folder, a corrections sidecar)
// is an `outside-seeds` error naming the link, and none of the target's bytes
// reach a page, the search index, records.json or a message. Links that stay
// inside the folder are followed; a loop is reported once.
import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadArticles } from '../../src/build.js';
import { baokan, listTree } from '../helpers/site.js';
import { tempDir } from '../helpers/tmp.js';
import { GOOD } from '../bad-input/corpus.js';

const SECRET = 'SECRETXQZ';

/** A private folder beside the seeds with files an archive must never publish. */
function privateFiles(root: string) {
  const dir = path.join(root, 'private');
  mkdirSync(path.join(dir, 'folder'), { recursive: true });
  writeFileSync(path.join(dir, 'passwd.md'), `机密文件\n\nroot:x:0:0:${SECRET}-FILE:/root\n`);
  writeFileSync(path.join(dir, 'folder', 'inner.txt'), `机密标题\n机密正文${SECRET}-FOLDER。\n`);
  writeFileSync(path.join(dir, 'valid.corrections.yaml'), `- find: 第一段\n  replace: ${SECRET}-SIDECAR\n`);
  writeFileSync(path.join(dir, 'broken.corrections.yaml'), `- find: [${SECRET}-BROKEN\n`);
  return dir;
}

function hostileSeeds() {
  const root = tempDir('baokan-outside-');
  const secrets = privateFiles(root);
  const seeds = path.join(root, 'seeds');
  mkdirSync(path.join(seeds, 'inside'), { recursive: true });
  writeFileSync(path.join(seeds, 'good.txt'), GOOD);
  symlinkSync(path.join(secrets, 'passwd.md'), path.join(seeds, 'p.md'));
  symlinkSync(path.join(secrets, 'folder'), path.join(seeds, 'linked-folder'));
  writeFileSync(path.join(seeds, 'a.txt'), '甲篇标题\n第一段正文。\n');
  symlinkSync(path.join(secrets, 'valid.corrections.yaml'), path.join(seeds, 'a.corrections.yaml'));
  writeFileSync(path.join(seeds, 'b.txt'), '乙篇标题\n第一段内容。\n');
  symlinkSync(path.join(secrets, 'broken.corrections.yaml'), path.join(seeds, 'b.corrections.yaml'));
  // relative links that climb out
  symlinkSync('../../private/passwd.md', path.join(seeds, 'inside', 'climb.md'));
  // links inside the folder are fine
  writeFileSync(path.join(seeds, 'inside', 'real.txt'), '内部标题\n内部正文。\n');
  symlinkSync('inside', path.join(seeds, 'inside-link'));
  return { root, seeds };
}

const OUTSIDE = ['p.md', 'linked-folder', 'a.txt', 'b.txt', 'inside/climb.md'];

describe('symlinks out of seeds/', () => {
  it('are outside-seeds errors naming the link; the target is never read', async () => {
    const { seeds } = hostileSeeds();
    const { files, articles } = await loadArticles(seeds, { extract: false });
    for (const name of OUTSIDE) {
      const file = files.find((f) => f.path === path.join(seeds, name));
      expect(file?.messages.map((m) => [m.ruleId, m.fatal]), name).toContainEqual(['outside-seeds', true]);
    }
    // the folder linked inside is read at both places; the later copy is the same bytes, left out as such
    expect(articles.map((a) => a.record.source.path).sort()).toEqual(['good.txt', 'inside-link/real.txt']);
    expect(files.find((f) => f.path === path.join(seeds, 'inside/real.txt'))?.messages.map((m) => m.ruleId)).toEqual(['duplicate-content']);
    for (const f of files) for (const m of f.messages) expect(m.reason).not.toContain(SECRET);
    expect(JSON.stringify(articles.map((a) => a.record))).not.toContain(SECRET);
  });

  it('a built site holds none of the outside bytes in any file, and the CLI prints none', async () => {
    const { root, seeds } = hostileSeeds();
    const out = path.join(root, 'dist');
    const result = await baokan(['build', '--seeds', seeds, '--out', out, '--no-cache', '--workers', '1']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr + result.stdout).not.toContain(SECRET);
    expect(result.stderr).toContain('outside-seeds');
    for (const file of listTree(out)) expect(readFileSync(path.join(out, file)).includes(SECRET), file).toBe(false);
    expect(listTree(out).filter((f) => f.startsWith('articles/') && f.endsWith('index.html'))).toHaveLength(2);
  }, 120_000);

  it('the seeds folder may itself be a link; links inside it are followed once and a loop is reported', async () => {
    const root = tempDir('baokan-outside-');
    const real = path.join(root, 'archive');
    mkdirSync(path.join(real, 'sub'), { recursive: true });
    writeFileSync(path.join(real, 'good.txt'), GOOD);
    symlinkSync('..', path.join(real, 'sub', 'loop'));
    symlinkSync(real, path.join(root, 'seeds'));
    const { files, articles } = await loadArticles(path.join(root, 'seeds'), { extract: false });
    expect(articles.map((a) => a.record.source.path)).toEqual(['good.txt']);
    expect(files.find((f) => f.path.endsWith('sub/loop'))?.messages.map((m) => m.ruleId)).toEqual(['unreadable']);
  });
});
