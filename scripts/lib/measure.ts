// Run a command under GNU time and read back its wall time and peak memory.
// GNU time reports the largest resident set of the process tree it waited
// for (the Pagefind binary is a child of the build), so a build also writes
// its own peak (process.resourceUsage) to tell the two apart.
import { spawn } from 'node:child_process';

export interface Measured {
  seconds: number;
  /** peak resident set of the largest process in the tree, bytes */
  maxRssBytes: number;
  stdout: string;
  stderr: string;
}

export async function measure(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Measured> {
  const started = performance.now();
  const child = spawn('/usr/bin/time', ['-v', command, ...args], { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed (${code}):\n${stderr.slice(-3000)}`);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  return { seconds, maxRssBytes: rss ? Number(rss[1]) * 1024 : NaN, stdout, stderr };
}

export function median(values: number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
