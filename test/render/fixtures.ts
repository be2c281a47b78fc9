// Hand-made site articles (invented text) for the render and search tests.
import type { Root, RootContent } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { toString } from 'mdast-util-to-string';
import type { ArticleRecord } from '../../src/types.js';
import type { SiteArticle } from '../../src/render/index.js';

export function record(id: string, fields: Partial<ArticleRecord> & { paragraphs: string[] }): ArticleRecord {
  return {
    id,
    source: { path: `${id}.txt`, sha256: id.padEnd(64, '0') },
    title: '',
    titleDerived: false,
    kicker: null,
    date: null,
    dateEvidence: null,
    publication: null,
    category: null,
    authors: [],
    editors: [],
    views: null,
    script: 'Hant',
    warnings: [],
    officials: [],
    organisations: [],
    meetings: [],
    figures: [],
    statements: [],
    ...fields,
  };
}

/** Where `text` is in paragraph `p`. */
export function at(paragraphs: string[], p: number, text: string) {
  const start = paragraphs[p]!.indexOf(text);
  if (start < 0) throw new Error(`fixture: “${text}” not in paragraph ${p}`);
  return { paragraph: p, start, end: start + text.length };
}

function span(code: string, paragraphs: string[], p: number, text: string) {
  return { code, message: `${code}: “${text}”`, ...at(paragraphs, p, text) };
}

/** One paragraph node per text, with the parser's `p-N` ids. */
export function plainBody(paragraphs: string[]): Root {
  return {
    type: 'root',
    children: paragraphs.map((value, i) => ({
      type: 'paragraph',
      children: [{ type: 'text', value }],
      data: { hProperties: { id: `p-${i}` } },
    })),
  };
}

/** Markdown through remark-parse, ids set on text blocks as the parser does. */
export function markdownBody(markdown: string): { body: Root; paragraphs: string[] } {
  const body = unified().use(remarkParse).parse(markdown) as Root;
  const paragraphs: string[] = [];
  const visit = (node: RootContent) => {
    if (node.type === 'paragraph' || node.type === 'heading') {
      const value = toString(node).replace(/\s*\n\s*/g, '').trim();
      if (!value) return;
      node.data = { ...(node.data ?? {}), hProperties: { id: `p-${paragraphs.length}` } };
      paragraphs.push(value);
      return;
    }
    if ('children' in node) for (const child of node.children as RootContent[]) visit(child);
  };
  for (const child of body.children) visit(child);
  return { body, paragraphs };
}

const hantParagraphs = [
  '本報訊 3月12日，青嵐市礦業集團召開安全生產維穩工作會議，集團董事長柯明遠出席並講話。',
  '會議要求，各單位要把維穩工作擺在突出位置，確保全年安全生產目標實現。',
  '會上，集團總經理轉變?yōu)橛猩到y(tǒng)作風，表彰了二〇一八年度先進集體。',
];

export const hant: SiteArticle = {
  lang: 'zh-Hant',
  body: plainBody(hantParagraphs),
  record: record('hant-article', {
    title: '青嵐礦業集團部署安全維穩工作',
    kicker: '堅持安全發展',
    date: '2018-11-30',
    publication: '有色報',
    category: '重點新聞',
    authors: ['林青'],
    editors: ['周定'],
    paragraphs: hantParagraphs,
    sourceNotice: '本網聲明：轉載請註明出處。\n聯繫電話：0000-0000000',
    warnings: [span('damaged-text', hantParagraphs, 2, '?yōu)橛猩到y(tǒng)')],
  }),
};

const hansParagraphs = [
  '本报讯 5月6日，远川市钼业公司举行技术创新表彰大会，公司党委书记韩明出席。',
  '大会指出，要以科技创新推动企业转型升级，为有色系统高质量发展作出贡献。',
];

export const hans: SiteArticle = {
  lang: 'zh-Hans',
  body: plainBody(hansParagraphs),
  record: record('hans-article', {
    title: '远川钼业公司表彰技术创新先进',
    script: 'Hans',
    date: '2019-05-06',
    publication: '有色报',
    authors: ['王川', '李江'],
    paragraphs: hansParagraphs,
    corrections: [{ find: '有色?统', replace: '有色系统', note: '据上下文恢复。', ...at(hansParagraphs, 1, '有色系统') }],
    warnings: [{ ...span('damaged-text', hansParagraphs, 1, '有色系统'), corrected: true }],
  }),
};

const xssParagraphs = [
  '測試文章：<script>alert(1)</script>與<img src=x onerror=alert(1)>都應顯示為文字。',
  '第二段正文，沒有特殊內容。',
];

export const xss: SiteArticle = {
  lang: 'zh-Hant',
  body: plainBody(xssParagraphs),
  record: record('xss-article', {
    title: '標題<script>alert("t")</script>',
    titleDerived: true,
    kicker: '<b>kicker</b>',
    date: '--06-15',
    publication: '<i>報</i>',
    authors: ['"><svg onload=alert(1)>'],
    paragraphs: xssParagraphs,
    sourceNotice: '<script>alert("notice")</script>',
  }),
};

const md = markdownBody(
  [
    '本報訊 一段帶有原始 HTML 的 Markdown：<script>alert(1)</script> 與 <img src=x onerror=alert(1)> 以及 <a href="javascript:alert(1)">鏈接</a>。',
    '',
    '<div onclick="alert(1)"><iframe src="https://example.com"></iframe></div>',
    '',
    '## 小標題',
    '',
    '第三段有[一個鏈接](javascript:alert(1))和**粗體**文字，',
    '跨行繼續。',
  ].join('\n'),
);

export const markdown: SiteArticle = {
  lang: 'zh-Hant',
  body: md.body,
  record: record('markdown-article', { title: 'Markdown 文章', paragraphs: md.paragraphs }),
};

export const undated: SiteArticle = {
  lang: 'zh-Hans',
  body: plainBody(['没有日期的文章正文。']),
  record: record('undated-article', { title: '没有日期的文章', script: 'Hans', paragraphs: ['没有日期的文章正文。'] }),
};

export const older: SiteArticle = {
  lang: 'zh-Hant',
  body: plainBody(['較早一篇文章的正文。']),
  record: record('older-article', {
    title: '較早的文章',
    date: '2018-02-01',
    paragraphs: ['較早一篇文章的正文。'],
    warnings: [{ code: 'year-inferred', message: 'year inferred from the text' }],
  }),
};

export const allArticles = [xss, hans, markdown, hant, undated, older];
