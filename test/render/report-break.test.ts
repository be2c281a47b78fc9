// A page that carries two reports (又訊 starts the second) shows a visible
// break where the second begins, and only there.
import { describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { baokan } from '../helpers/site.js';
import { tempDir } from '../helpers/tmp.js';

const TWO_REPORTS = [
  '縣教育局召開校園安全工作會議',
  '',
  '本報訊 3月5日，縣教育局召開校園安全工作會議，部署春季開學安全工作。',
  '會議要求各校開展隱患排查。',
  '又訊 3月6日，縣衛健委組織開展食品安全檢查，檢查學校食堂15家。',
  '檢查組對發現的問題提出整改意見。',
  '',
].join('\n');

describe('又訊', () => {
  it('starts a paragraph marked as a new report, with a rule before it in the style sheet', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'seeds'));
    writeFileSync(path.join(dir, 'seeds', 'two.txt'), TWO_REPORTS);
    // a Markdown article cannot ask for the class itself
    writeFileSync(path.join(dir, 'seeds', 'md.md'), '---\ntitle: 市水務集團開展汛前檢查\ndate: 2023-05-08\n---\n\n<p class="report-start">5月6日，市水務集團開展汛前檢查。</p>\n\n檢查泵站12座。\n');
    const built = await baokan(['build', '--seeds', path.join(dir, 'seeds'), '--out', path.join(dir, 'site'), '--no-cache', '--quiet']);
    expect(built.code, built.stderr).toBe(0);
    const pages = readdirSync(path.join(dir, 'site', 'articles')).map((id) => readFileSync(path.join(dir, 'site', 'articles', id, 'index.html'), 'utf8'));
    const two = pages.find((html) => html.includes('食品安全檢查'))!;
    const marked = [...two.matchAll(/<p id="p-(\d+)" class="report-start">(.*?)<\/p>/g)];
    expect(marked.map((m) => m[2]!.replace(/<[^>]+>/g, ''))).toEqual(['3月6日，縣衛健委組織開展食品安全檢查，檢查學校食堂15家。']);
    expect(two).not.toContain('又訊');
    const md = pages.find((html) => html.includes('汛前檢查'))!;
    expect(md).not.toContain('report-start');
    expect(readFileSync(path.join(dir, 'site', 'style.css'), 'utf8')).toMatch(/p\.report-start\s*\{[^}]*border-top/);
  }, 60_000);
});
