// A body's regular meeting (局务会议 every quarter) is one name with many
// dates: search shows it once, with how many there are, not ten times over.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { openSiteInBrowser } from '../helpers/browser.js';
import { baokan } from '../helpers/site.js';
import { tempDir } from '../helpers/tmp.js';

const work = tempDir('baokan-search-meetings-');
const seeds = path.join(work, 'seeds');
const site = path.join(work, 'site');
let browser: Browser;
let closeSite: (() => Promise<void>) | undefined;
let origin = '';

beforeAll(async () => {
  mkdirSync(seeds);
  for (const month of [3, 6, 9]) {
    writeFileSync(
      path.join(seeds, `meeting-${month}.md`),
      `---\ntitle: 县水利局召开第${month / 3}季度局务会议\ndate: 2023-0${month}-15\n---\n\n${month}月14日，县水利局召开局务会议，研究部署防汛抗旱工作。局长主持会议并讲话。\n`,
    );
  }
  const built = await baokan(['build', '--seeds', seeds, '--out', site, '--no-cache', '--quiet']);
  expect(built.code, built.stderr).toBe(0);
  ({ browser, origin, close: closeSite } = await openSiteInBrowser(site));
}, 120_000);

afterAll(() => closeSite?.());

describe('search results for meetings of one name', () => {
  it('show the name once, with the count, while every article is still listed', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/search/?q=${encodeURIComponent('局务会议')}`);
    await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached', timeout: 20_000 });
    const items = await page.$$eval('#search-results li', (lis) => lis.map((li) => ({ href: li.querySelector('a')!.getAttribute('href')!, meta: li.querySelector('.result-meta')!.textContent! })));
    const meetings = items.filter((i) => i.href.includes('/meetings/'));
    expect(meetings).toHaveLength(1);
    expect(meetings[0]!.meta).toContain('同名会议 3 次');
    expect(items.filter((i) => i.href.includes('/articles/'))).toHaveLength(3);
    await page.close();
  }, 60_000);
});
