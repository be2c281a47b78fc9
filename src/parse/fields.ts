// The page's fields as the parser gathers them from the head, the tail and
// the breadcrumb: which date says most, the lines after the report that name
// its source, reporters and editors, the column a breadcrumb names.
import type { Line } from './article.js';
import { peopleIn, readMetadataLine, type FoundDate, type Metadata } from './metadata.js';

type Fields = { publication: string | null; category: string | null; views: number | null; authors: string[]; editors: string[] };

export interface DateSeen {
  date: FoundDate;
  rank: number;
  where: string;
  offset: number;
}

const CRUMB_LABEL = /^.*?(?:位置|位置是)\s*[:：]?\s*/;
const NOT_A_COLUMN = /^(?:正文|內容|内容|詳情|详情|詳細|详细|正文內容|正文内容|文章|閱讀|阅读|查看|Article|Content|首頁|首页|主頁|主页|網站首頁|网站首页)$/;
/** The column a breadcrumb files the page under: its last part that is not 正文. */
export function columnOf(crumb: string): string | null {
  const parts = crumb
    .replace(CRUMB_LABEL, '')
    .split(/\s*(?:>>|＞＞|»|›|>|＞|→|\/)\s*|\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  for (let i = parts.length - 1; i >= 0; i--) {
    const p = parts[i]!;
    if (NOT_A_COLUMN.test(p)) continue;
    return parts.length > 1 && /^[\u4e00-\u9fffA-Za-z]{2,10}$/.test(p) ? p : null;
  }
  return null;
}

export function addUnique(list: string[], names: string[]): void {
  for (const n of names) if (!list.includes(n)) list.push(n);
}

export function mergeMetadata(out: Fields, m: Metadata): void {
  out.publication ??= m.publication;
  out.category ??= m.category;
  out.views ??= m.views;
  addUnique(out.authors, m.authors);
  addUnique(out.editors, m.editors);
}

/**
 * How much a date says about the report's date: a labelled publication date
 * most; a date line under the headline next; the site's banner date (with a
 * weekday, above the headline) least.
 */
export function dateRank(d: FoundDate, aboveHeadline: boolean): number {
  if (d.labelled) return d.updated ? 4 : 5;
  if (aboveHeadline) return d.weekday ? 1 : 3;
  return 4;
}

// the site's fields after the report: 来源：红网 / 作者：A B / 审核：C / 记者 李智群 / 本报记者周文菁
const TAIL_LABEL = /^[(（【\[]?\s*(?:文章來源|文章来源|新聞來源|新闻来源|信息來源|信息来源|來源|来源|稿源|作者|撰稿|撰文|供稿|文字|圖文|图文|文\/圖|文\/图|攝影|摄影|記\s*者|记\s*者|通\s*訊\s*員|通\s*讯\s*员|審\s*核|审\s*核|審\s*校|审\s*校|校\s*對|校\s*对|終\s*審|终\s*审|初審|初审|復審|复审|編審|编审|主編|主编|值班編輯|值班编辑|圖|图|文)\s*[:：/／]/;
const REPORTER_LINE = /^[(（]?\s*(?:本報|本报|本網|本网)?(?:記\s*者|记\s*者|通\s*訊\s*員|通\s*讯\s*员)\s*([\u4e00-\u9fff·\s]{2,14}?)\s*(?:[\u4e00-\u9fff]{2,4}(?:報導|报道|報道))?\s*[)）]?$/;

// `责 编 石小雨`, `校 对 陈雯`: a role spelt out with blanks, and no colon
const SPACED_EDITOR = /^(?:責\s*編|责\s*编|編\s*輯|编\s*辑|校\s*對|校\s*对|審\s*核|审\s*核|審\s*校|审\s*校|終\s*審|终\s*审)\s*[:：]?\s*([\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4})*)$/;

export function tailFields(out: Fields, line: Line, dates: DateSeen[]): boolean {
  const t = line.text;
  if (t.length > 80) return false;
  if (TAIL_LABEL.test(t)) {
    const meta = readMetadataLine(t.replace(/^[(（【[]\s*|\s*[)）】\]]$/g, '').replace(/^([\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff]\s*[:：])/, '$1'), { single: true });
    if (!meta) return false;
    mergeMetadata(out, meta);
    if (meta.date?.labelled) dates.push({ date: meta.date, rank: 3, where: 'the metadata after the report', offset: line.start });
    return true;
  }
  const editors = SPACED_EDITOR.exec(t);
  if (editors) {
    const names = peopleIn(editors[1]!);
    if (names.length) {
      addUnique(out.editors, names);
      return true;
    }
  }
  const reporter = REPORTER_LINE.exec(t);
  if (reporter) {
    const names = peopleIn(reporter[1]!.trim());
    // 本报记者周文菁徐琪忠: two names written together, three characters each
    const glued = names.length === 1 && names[0]!.length === 6 && !/\s/.test(reporter[1]!) ? [names[0]!.slice(0, 3), names[0]!.slice(3)] : names;
    if (glued.length) {
      addUnique(out.authors, glued);
      return true;
    }
  }
  return false;
}

