// A rebuild takes from the previous site every page whose recorded
// dependencies are unchanged (render/reuse.ts). Were a view able to read
// something its key does not name, some sequence of edits would leave a
// stale page: random sequences of edits, additions and deletions must give,
// after each step, the same bytes as a build from scratch.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSite } from '../../src/build.js';
import { rebuiltSiteDifferences } from '../helpers/site.js';
import { tempDir } from '../helpers/tmp.js';

/** An invented report; every field can be edited on its own. */
interface Report {
  headline: string;
  date: string;
  publication: string;
  category: string;
  host: string;
  official: string;
  figure: number;
  simplified: boolean;
}

// Invented names and bodies (none from the seeds). A name twice: namesakes at
// other bodies become two people, each URL from its own body.
const OFFICIALS = ['甄測明', '賈試華', '甄測明', '柯演東', '閔樣平'];
const HOSTS = ['遠洋測試集團有限公司', '北嶺試驗能源有限公司', '南溪樣本水務有限公司'];
const PUBLICATIONS = ['測試日報', '樣本週刊', '試驗通訊'];
const CATEGORIES = ['要聞', '企業動態', '行業新聞'];
const HEADLINES = ['召開年度工作會議', '部署安全生產工作', '推進改革發展', '總結上半年工作'];

function text(r: Report): string {
  const [y, m, d] = r.date.split('-');
  const body = [
    `${r.host.slice(0, 4)}${r.headline}`,
    `${r.date} 10:00 來源: ${r.publication} 分類: ${r.category} 作者: 王測`,
    `${Number(m)}月${Number(d)}日上午，${r.host}在本部召開年度工作會議。公司黨委書記、總經理${r.official}出席會議並講話。`,
    `${r.official}指出，${y}年要抓好安全生產，全年完成投資${r.figure}億元。`,
    '責任編輯：李測',
    '',
  ].join('\n');
  // the same report in Simplified: pages in both scripts, and links between them
  return r.simplified ? body.replace(/來源/g, '来源').replace(/分類/g, '分类').replace(/會議/g, '会议').replace(/講話/g, '讲话').replace(/責任編輯/g, '责任编辑') : body;
}

const report = (i: number): Report => ({
  headline: HEADLINES[i % HEADLINES.length]!,
  date: `20${String(10 + (i % 9)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`,
  publication: PUBLICATIONS[i % PUBLICATIONS.length]!,
  category: CATEGORIES[(i * 2) % CATEGORIES.length]!,
  host: HOSTS[i % HOSTS.length]!,
  official: OFFICIALS[i % OFFICIALS.length]!,
  figure: 10 + i,
  simplified: i % 3 === 2,
});

type Step =
  | { op: 'edit'; target: number; field: keyof Report; value: number }
  | { op: 'add'; value: number }
  | { op: 'remove'; target: number };

const FIELDS: Array<keyof Report> = ['headline', 'date', 'publication', 'category', 'host', 'official', 'figure', 'simplified'];
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant('edit' as const), target: fc.nat(20), field: fc.constantFrom(...FIELDS), value: fc.nat(30) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('add' as const), value: fc.nat(30) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('remove' as const), target: fc.nat(20) }) },
);

function apply(reports: Map<string, Report>, s: Step, next: () => string): void {
  const names = [...reports.keys()].sort();
  if (s.op === 'add') {
    reports.set(next(), report(s.value));
    return;
  }
  if (names.length === 0) return;
  const name = names[s.target % names.length]!;
  if (s.op === 'remove') {
    reports.delete(name);
    return;
  }
  const r = { ...reports.get(name)! };
  const other = report(s.value);
  if (s.field === 'simplified') r.simplified = !r.simplified;
  else (r as Record<string, unknown>)[s.field] = other[s.field];
  reports.set(name, r);
}

function write(seeds: string, reports: Map<string, Report>): void {
  rmSync(seeds, { recursive: true, force: true });
  mkdirSync(seeds, { recursive: true });
  for (const [name, r] of reports) writeFileSync(path.join(seeds, name), text(r));
}

const differences = rebuiltSiteDifferences;

describe('a rebuild after any edits equals a build from scratch', { timeout: 900_000 }, () => {
  it('random sequences of edits, additions and deletions', async () => {
    const work = tempDir('baokan-incremental-');
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 4 }), async (steps) => {
        const dir = path.join(work, String(run++));
        const seeds = path.join(dir, 'seeds');
        const out = path.join(dir, 'site');
        const cacheDir = path.join(dir, 'cache');
        let added = 0;
        const reports = new Map(Array.from({ length: 6 }, (_, i) => [`r${i}.txt`, report(i)] as const));
        write(seeds, reports);
        await buildSite({ seeds, out, cacheDir, workers: 1 });
        let reused = 0;
        let changed = false;
        for (const [i, s] of steps.entries()) {
          const before = JSON.stringify([...reports]);
          apply(reports, s, () => `added-${added++}.txt`);
          changed ||= JSON.stringify([...reports]) !== before;
          write(seeds, reports);
          const rebuilt = await buildSite({ seeds, out, cacheDir, workers: 1 });
          reused += rebuilt.stats.reused;
          const fresh = path.join(dir, `fresh-${i}`);
          await buildSite({ seeds, out: fresh, cacheDir: null, workers: 1 });
          expect(differences(out, fresh), JSON.stringify(steps.slice(0, i + 1))).toEqual([]);
          rmSync(fresh, { recursive: true, force: true });
        }
        // the rebuilds did take pages from the previous site (else this would test nothing);
        // edits that set a field to the value it had change nothing, and a no-change build reuses no page
        if (changed) expect(reused).toBeGreaterThan(0);
      }),
      { numRuns: 10, endOnFailure: true },
    );
  });
});
