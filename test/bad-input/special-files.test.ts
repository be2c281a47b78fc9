// Finding 7 of issue 21: only regular files are read, sidecars included. A
// FIFO (as an article or as a corrections sidecar), a socket or a device in
// the seeds folder is refused with a message naming it; build, check and
// extract never wait on one, and the other articles are published.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile, execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CLI, ROOT, listTree } from '../helpers/site.js';
import { tempDir } from '../helpers/tmp.js';
import { GOOD } from './corpus.js';

const work = tempDir('baokan-special-');
const seeds = path.join(work, 'seeds');
let socket: Server;
let device = false;

/** The CLI with a time limit: a read that blocks shows as a kill, not as a test that never ends. */
function run(args: string[]): Promise<{ code: number | null; killed: boolean; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd: ROOT, timeout: 60_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const e = error as (Error & { code?: number; killed?: boolean }) | null;
      resolve({ code: e ? (typeof e.code === 'number' ? e.code : null) : 0, killed: Boolean(e?.killed), stdout, stderr });
    });
  });
}

beforeAll(async () => {
  mkdirSync(seeds);
  writeFileSync(path.join(seeds, 'good.txt'), GOOD);
  writeFileSync(path.join(seeds, 'a.txt'), '甲篇标题\n本报讯 2019年6月1日,某市召开座谈会。\n');
  execFileSync('mkfifo', [path.join(seeds, 'a.corrections.yaml')]);
  execFileSync('mkfifo', [path.join(seeds, 'pipe.md')]);
  socket = createServer();
  await new Promise<void>((resolve) => socket.listen(path.join(seeds, 'socket.txt'), resolve));
  try {
    execFileSync('mknod', [path.join(seeds, 'zero.txt'), 'c', '1', '5']);
    device = true;
  } catch {
    // not allowed here (not root): the FIFO and socket cases still run
  }
});
afterAll(() => new Promise<void>((resolve) => socket.close(() => resolve())));

const refused = (stderr: string, name: string, kind: string) => {
  const line = stderr.split('\n').find((l) => l.includes(kind));
  expect(stderr, name).toContain(name);
  expect(line, `${name}: ${kind}`).toBeDefined();
};

describe('files that are not regular files', () => {
  it('check refuses each with a message naming it, and returns', async () => {
    const result = await run(['check', seeds]);
    expect(result.killed, 'check waited on a special file').toBe(false);
    expect(result.code).toBe(1);
    refused(result.stderr, 'pipe.md', 'FIFO');
    refused(result.stderr, 'socket.txt', 'socket');
    expect(result.stderr).toMatch(/corrections sidecar a\.corrections\.yaml is a FIFO/);
    if (device) refused(result.stderr, 'zero.txt', 'device');
  }, 90_000);

  it('build publishes the regular articles and reports the others', async () => {
    const out = path.join(work, 'dist');
    const result = await run(['build', '--seeds', seeds, '--out', out, '--no-cache', '--workers', '1']);
    expect(result.killed, 'build waited on a special file').toBe(false);
    expect(result.code, result.stderr).toBe(0);
    refused(result.stderr, 'pipe.md', 'FIFO');
    expect(result.stderr).toMatch(/corrections sidecar a\.corrections\.yaml is a FIFO/);
    expect(listTree(out).filter((f) => f.startsWith('articles/') && f.endsWith('index.html'))).toHaveLength(1);
  }, 120_000);

  it('extract of an article whose sidecar is a FIFO returns with an error naming the sidecar', async () => {
    const result = await run(['extract', path.join(seeds, 'a.txt'), path.join(seeds, 'good.txt')]);
    expect(result.killed, 'extract waited on the FIFO').toBe(false);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/a\.corrections\.yaml is a FIFO/);
    expect(JSON.parse(result.stdout).articles).toHaveLength(1);
  }, 90_000);

  it('extract of a FIFO itself returns with an error', async () => {
    const result = await run(['extract', path.join(seeds, 'pipe.md')]);
    expect(result.killed, 'extract waited on the FIFO').toBe(false);
    expect(result.code).toBe(1);
    refused(result.stderr, 'pipe.md', 'FIFO');
  }, 90_000);
});
