// Recognisers for the lines a scraped news page carries besides the report:
// metadata line, breadcrumbs, image names and captions, photo credits,
// print/share widgets, editor line and the site's copyright block.

export type FurnitureKind = 'breadcrumb' | 'image' | 'caption' | 'photo-credit' | 'widget' | 'editor' | 'notice';

export interface Metadata {
  year: number | null;
  month: number | null;
  day: number | null;
  time: string | null;
  views: number | null;
  publication: string | null;
  category: string | null;
  authors: string[];
}

const FIELD_END = '(?=\\s+\\S+[:：]|\\s*$)';
const field = (names: string) => new RegExp(`(?:${names})\\s*[:：]\\s*(.+?)${FIELD_END}`);
const SOURCE = field('來源|来源|出處|出处');
const CATEGORY = field('分類|分类|欄目|栏目');
const AUTHOR = field('作者|記者|记者|文');
const VIEWS = /(\d+)\s*次(?:瀏覽|浏览|閱讀|阅读|點擊|点击)|(?:瀏覽|浏览|閱讀|阅读|點擊|点击)(?:次數|次数|量)?\s*[:：]\s*(\d+)/;
const META_DATE = /^(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?(?:\s+(\d{1,2}):(\d{2})(?::\d{2})?)?/;
/**
 * `發布時間：2021-03-05 10:20`, at the start or after other fields: a labelled
 * date says what it is, so it counts as two signals.
 */
const DATE_LABEL = /(?:^|\s)(?:發布|发布|發佈|發表|发表|發稿|发稿|更新|刊發|刊发)?(?:時間|时间|日期)\s*[:：]\s*(?=\d{4})/;

/** A line like `2018年11月30日 11:21 12269次瀏覽 來源: 有色報 分類: 重點新聞 作者: 張燎原`, or `發布時間：2021-03-05 10:20`. */
export function parseMetadataLine(line: string): Metadata | null {
  const t = line.trim();
  const label = DATE_LABEL.exec(t);
  const date = META_DATE.exec(label ? t.slice(label.index + label[0].length) : t);
  const source = SOURCE.exec(t);
  const views = VIEWS.exec(t);
  const category = CATEGORY.exec(t);
  const author = AUTHOR.exec(t);
  const signals = [date, date && label, source, views, category, author].filter(Boolean).length;
  // A body sentence can start with a date; a metadata line has labelled fields too.
  if (signals < 2 || t.length > 160 || /[。！？]$/.test(t)) return null;
  if (!date && !source) return null;
  return {
    year: date ? Number(date[1]) : null,
    month: date ? Number(date[2]) : null,
    day: date ? Number(date[3]) : null,
    time: date && date[4] ? `${date[4].padStart(2, '0')}:${date[5]}` : null,
    views: views ? Number(views[1] ?? views[2]) : null,
    publication: source ? source[1]!.trim() : null,
    category: category ? category[1]!.trim() : null,
    authors: author ? splitNames(author[1]!) : [],
  };
}

export function splitNames(s: string): string[] {
  const parts = s
    .trim()
    .split(/[\s、,，;；/]+/)
    .filter(Boolean);
  // `彼 岸`: single characters spaced out are one name.
  if (parts.length > 1 && parts.every((p) => [...p].length === 1)) return [parts.join('')];
  return parts;
}

const BREADCRUMB = /^(?:首页|首頁|当前位置|當前位置|您的位置|你的位置)|(?:>>|＞＞|»|›|>\s)/;
const IMAGE = /^\S+\.(?:png|jpe?g|gif|webp|bmp)$/i;
const PHOTO_CREDIT = /^(?:[(（]?\s*(?:图|圖|摄影|攝影|供图|供圖)\s*[/／:：]?\s*[\u4e00-\u9fff·]{2,8}\s*[)）]?|[\u4e00-\u9fff·]{2,4}\s*(?:摄影|攝影|摄|攝|供图|供圖)\s*)$/;
const WIDGET = /^(?:【?\s*(?:打印|打印本页|打印本頁|关闭|關閉|关闭窗口|關閉窗口|收藏|分享到|分享|返回顶部|返回頂部|字号|字號|字体|字體)\s*[:：]?\s*(?:[大中小]\s*)*】?\s*)+$/;
// 上一篇：…, 扫一扫在手机打开当前页: the page's navigation and share box
const NAVIGATION = /^(?:上一篇|下一篇|上一條|下一條|上一条|下一条|上篇|下篇)\s*[:：]/;
const SCAN_TO_SHARE = /^(?:手機|手机|微信)?(?:掃一掃|扫一扫|掃碼|扫码)/;
/** 相关新闻: a list of other reports follows, to the end of the page. */
const RELATED = /^[【\[]?\s*(?:相關新聞|相关新闻|相關閱讀|相关阅读|推薦閱讀|推荐阅读|相關鏈接|相关链接|相關文章|相关文章|延伸閱讀|延伸阅读|熱點新聞|热点新闻)\s*[】\]]?\s*[:：]?$/;
const EDITOR = /^[【\[(（]?\s*(?:責任編輯|责任编辑|編輯|编辑|責編|责编)\s*[:：]\s*(.+?)\s*[】\])）]?$/;
const NOTICE_START = /(?:聲明[:：]|声明[:：]|版權所有|版权所有|如需轉載|如需转载|如需了解更多信息|本網所有內容|本网所有内容|免責聲明|免责声明|未經授權|未经授权|Copyright|©)/i;

export function furnitureKind(line: string, previous: FurnitureKind | 'body' | null): FurnitureKind | null {
  const t = line.trim();
  if (IMAGE.test(t)) return 'image';
  if (previous === 'image' && t.length <= 20 && !/[。！？，,]/.test(t)) return 'caption';
  if (PHOTO_CREDIT.test(t)) return 'photo-credit';
  if (WIDGET.test(t) || NAVIGATION.test(t) || (SCAN_TO_SHARE.test(t) && t.length <= 20) || RELATED.test(t)) return 'widget';
  if (t.length <= 80 && BREADCRUMB.test(t) && /(?:>>|＞＞|»|›|>)/.test(t)) return 'breadcrumb';
  return null;
}

export function editorOf(line: string): string[] | null {
  const m = EDITOR.exec(line.trim());
  return m ? splitNames(m[1]!) : null;
}

/** A heading after which the page lists other reports (相关新闻). */
export function startsRelatedList(line: string): boolean {
  return RELATED.test(line.trim());
}

export function startsNotice(line: string): boolean {
  return NOTICE_START.test(line);
}

// Dateline openers: 本報訊, 本報烏魯木齊5月10日訊, 本报北京5月9日电,
// 新华社北京5月9日电 (with the filing date), each perhaps with its reporters in
// brackets; 又訊 (a second report).
export const DATELINE = /^(?:(?:本報|本报|本網|本网|本刊)(?:(?:[\u4e00-\u9fff]{2,12}?)?(?:(\d{1,2})月(\d{1,2})日)?(?:訊|讯)|[\u4e00-\u9fff]{0,12}?(\d{1,2})月(\d{1,2})日(?:電|电))|(?:新華社|新华社|中新社|中新網|中新网)[\u4e00-\u9fff]{2,12}?(\d{1,2})月(\d{1,2})日(?:電|电))(?:\s*[(（][^)）]{1,30}[)）])?\s*[:：]?\s*/;

