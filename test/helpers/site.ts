// Build a site once per test file through the real CLI entry (as `npx baokan build` does).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { cpSync, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
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

/**
 * Files that differ between a rebuilt site and a fresh build. The rebuilt one
 * may also hold redirect pages from URLs its previous build had (issue 17:
 * old links keep answering), listed in data/redirects.json: those, and their
 * entries in the file list, are history a fresh build cannot have.
 */
export function rebuiltSiteDifferences(a: string, b: string): string[] {
  const history = redirectHistory(a);
  const x = listTree(a).filter((f) => !history.has(f));
  const y = listTree(b);
  const only = [...x.filter((f) => !y.includes(f)), ...y.filter((f) => !x.includes(f))];
  const same = (f: string) => {
    if (f === 'data/redirects.json') return true;
    // the seal is the hash of the file list, compared above without the history
    if (f === '.baokan/sealed' && history.size > 0) return true;
    if (f === '.baokan/files.json') {
      // without the history, and without the redirect list's hash (history too)
      const files = (dir: string) => {
        const list = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { files: string[]; hashes?: Record<string, string> };
        const hashes = Object.fromEntries(Object.entries(list.hashes ?? {}).filter(([name]) => !history.has(name) && name !== 'data/redirects.json'));
        return JSON.stringify({ ...list, files: list.files.filter((name) => !history.has(name)), hashes });
      };
      return files(a) === files(b);
    }
    return readFileSync(path.join(a, f)).equals(readFileSync(path.join(b, f)));
  };
  return [...only, ...x.filter((f) => y.includes(f) && !same(f))];
}

/** The redirect pages a site holds (every script's copy), as listed in its data/redirects.json. */
export function redirectHistory(site: string): Set<string> {
  const listed = path.join(site, 'data/redirects.json');
  const moved = existsSync(listed) ? (JSON.parse(readFileSync(listed, 'utf8')) as Array<{ from: string }>).map((r) => r.from.slice(1)) : [];
  return new Set(moved.flatMap((from) => ['', 'zh-hans/', 'zh-hant/'].map((prefix) => `${prefix}${from}index.html`)));
}
