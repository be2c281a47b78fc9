// Finding 10 of issue 21: `baokan serve` answers GET and HEAD only, with
// regular files whose real path is inside the site folder; a symlink out of
// the site, a dotfile or dot-folder, a FIFO are not found.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { startServer, type RunningServer } from '../../src/serve.js';
import { tempDir } from '../helpers/tmp.js';

const SECRET = 'SECRETXQZ';
let server: RunningServer;

beforeAll(async () => {
  const root = tempDir('baokan-serve-');
  const outside = path.join(root, 'outside');
  const site = path.join(root, 'site');
  mkdirSync(outside);
  mkdirSync(path.join(site, 'articles', 'a'), { recursive: true });
  mkdirSync(path.join(site, '.baokan'));
  writeFileSync(path.join(outside, 'passwd'), `root:x:0:0:${SECRET}\n`);
  writeFileSync(path.join(site, 'index.html'), '<p>home</p>');
  writeFileSync(path.join(site, '404.html'), '<p>missing</p>');
  writeFileSync(path.join(site, 'articles', 'a', 'index.html'), '<p>article</p>');
  writeFileSync(path.join(site, '.baokan', 'files.json'), `["${SECRET}"]`);
  writeFileSync(path.join(site, '.env'), SECRET);
  symlinkSync(outside, path.join(site, 'etc'));
  symlinkSync(path.join(outside, 'passwd'), path.join(site, 'passwd.txt'));
  symlinkSync('.baokan', path.join(site, 'bookkeeping'));
  symlinkSync('articles/a/index.html', path.join(site, 'inside.html'));
  execFileSync('mkfifo', [path.join(site, 'pipe.txt')]);
  server = await startServer(site, 0);
});
afterAll(() => server?.close());

function send(method: string, url: string): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(url, server.url), { method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('serve', () => {
  it('serves the site’s files and a link that stays inside it', async () => {
    expect((await send('GET', '/')).body).toBe('<p>home</p>');
    expect((await send('GET', '/articles/a/')).body).toBe('<p>article</p>');
    expect((await send('GET', '/inside.html')).body).toBe('<p>article</p>');
    const head = await send('HEAD', '/articles/a/');
    expect([head.status, head.body]).toEqual([200, '']);
  });

  it('does not follow a symlink out of the site', async () => {
    for (const url of ['/etc/passwd', '/passwd.txt', '/etc/', '/etc']) {
      const res = await send('GET', url);
      expect(res.status, url).toBe(404);
      expect(res.body, url).not.toContain(SECRET);
    }
  });

  it('does not serve dotfiles or dot-folders, directly or through a link', async () => {
    for (const url of ['/.baokan/files.json', '/.env', '/%2ebaokan/files.json', '/bookkeeping/files.json', '/articles/../.env']) {
      const res = await send('GET', url);
      expect(res.status, url).toBe(404);
      expect(res.body, url).not.toContain(SECRET);
    }
  });

  it('answers a FIFO as not found, without waiting on it', async () => {
    expect((await send('GET', '/pipe.txt')).status).toBe(404);
  });

  it('answers methods other than GET and HEAD with 405 and an Allow header', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'TRACE', 'OPTIONS', 'PATCH']) {
      const res = await send(method, '/articles/a/');
      expect(res.status, method).toBe(405);
      expect(res.headers.allow, method).toBe('GET, HEAD');
      expect(res.body, method).not.toContain('article');
    }
  });

  it('listens on the loopback address only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });
});
