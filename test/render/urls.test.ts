// Links are relative to the page that writes them (docs/decisions.md, "Links
// are relative"): the same output works from disk, at a root and under any path.
import { describe, expect, it } from 'vitest';
import { relativeUrl } from '../../src/render/urls.js';
import { linkArchive } from '../../src/link/index.js';
import { SiteData } from '../../src/render/site-data.js';
import { ViewContext } from '../../src/render/context.js';
import { hans, hant } from './fixtures.js';

describe('relativeUrl', () => {
  it('leads from a page file to a site path, pages named by their index.html', () => {
    const cases: Array<[string, string, string]> = [
      ['index.html', '/', 'index.html'],
      ['index.html', '/people/', 'people/index.html'],
      ['index.html', '/style.css', 'style.css'],
      ['people/x/index.html', '/', '../../index.html'],
      ['people/x/index.html', '/people/', '../index.html'],
      ['people/x/index.html', '/people/y/', '../y/index.html'],
      ['people/x/index.html', '/style.css', '../../style.css'],
      ['people/x/index.html', '/articles/a/#p-3', '../../articles/a/index.html#p-3'],
      ['people/x/index.html', '/search/?lang=zh-Hans', '../../search/index.html?lang=zh-Hans'],
      ['zh-hans/people/x/index.html', '/zh-hans/articles/a/', '../../articles/a/index.html'],
      ['zh-hans/people/x/index.html', '/people/x/', '../../../people/x/index.html'],
      ['figures/2/index.html', '/figures/', '../index.html'],
      ['charts/co-attendance.svg', '/people/x/', '../people/x/index.html'],
      ['feed.xml', '/articles/a/', 'articles/a/index.html'],
      // a fragment on the page itself is the fragment alone
      ['articles/a/index.html', '/articles/a/#p-1', '#p-1'],
      ['articles/a/index.html', '/articles/a/', 'index.html'],
    ];
    for (const [from, to, expected] of cases) expect(relativeUrl(from, to), `${from} → ${to}`).toBe(expected);
  });

  it('resolves, as a browser does, to the target under any base: disk, root or sub-path', () => {
    const from = 'zh-hans/people/x/index.html';
    for (const to of ['/', '/people/y/', '/articles/a/#p-2', '/data/figures.csv', '/zh-hans/meetings/m/']) {
      for (const base of ['file:///home/u/dist/', 'https://example.org/', 'https://example.org/archive/']) {
        const resolved = new URL(relativeUrl(from, to), base + from).href;
        expect(resolved).toBe(base + to.slice(1).replace(/(^|\/)(#|$)/, '$1index.html$2'));
      }
    }
  });
});

describe('ViewContext links', () => {
  const articles = [hant, hans];
  const data = new SiteData(articles, linkArchive(articles.map((a) => a.record)), 'zh-Hant');
  const ctx = (file: string, script: 'zh-Hans' | 'zh-Hant' = 'zh-Hant', siteUrl = '', absolute = false) =>
    new ViewContext(data, script, 'zh-Hant', 'zh-Hant', new Set(), new Map(), { file, siteUrl, absolute });

  it('writes pages, files and emitted charts relative to the page; its own address only with a url', () => {
    const page = ctx('people/x/index.html');
    expect(page.href('/people/')).toBe('../index.html');
    expect(page.link('/style.css')).toBe('../../style.css');
    expect(page.emit('charts/c.svg', () => '<svg/>')).toBe('../../charts/c.svg');
    expect(page.pageUrl).toBeNull();
    expect(ctx('people/x/index.html', 'zh-Hant', 'https://example.org/archive').pageUrl).toBe('https://example.org/archive/people/x/');
    expect(ctx('index.html', 'zh-Hant', 'https://example.org').pageUrl).toBe('https://example.org/');
  });

  it('a page in the other script links to pages in that script, still relative', () => {
    const twin = ctx('zh-hans/people/x/index.html', 'zh-Hans');
    expect(twin.href('/people/')).toBe('../index.html');
    expect(twin.href('/')).toBe('../../index.html');
    expect(twin.link('/style.css')).toBe('../../../style.css');
  });

  it('the 404 page links absolutely when the site has a url (servers show it at any depth)', () => {
    const notFound = ctx('404.html', 'zh-Hant', 'https://example.org/archive', true);
    expect(notFound.href('/')).toBe('https://example.org/archive/');
    expect(notFound.link('/style.css')).toBe('https://example.org/archive/style.css');
  });

  it("turns an article's own site-path links relative, never out of the site, and leaves others alone", () => {
    const page = ctx(`articles/${hant.record.id}/index.html`);
    expect(page.bodyHref('/people/y/')).toBe('../../people/y/index.html');
    expect(page.bodyHref('/data/figures.csv')).toBe('../../data/figures.csv');
    expect(page.bodyHref('/people/y/#p-1')).toBe('../../people/y/index.html#p-1');
    // dot segments cannot climb above the site's folder on disk
    expect(page.bodyHref('/../../../etc/passwd')).toBe('../../etc/passwd');
    for (const href of ['https://example.org/x', '#p-2', 'mailto:a@example.org', '../relative/', '//example.org/x']) expect(page.bodyHref(href)).toBe(href);
    const twin = ctx(`zh-hans/articles/${hant.record.id}/index.html`, 'zh-Hans');
    expect(twin.bodyHref('/people/y/')).toBe('../../people/y/index.html');
    expect(twin.bodyHref('/search/?q=x')).toBe('../../../search/index.html?q=x');
  });
});
