// serve --watch prints only problems that are new or changed since the last
// rebuild, and says when a file's problems went away.
import { describe, expect, it } from 'vitest';
import { diffProblems } from '../../src/cli/watch-report.js';
import { newFile, report } from '../../src/messages.js';

const fileWith = (path: string, problems: Array<[string, string, number]>) => {
  const f = newFile(path);
  for (const [code, reason, line] of problems) report(f, 'warning', code, reason, { line, column: 1 });
  return f;
};

describe('diffProblems', () => {
  it('prints everything the first time, nothing when a rebuild finds the same problems', () => {
    const first = [fileWith('seeds/a.txt', [['year-unknown', 'no year', 1]]), fileWith('seeds/b.txt', []), fileWith('seeds/c.txt', [['damaged-text', 'garbled', 4]])];
    const one = diffProblems(new Map(), first);
    expect(one.changed.map((f) => f.path)).toEqual(['seeds/a.txt', 'seeds/c.txt']);
    const again = [fileWith('seeds/a.txt', [['year-unknown', 'no year', 1]]), fileWith('seeds/b.txt', []), fileWith('seeds/c.txt', [['damaged-text', 'garbled', 4]])];
    const two = diffProblems(one.next, again);
    expect(two.changed).toEqual([]);
    expect(two.resolved).toEqual([]);
  });

  it('prints a file whose problems changed, and names a file whose problems went away or that was removed', () => {
    const before = diffProblems(new Map(), [fileWith('seeds/a.txt', [['year-unknown', 'no year', 1]]), fileWith('seeds/c.txt', [['damaged-text', 'garbled', 4]]), fileWith('seeds/d.txt', [['impossible-date', 'bad', 2]])]);
    const after = diffProblems(before.next, [fileWith('seeds/a.txt', [['year-unknown', 'no year', 2]]), fileWith('seeds/c.txt', [])]);
    expect(after.changed.map((f) => f.path)).toEqual(['seeds/a.txt']);
    expect(after.resolved).toEqual(['seeds/c.txt', 'seeds/d.txt']);
  });
});
