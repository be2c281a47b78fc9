// Atom, sitemap, CSV and JSON-LD: escaped for where they go, well-formed, same input → same bytes.
import { describe, expect, it } from 'vitest';
import { parseFragment } from 'parse5';
import {
  atomFeed,
  eventLd,
  jsonLd,
  newsArticleLd,
  organizationLd,
  personLd,
  sitemap,
  toCsv,
  type AtomEntry,
} from '../../src/render/feeds.js';
import { parseXml, type El } from '../helpers/xml.js';

const kids = (el: El, name: string): El[] => el.children.filter((c) => c.name === name);
const kid = (el: El, name: string): El => {
  const found = kids(el, name);
  expect(found, `<${el.name}> has one <${name}>`).toHaveLength(1);
  return found[0]!;
};

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

// ---------------------------------------------------------------- CSV

describe('toCsv', () => {
  it('writes RFC 4180 with CRLF and a BOM, quoting only what needs it, in Chinese', () => {
    const csv = toCsv(
      ['姓名', '職務', '次數'],
      [
        ['王建國', '市長', 3],
        ['李明', '書記,兼主任', 12],
        ['陳芳', '他說"要抓落實"', 0],
        ['趙', '第一行\n第二行', null],
        ['孫', '回車\r在此', 1.5],
      ],
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toBe(
      '\uFEFF姓名,職務,次數\r\n' +
        '王建國,市長,3\r\n' +
        '李明,"書記,兼主任",12\r\n' +
        '陳芳,"他說""要抓落實""",0\r\n' +
        '趙,"第一行\n第二行",\r\n' +
        '孫,"回車\r在此",1.5\r\n',
    );
    // Every record ends with CRLF; no bare LF outside quotes.
    expect(csv.split('\r\n')).toHaveLength(6 + 1);
  });

  it('neutralizes formula injection in text but keeps negative numbers', () => {
    const csv = toCsv(
      ['a', 'b'],
      [
        ['=HYPERLINK("http://evil.example","點我")', -5],
        ['+86 10 1234', -0.25],
        ['-1+1', '@SUM(A1:A9)'],
        ['\t=1', '\r=1'],
        ['普通文字 =1', '1-2'],
      ],
    );
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toBe(`"'=HYPERLINK(""http://evil.example"",""點我"")",-5`);
    expect(lines[2]).toBe(`'+86 10 1234,-0.25`);
    expect(lines[3]).toBe(`'-1+1,'@SUM(A1:A9)`);
    expect(lines[4]).toBe(`'\t=1,"'\r=1"`);
    // Only the first character counts.
    expect(lines[5]).toBe('普通文字 =1,1-2');
    // A header is text too.
    expect(toCsv(['=cmd'], [])).toBe("\uFEFF'=cmd\r\n");
  });

  it('writes numbers plainly: no -0, nothing for NaN, and pads short rows', () => {
    expect(toCsv(['x', 'y', 'z'], [[-0, Number.NaN], [1e21, Infinity, 7]])).toBe('\uFEFFx,y,z\r\n0,,\r\n1e+21,,7\r\n');
    expect(() => toCsv(['x'], [['a', 'b']])).toThrow(RangeError);
  });

  it('reads back: a small RFC 4180 reader returns the fields (after the formula mark)', () => {
    const rows = [
      ['標題', '內容'],
      ['「引號」"與"逗號,', '多行\r\n文字'],
    ];
    const csv = toCsv(rows[0]!, [rows[1]!]);
    const parsed: string[][] = [];
    let field = '';
    let row: string[] = [];
    let quoted = false;
    const body = csv.slice(1);
    for (let i = 0; i < body.length; i++) {
      const c = body[i]!;
      if (quoted) {
        if (c === '"' && body[i + 1] === '"') (field += '"'), i++;
        else if (c === '"') quoted = false;
        else field += c;
      } else if (c === '"') quoted = true;
      else if (c === ',') row.push(field), (field = '');
      else if (c === '\r' && body[i + 1] === '\n') row.push(field), parsed.push(row), (row = []), (field = ''), i++;
      else field += c;
    }
    expect(parsed).toEqual(rows);
  });
});

// ---------------------------------------------------------------- JSON-LD

describe('jsonLd', () => {
  const attack = '</script><script>alert(1)</script><!-- & \u2028\u2029';

  it('cannot close the script element, and parses back to the same data', () => {
    const data = newsArticleLd({
      headline: attack,
      datePublished: '2024-03-05',
      authors: [attack, '記者 王建國'],
      publisher: '人民日報',
      description: '>>&&<<',
    });
    const text = jsonLd(data);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(text)).toEqual(data);
    // Inside a real HTML page, the element holds exactly our text.
    const html = `<script type="application/ld+json">${text}</script><p>after</p>`;
    const nodes = parseFragment(html).childNodes;
    expect(nodes.map((n) => n.nodeName)).toEqual(['script', 'p']);
    const script = nodes[0] as unknown as { childNodes: Array<{ value: string }> };
    expect(script.childNodes.map((t) => t.value).join('')).toBe(text);
    expect(JSON.parse(script.childNodes[0]!.value)).toEqual(data);
  });

  it('builds schema.org objects with the obvious fields', () => {
    expect(
      newsArticleLd({
        headline: '市政府召開常務會議',
        datePublished: '2024-03-05',
        authors: ['王建國', '', '王建國', '李明'],
        publisher: '吉林日報',
        url: '/articles/a/',
      }),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: '市政府召開常務會議',
      datePublished: '2024-03-05',
      author: [
        { '@type': 'Person', name: '王建國' },
        { '@type': 'Person', name: '李明' },
      ],
      publisher: { '@type': 'Organization', name: '吉林日報' },
      url: '/articles/a/',
    });
    // No date, no publisher: left out, not null.
    const bare = newsArticleLd({ headline: 'h', datePublished: null, authors: [] });
    expect(Object.keys(bare)).toEqual(['@context', '@type', 'headline', 'author']);

    expect(personLd({ name: '李明', jobTitle: ['市長'], affiliation: ['吉林市人民政府', '吉林市委'] })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Person',
      name: '李明',
      jobTitle: '市長',
      affiliation: [
        { '@type': 'Organization', name: '吉林市人民政府' },
        { '@type': 'Organization', name: '吉林市委' },
      ],
    });
    expect(organizationLd({ name: '吉林市人民政府', alternateName: ['市政府', '吉林市人民政府'] })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: '吉林市人民政府',
      alternateName: '市政府',
    });
    expect(eventLd({ name: '全市經濟工作會議', startDate: '2024-01-08', location: '市委禮堂', organizer: ['吉林市委'] })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: '全市經濟工作會議',
      startDate: '2024-01-08',
      location: { '@type': 'Place', name: '市委禮堂' },
      organizer: { '@type': 'Organization', name: '吉林市委' },
    });
    // A date without a year is not an ISO date: left out.
    expect(eventLd({ name: 'm', startDate: '--03-05' })).toEqual({ '@context': 'https://schema.org', '@type': 'Event', name: 'm' });
  });
});