/** The filing date a dateline opener gives (本報烏魯木齊5月10日訊), if any. */
export function datelineFilingDate(m: RegExpExecArray): { month: number; day: number } | null {
  for (const k of [1, 3, 5]) if (m[k] !== undefined) return { month: Number(m[k]), day: Number(m[k + 1]) };
  return null;
}
export const SECOND_REPORT = /^(?:又訊|又讯)\s*[:：]?\s*/;
// `(彼 岸)`, `（記者 張三 李四）` at the very end of the last paragraph.
export const SIGN_OFF = /(^|[。！？”」』.!?])\s*[(（]\s*((?:(?:本報|本报)?(?:記者|记者|通訊員|通讯员|特約記者|特约记者|文|圖|图)\s*[/／:：]?\s*)?[\u4e00-\u9fff·](?:[\u4e00-\u9fff·\s、]{0,14}[\u4e00-\u9fff·])?)\s*[)）]\s*$/;

/** Reporters' roles before their names: words no name contains, so they are cut wherever they stand. */
const ROLE = /(?:本報|本报)?(?:特約記者|特约记者|見習記者|见习记者|首席記者|首席记者|記者|记者|通訊員|通讯员|實習生|实习生)\s*[/／:：]?/g;
const HAS_ROLE = new RegExp(ROLE.source);
/** `文`, `圖` name a role only before a mark or a space (李文 is a name). */
const SHORT_ROLE = /(^|[\s、，,])(?:文|圖|图)(?:\s*[/／:：]|\s+)/g;
/** What follows the names in `（記者 張三 攝影報道）`. */
const NOT_A_NAME = /^(?:攝影|摄影)?(?:報道|报道)$|^(?:攝影|摄影|攝|摄)$/;

/** The names in a sign-off or a dateline's parentheses, roles left out. */
export function signOffAuthors(inner: string): string[] {
  const cleaned = inner.replace(ROLE, ' ').replace(SHORT_ROLE, '$1 ');
  return splitNames(cleaned).filter((n) => !NOT_A_NAME.test(n));
}

/**
 * The reporters a dateline names: `本報訊（記者 張三 通訊員 李四）`. Only
 * where a role is named: `本報訊（5月6日）` and the like name no one.
 */
export function datelineAuthors(opener: string): string[] {
  const m = /[(（]([^)）]{1,30})[)）]/.exec(opener);
  if (!m) return [];
  if (!HAS_ROLE.test(m[1]!)) return [];
  return signOffAuthors(m[1]!).filter((n) => /^[\u4e00-\u9fff·]{2,5}$/.test(n));
}
