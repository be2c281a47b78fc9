// Build a site once per test file through the real CLI entry (as `npx baokan build` does).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { cpSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const run = promisify(execFile);
export const ROOT = path.resolve(import.meta.dirname, '../..');
export const CLI = path.join(ROOT, 'bin/baokan.js');

export async function baokan(args: string[], options: { cwd?: string } = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { cwd: options.cwd ?? ROOT, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

/**
 * The sample archive: the seeds and the invented genre articles copied into
 * `input`, built into `site` through the CLI. Returns the CLI's result.
 */
export async function buildSampleSite(input: string, site: string) {
  for (const dir of [path.join(ROOT, 'seeds'), path.join(ROOT, 'test/fixtures/genre/articles')]) {
    for (const f of readdirSync(dir)) if (/\.(txt|md|ya?ml)$/.test(f)) cpSync(path.join(dir, f), path.join(input, f));
  }
  return baokan(['build', '--seeds', input, '--out', site, '--no-cache', '--quiet']);
}

/** Every file under dir, relative, sorted. */
export function listTree(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(path.relative(dir, full));
    }
  };
  walk(dir);
  return out;
}
