// Builds SIGKILLed at random moments, each followed by a build that must
// leave exactly the site a clean build makes (issue 21's acceptance). Shared
// by the kill-*.test.ts files, one kind of build each, so each file stays
// short: a kill costs a process start and most of a cold build.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { buildSite } from '../../../src/build.js';
import { ROOT } from '../../helpers/site.js';
import { writeSmallCorpus } from '../../helpers/small-corpus.js';
import { tempDir } from '../../helpers/tmp.js';
import { hashSite } from '../../bad-input/tree-hash.js';

const CHILD = path.join(import.meta.dirname, 'child.ts');

/**
 * fresh: no site yet; unsealed: a site that is not sealed, replaced whole;
 * in-place: the same input rebuilt over its own site; one-edit: one article
 * changed, committed in place; add-remove: an article added or removed;
 * cached: one-edit with a cache, so the next build's no-change check runs
 * over whatever the kill left.
 */
export type KillKind = 'fresh' | 'unsealed' | 'in-place' | 'one-edit' | 'add-remove' | 'cached';

/** A build process with the build loaded, waiting for its request. */
function startChild(): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    child.on('error', reject);
    child.once('exit', (code, signal) => reject(new Error(`the build process ended before it was ready (${code ?? signal})`)));
    child.stdout!.once('data', () => resolve(child));
    child.stderr!.on('data', () => {}); // a failed build shows in its exit code
  });
}

/** Send the request; SIGKILL after `afterMs` unless it has finished. */
function buildAndKill(child: ChildProcess, request: object, afterMs: number): Promise<{ killed: boolean; code: number | null; ms: number }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const timer = setTimeout(() => child.kill('SIGKILL'), afterMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ killed: signal === 'SIGKILL', code, ms: performance.now() - started });
    });
    child.stdin!.end(JSON.stringify(request));
  });
}

/** A small seeded generator: a failing run repeats from its seed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function killRepeatedly(kind: KillKind, kills: number, seed: number): Promise<{ kills: number; finished: number }> {
  const rand = random(seed);
  const work = tempDir(`baokan-kill-${kind}-`);
  const seeds = path.join(work, 'seeds');
  const names = writeSmallCorpus(seeds, 3, seed);
  // Inputs the builds switch between: 0 as generated; 1 one article edited (one-edit, cached) or removed (add-remove).
  const edited = path.join(seeds, names[0]!);
  const original = readFileSync(edited, 'utf8');
  const setInput = (input: number) => {
    if (kind === 'add-remove') {
      if (input === 1) unlinkSync(edited);
      else writeFileSync(edited, original);
    } else writeFileSync(edited, input === 1 ? original.replace('。', '。会议还通报了上一季度的工作情况。') : original);
  };
  const switches = kind === 'one-edit' || kind === 'add-remove' || kind === 'cached';
  const expected: Array<Record<string, string>> = [];
  for (const input of switches ? [0, 1] : [0]) {
    setInput(input);
    const clean = path.join(work, `clean-${input}`);
    await buildSite({ seeds, out: clean, cacheDir: null, workers: 1 });
    expected.push(hashSite(clean));
    rmSync(clean, { recursive: true });
  }
  const out = path.join(work, 'site');
  const cacheDir = kind === 'cached' ? path.join(work, 'cache') : null;
  let input = 0;
  setInput(input);
  await buildSite({ seeds, out, cacheDir, workers: 1 });
  const prepare = () => {
    if (kind === 'fresh') rmSync(out, { recursive: true, force: true });
    else if (kind === 'unsealed') rmSync(path.join(out, '.baokan', 'sealed'), { force: true });
    else if (switches) setInput((input = 1 - input));
  };
  const check = (what: string) => {
    const tree = hashSite(out);
    const want = expected[input]!;
    const differing = [...new Set([...Object.keys(tree), ...Object.keys(want)])].filter((f) => tree[f] !== want[f]).sort();
    expect(differing, `${what}: files that differ from a clean build`).toEqual([]);
    expect(readdirSync(work).filter((f) => f.startsWith('.')), what).toEqual([]);
    expect(existsSync(path.join(out, '.baokan', 'sealed')), what).toBe(true);
  };

  // One build not killed: how long this kind takes, start to exit.
  let upcoming = startChild();
  prepare();
  const timed = await buildAndKill(await upcoming, { seeds, out, cacheDir }, 600_000);
  expect(timed.code).toBe(0);
  check('the build that was not killed');
  // the shortest build seen: a shared machine's load makes the first one long, and kills after the end are no kills
  let span = timed.ms;

  let killed = 0;
  let finished = 0;
  upcoming = startChild();
  for (let attempt = 0; killed < kills && attempt < kills * 4; attempt++) {
    const child = await upcoming;
    prepare();
    // Anywhere in the build; every other kill in its second half, where it writes and commits.
    const at = attempt % 2 ? span * (0.5 + rand() * 0.5) : rand() * span;
    const result = await buildAndKill(child, { seeds, out, cacheDir }, at);
    upcoming = startChild(); // loads while this one's site is repaired and compared
    if (result.killed) killed++;
    else {
      finished++;
      expect(result.code).toBe(0);
      span = Math.min(span, result.ms);
    }
    await buildSite({ seeds, out, cacheDir, workers: 1 }); // finishes or undoes what the kill left, then builds
    check(`${kind}, attempt ${attempt}, killed after ${Math.round(at)} ms of ${Math.round(span)}`);
  }
  (await upcoming).kill('SIGKILL');
  return { kills: killed, finished };
}
