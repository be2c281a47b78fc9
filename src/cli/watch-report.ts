// What `serve --watch` prints after a rebuild: only files whose problems are
// new or changed since the last build, and files whose problems went away.
// Reprinting every warning of the archive on each save buries the one that matters.
import type { VFile } from 'vfile';

/** A file's problems as one comparable string (place, severity, rule, reason). */
function signature(file: VFile): string {
  return JSON.stringify(file.messages.map((m) => [m.line, m.column, m.fatal, m.ruleId, m.reason]));
}

export interface ProblemDiff {
  /** files with problems not printed before (new, or different from last time) */
  changed: VFile[];
  /** files that had problems last time and have none now (or are gone) */
  resolved: string[];
  /** what to compare the next build with */
  next: Map<string, string>;
}

export function diffProblems(previous: ReadonlyMap<string, string>, files: readonly VFile[]): ProblemDiff {
  const next = new Map<string, string>();
  const changed: VFile[] = [];
  for (const file of files) {
    if (file.messages.length === 0) continue;
    const sig = signature(file);
    next.set(file.path, sig);
    if (previous.get(file.path) !== sig) changed.push(file);
  }
  const resolved = [...previous.keys()].filter((p) => !next.has(p)).sort();
  return { changed, resolved, next };
}