// ---------------------------------------------------------------- Atom

const entries: AtomEntry[] = [
  { url: '/articles/old/', title: '舊聞', date: '2023-12-30', summary: '較早', authors: ['李明'] },
  {
    url: '/articles/new/',
    title: '<script>alert("t")</script> & 新聞',
    date: '2024-03-05',
    summary: '會議指出 a<b && c>d \'引\'',
    authors: ['王建國', '記者<b>'],
  },
  { url: '/articles/undated/', title: '無日期', date: null, summary: '', authors: [] },
  { url: '/articles/month/', title: '月份', date: '2024-01', summary: 's', authors: [] },
];

function checkFeed(xml: string): El {
  expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n')).toBe(true);
  const feed = parseXml(xml);
  expect(feed.name).toBe('feed');
  expect(feed.attrs.xmlns).toBe('http://www.w3.org/2005/Atom');
  expect(kid(feed, 'id').text).not.toBe('');
  expect(kid(feed, 'title').text).not.toBe('');
  expect(kid(feed, 'updated').text).toMatch(RFC3339);
  expect(kids(feed, 'link').filter((l) => l.attrs.rel === 'self')).toHaveLength(1);
  const feedHasAuthor = kids(feed, 'author').length > 0;
  const ids = new Set<string>();
  for (const entry of kids(feed, 'entry')) {
    const id = kid(entry, 'id').text;
    expect(ids.has(id)).toBe(false);
    ids.add(id);
    expect(kid(entry, 'title').text).not.toBe('');
    expect(kid(entry, 'updated').text).toMatch(RFC3339);
    expect(kid(entry, 'link').attrs.href).toBeTruthy();
    kid(entry, 'summary');
    // Atom: each entry has an author, or the feed has one.
    expect(feedHasAuthor || kids(entry, 'author').length > 0).toBe(true);
    for (const author of kids(entry, 'author')) expect(kid(author, 'name').text).not.toBe('');
  }
  return feed;
}

