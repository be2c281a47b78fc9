// serve --watch: builds, serves pages with a reload script tag (a file, not
// inline script), and after an article changes rebuilds and tells open pages.
import { spawn, type ChildProcess } from 'node:child_process';
import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/lib/corpus.js';
import { CLI } from '../helpers/site.js';
import { tempDir } from '../helpers/tmp.js';

let child: ChildProcess | null = null;
afterAll(() => {
  if (child && child.exitCode === null) child.kill('SIGTERM');
});

describe('serve --watch', { timeout: 90_000 }, () => {
  it('rebuilds after an edit and sends reload to open pages', async () => {
    const dir = tempDir('baokan-watch-');
    const seeds = path.join(dir, 'seeds');
    await fs.mkdir(seeds);
    const corpus = generateCorpus({ count: 6, seed: 21 }).filter((f) => !f.name.endsWith('.md'));
    for (const f of corpus) await fs.writeFile(path.join(seeds, f.name), f.bytes);
    child = spawn(process.execPath, [CLI, 'serve', '--watch', '--seeds', seeds, '--dir', path.join(dir, 'site'), '--port', '0'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr!.on('data', () => {});
    const waitFor = async (re: RegExp) => {
      for (let i = 0; i < 600 && !re.test(stdout); i++) await new Promise((r) => setTimeout(r, 100));
      const m = re.exec(stdout);
      if (!m) throw new Error(`no ${re} in output:\n${stdout}`);
      return m;
    };
    const url = (await waitFor(/at (http:\/\/127\.0\.0\.1:\d+\/)/))[1]!;

    const response = await fetch(url);
    // text is sent compressed to a client that accepts it (fetch decompresses)
    expect(response.headers.get('content-encoding')).toBe('gzip');
    const home = await response.text();
    expect(home).toContain('<script src="/__baokan/reload.js" defer></script>');
    expect(readFileSync(path.join(dir, 'site', 'index.html'), 'utf8')).not.toContain('__baokan');
    expect(await (await fetch(url + '__baokan/reload.js')).text()).toContain('EventSource');

    const events = await fetch(url + '__baokan/events');
    const reader = events.body!.getReader();
    await reader.read(); // the comment sent on connect

    const target = corpus.find((f) => Buffer.from(f.bytes).toString('utf8').includes('。'))!;
    const edited = Buffer.from(target.bytes).toString('utf8').replace('。', '。会议期间还举行了签约仪式。');
    await fs.writeFile(path.join(seeds, target.name), edited);
    let received = '';
    while (!received.includes('event: reload')) {
      const { value, done } = await reader.read();
      if (done) break;
      received += Buffer.from(value).toString('utf8');
    }
    expect(received).toContain('event: reload');
    expect(stdout).toMatch(/rebuilt \(1 article\(s\) processed, 5 from the cache\)/);
    await reader.cancel();
    const pages = await fs.readdir(path.join(dir, 'site', 'articles'));
    const texts = await Promise.all(pages.map(async (id) => (await fetch(`${url}articles/${id}/`)).text()));
    expect(texts.filter((t) => t.includes('会议期间还举行了签约仪式'))).toHaveLength(1);
  });
});
