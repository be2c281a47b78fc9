// Issue 21 finding 12: a build whose site was written but whose cache could
// not be exited 1, "nothing was written". A cache is a help: its failures are
// warnings, the exit code 0, the site updated.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { baokan } from '../helpers/site.js';
import { writeSmallCorpus } from '../helpers/small-corpus.js';
import { tempDir } from '../helpers/tmp.js';

describe('a cache that cannot be written', { timeout: 180_000 }, () => {
  it('the site manifest cannot be written: a warning, exit 0, the site written', async () => {
    const work = tempDir('baokan-cache-');
    const seeds = path.join(work, 'seeds');
    const names = writeSmallCorpus(seeds, 2, 31);
    const out = path.join(work, 'site');
    const cache = path.join(work, 'cache');
    // where the manifest of this output goes (src/cache/site.ts), taken by a folder that is not empty
    const manifest = path.join(cache, `site-${createHash('sha256').update(path.resolve(out)).digest('hex').slice(0, 16)}.json`);
    mkdirSync(path.join(manifest, 'x'), { recursive: true });
    const result = await baokan(['build', '--seeds', seeds, '--out', out, '--cache', cache]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^built 2 article/);
    expect(result.stderr).toMatch(/the site was written, but its record in the cache could not be.*cache-not-written/);
    expect(readdirSync(path.join(out, 'articles'))).toHaveLength(names.length);
  });

  it('the cache folder cannot be made: a warning, exit 0, the site written', async () => {
    const work = tempDir('baokan-cache-');
    const seeds = path.join(work, 'seeds');
    writeSmallCorpus(seeds, 2, 32);
    const cache = path.join(work, 'not-a-folder');
    writeFileSync(cache, 'a file where the cache would go');
    const result = await baokan(['build', '--seeds', seeds, '--out', path.join(work, 'site'), '--cache', cache]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^built 2 article/);
    expect(result.stderr).toMatch(/the cache cannot be used.*cache-not-written/);
  });
});