describe('atomFeed', () => {
  const opts = { siteUrl: 'https://news.example.org/', title: '報刊 & <存檔>', feedPath: '/feed.xml', updated: '2024-03-05', entries };

  it('is well-formed Atom with absolute ids and links, newest first', () => {
    const feed = checkFeed(atomFeed(opts));
    expect(kid(feed, 'id').text).toBe('https://news.example.org/feed.xml');
    expect(kid(feed, 'title').text).toBe('報刊 & <存檔>');
    expect(kid(feed, 'updated').text).toBe('2024-03-05T00:00:00Z');
    expect(kids(feed, 'link').find((l) => l.attrs.rel === 'self')!.attrs.href).toBe('https://news.example.org/feed.xml');
    const list = kids(feed, 'entry');
    expect(list.map((e) => kid(e, 'id').text)).toEqual([
      'https://news.example.org/articles/new/',
      'https://news.example.org/articles/month/',
      'https://news.example.org/articles/old/',
      'https://news.example.org/articles/undated/',
    ]);
    const first = list[0]!;
    expect(kid(first, 'title').text).toBe('<script>alert("t")</script> & 新聞');
    expect(kid(first, 'summary').text).toBe('會議指出 a<b && c>d \'引\'');
    expect(kids(first, 'author').map((a) => kid(a, 'name').text)).toEqual(['王建國', '記者<b>']);
    expect(kid(first, 'link').attrs.href).toBe('https://news.example.org/articles/new/');
    expect(kid(list[1]!, 'updated').text).toBe('2024-01-01T00:00:00Z');
    // The undated entry is dated with the feed, never with the clock.
    expect(kid(list[3]!, 'updated').text).toBe('2024-03-05T00:00:00Z');
  });

  it('escapes every text', () => {
    const xml = atomFeed(opts);
    expect(xml).not.toContain('<script');
    expect(xml).not.toContain('<b>');
    expect(xml).toContain('&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt; &amp; 新聞');
    // Control characters XML cannot carry are dropped rather than breaking the document.
    checkFeed(atomFeed({ ...opts, entries: [{ ...entries[0]!, title: 'a\u0000b\u001Fc\uFFFE', summary: 'x\uD800y' }] }));
  });

  it("uses tag: ids and relative links when siteUrl is ''", () => {
    const feed = checkFeed(atomFeed({ ...opts, siteUrl: '' }));
    expect(kid(feed, 'id').text).toBe('tag:baokan,2000:/feed.xml');
    // relative to the feed file, so they hold wherever the site is put
    expect(kids(feed, 'link').find((l) => l.attrs.rel === 'self')!.attrs.href).toBe('feed.xml');
    expect(kids(feed, 'link').find((l) => l.attrs.rel === 'alternate')!.attrs.href).toBe('index.html');
    const first = kids(feed, 'entry')[0]!;
    expect(kid(first, 'id').text).toBe('tag:baokan,2000:/articles/new/');
    expect(kid(first, 'link').attrs.href).toBe('articles/new/index.html');
  });

  it('percent-encodes non-ASCII paths and refuses URLs that are not site paths', () => {
    const feed = parseXml(atomFeed({ ...opts, entries: [{ ...entries[0]!, url: '/人物/李 明/' }] }));
    expect(kid(kids(feed, 'entry')[0]!, 'id').text).toBe('https://news.example.org/%E4%BA%BA%E7%89%A9/%E6%9D%8E%20%E6%98%8E/');
    for (const url of ['javascript:alert(1)', 'https://other.example/', '//other.example/']) {
      expect(() => atomFeed({ ...opts, entries: [{ ...entries[0]!, url }] })).toThrow(TypeError);
    }
    expect(() => atomFeed({ ...opts, siteUrl: 'javascript:alert(1)' })).toThrow(TypeError);
  });

  it('is deterministic whatever the entry order, and takes updated from the data', () => {
    const a = atomFeed(opts);
    expect(atomFeed(opts)).toBe(a);
    expect(atomFeed({ ...opts, entries: [...entries].reverse() })).toBe(a);
    // No usable updated: the newest entry's date, not the clock.
    const feed = parseXml(atomFeed({ ...opts, updated: '' }));
    expect(kid(feed, 'updated').text).toBe('2024-03-05T00:00:00Z');
    const empty = checkFeed(atomFeed({ ...opts, updated: '', entries: [] }));
    expect(kid(empty, 'updated').text).toBe('2000-01-01T00:00:00Z');
  });
});

// ---------------------------------------------------------------- sitemap

describe('sitemap', () => {
  const paths = ['/people/li/', '/', '/articles/b/', '/articles/a/', '/articles/a/'];

  it('lists distinct paths sorted, as absolute URLs', () => {
    const files = sitemap('https://news.example.org', paths);
    expect(files.map(([f]) => f)).toEqual(['sitemap.xml']);
    const xml = files[0]![1];
    const urlset = parseXml(xml);
    expect(urlset.name).toBe('urlset');
    expect(urlset.attrs.xmlns).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(kids(urlset, 'url').map((u) => kid(u, 'loc').text)).toEqual([
      'https://news.example.org/',
      'https://news.example.org/articles/a/',
      'https://news.example.org/articles/b/',
      'https://news.example.org/people/li/',
    ]);
    expect(sitemap('https://news.example.org/', [...paths].reverse())[0]![1]).toBe(xml);
  });

  it('escapes paths, and refuses to write one without the site\'s address (a <loc> must be absolute)', () => {
    const urlset = parseXml(sitemap('https://news.example.org/archive', ['/b/', '/a/?x=1&y=2', 'c/'])[0]![1]);
    expect(kids(urlset, 'url').map((u) => kid(u, 'loc').text)).toEqual(['https://news.example.org/archive/a/?x=1&y=2', 'https://news.example.org/archive/b/', 'https://news.example.org/archive/c/']);
    expect(() => sitemap('', ['/'])).toThrow(TypeError);
  });

  it('past the limit of URLs a file, writes a sitemap index of sitemaps that each keep to it', () => {
    const many = Array.from({ length: 7 }, (_, i) => `/articles/${i}/`);
    const files = sitemap('https://news.example.org/archive', many, 3);
    expect(files.map(([f]) => f)).toEqual(['sitemap.xml', 'sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml']);
    const index = parseXml(files[0]![1]);
    expect(index.name).toBe('sitemapindex');
    expect(kids(index, 'sitemap').map((s) => kid(s, 'loc').text)).toEqual(['https://news.example.org/archive/sitemap-1.xml', 'https://news.example.org/archive/sitemap-2.xml', 'https://news.example.org/archive/sitemap-3.xml']);
    const listed = files.slice(1).map(([, xml]) => kids(parseXml(xml), 'url').map((u) => kid(u, 'loc').text));
    expect(listed.map((l) => l.length)).toEqual([3, 3, 1]);
    expect(listed.flat()).toEqual(many.map((p) => `https://news.example.org/archive${p}`).sort());
  });
});
