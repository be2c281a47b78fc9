// Datelines, sign-offs and the editor line: where a report names its place,
// date and people in the body's own lines.
import type { ChromeKind } from './chrome.js';
import { splitNames } from './metadata.js';

export type FurnitureKind = ChromeKind | 'editor' | 'subtitle' | 'related' | 'repeated-headline' | 'credit';

const EDITOR = /^[【\[(（]?\s*(?:責\s*任\s*編\s*輯|责\s*任\s*编\s*辑|編\s*輯|编\s*辑|責\s*編|责\s*编)\s*[:：]\s*(.+?)\s*[】\])）]?$/;
/** 相关新闻: a list of other reports follows, to the end of the page. */
const RELATED = /^[【\[]?\s*(?:相關新聞|相关新闻|相關閱讀|相关阅读|推薦閱讀|推荐阅读|相關鏈接|相关链接|相關文章|相关文章|延伸閱讀|延伸阅读|熱點新聞|热点新闻|熱門新聞|热门新闻|熱門推薦|热门推荐|猜你喜歡|猜你喜欢|更多新聞|更多新闻|新聞推薦|新闻推荐|相關報道|相关报道|相關新訊|相关新讯|熱門新訊|热门新讯|最新新聞|最新新闻|最新文章|精彩推薦|精彩推荐|往期回顧|往期回顾|新聞關鍵字|新闻关键字)\s*[】\]]?\s*[:：]?$/;
const NOTICE_START = /(?:聲明[:：]|声明[:：]|版權所有|版权所有|如需轉載|如需转载|轉載請注明|转载请注明|轉載請|转载请|如需了解更多信息|本網所有內容|本网所有内容|免責聲明|免责声明|未經授權|未经授权|本文為.{0,12}原創|本文为.{0,12}原创|Copyright|©)/i;

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
// 新华社北京5月9日电 (with the filing date), 【本報訊】, 本報消息, a site's own
// (金山網訊, 香港文匯報訊, 红网时刻新闻10月15日讯), 据新华社电, and the Taiwan
// form 〔記者葛祐豪／高雄報導〕; each perhaps with its reporters in brackets.
const DATELINE_FORMS = [
  /(?:本報|本报|本網|本网|本刊)(?:(?:[\u4e00-\u9fff]{2,12}?)?(?:(\d{1,2})月(\d{1,2})日)?(?:訊|讯)|[\u4e00-\u9fff]{0,12}?(\d{1,2})月(\d{1,2})日(?:電|电))/,
  /(?:新華社|新华社|中新社|中新網|中新网)[\u4e00-\u9fff]{2,12}?(\d{1,2})月(\d{1,2})日(?:電|电)/,
  /[【〔[](?:本報|本报|本網|本网|本刊|本台)(?:訊|讯|消息)[】〕\]]/,
  /(?:本報|本报|本台)消息/,
  /(?:據|据)(?:新華社|新华社|中新社|中新網|中新网|人民網|人民网|央視新聞|央视新闻)(?:[\u4e00-\u9fff]{0,8}?\d{1,2}月\d{1,2}日)?(?:電|电|訊|讯)/,
  /[\u4e00-\u9fffA-Za-z]{1,10}?(?:網|网|報|报|社|台|刊|新聞|新闻|客戶端|客户端)(?:[\u4e00-\u9fff]{0,6}?(\d{1,2})月(\d{1,2})日(?:訊|讯|電|电)|訊|讯)/,
  /[\u4e00-\u9fff]{1,10}?(?:網|网|報|报|社|台)(\d{1,2})月(\d{1,2})日[\u4e00-\u9fff]{0,6}?(?:報導|报道)/,
  /[〔【[〈]\s*(?:[\u4e00-\u9fff]{1,6}[-－—])?[\u4e00-\u9fff]{0,10}?(?:特派)?(?:記者|记者)\s*[\u4e00-\u9fff·]{2,4}\s*[/／]\s*[\u4e00-\u9fff]{0,8}?(?:報導|报道|電|电)\s*[〕】\]〉]/,
];
// a site's own line before the agency's: 艾森网消息:中评社台中6月11日电
const RELAYED = /(?:[\u4e00-\u9fffA-Za-z]{2,8}(?:消息|訊|讯)\s*[:：]\s*)?/;
export const DATELINE = new RegExp(`^${RELAYED.source}(?:${DATELINE_FORMS.map((r) => r.source).join('|')})(?:\\s*[(（][^)）]{1,30}[)）])?\\s*[:：]?\\s*`);

/** The filing date a dateline opener gives (本報烏魯木齊5月10日訊), if any. */
export function datelineFilingDate(m: RegExpExecArray): { month: number; day: number } | null {
  for (const k of [1, 3, 5, 7, 9]) if (m[k] !== undefined) return { month: Number(m[k]), day: Number(m[k + 1]) };
  return null;
}
export const SECOND_REPORT = /^(?:又訊|又讯)\s*[:：]?\s*/;
// `(彼 岸)`, `（記者 張三 李四）` at the very end of the last paragraph.
export const SIGN_OFF = /(^|[。！？”」』.!?])\s*[(（]\s*((?:(?:本報|本报)?(?:記者|记者|通訊員|通讯员|特約記者|特约记者|文|圖|图)\s*[/／:：]?\s*)?[\u4e00-\u9fff·](?:[\u4e00-\u9fff·\s、/／]{0,18}[\u4e00-\u9fff·])?)\s*[)）]\s*$/;

/** Reporters' roles before their names: words no name contains, so they are cut wherever they stand. */
const ROLE = /(?:本報|本报)?(?:特約記者|特约记者|見習記者|见习记者|首席記者|首席记者|記者|记者|通訊員|通讯员|實習生|实习生)\s*[/／:：]?/g;
const HAS_ROLE = new RegExp(ROLE.source);
/** `文`, `圖` name a role only before a mark or a space (李文 is a name). */
const SHORT_ROLE = /(^|[\s、，,/／])(?:文|圖|图)(?:\s*[/／:：]|\s+)/g;
/** What follows the names in `（記者 張三 攝影報道）`. */
const ORG_END = /(?:部|處|处|室|辦|办|中心|公司|集團|集团|局|委|站|隊|队|所|院|校|科|組|组|網|网|報|报|社|台)$/;
const ORG_WORD = /^(?:本報記者|本报记者|本網記者|本网记者|集團董辦|集团董办)$/;
const NOT_A_NAME = /^(?:攝影|摄影)?(?:報道|报道)$|^(?:攝影|摄影|攝|摄)$/;

/** The names in a sign-off or a dateline's parentheses, roles left out. */
export function signOffAuthors(inner: string): string[] {
  const cleaned = inner.replace(ROLE, ' ').replace(SHORT_ROLE, '$1 ');
  // a department credited beside a name (安全生产管理处  钟依津) is no author
  const names = splitNames(cleaned);
  // `(彼 岸)` is one name spelt out; otherwise a lone character is a role left over (`/文 孫慶元`)
  return names.filter((n) => (names.length === 1 || n.length >= 2) && !NOT_A_NAME.test(n) && !(n.length > 4 && ORG_END.test(n)) && !ORG_WORD.test(n));
}

/**
 * The reporters a dateline names: `本報訊（記者 張三 通訊員 李四）`,
 * `〔記者葛祐豪／高雄報導〕`. Only where a role is named: `本報訊（5月6日）`
 * and the like name no one.
 */
export function datelineAuthors(opener: string): string[] {
  const taiwan = /(?:記者|记者)\s*([\u4e00-\u9fff·]{2,4})\s*[/／]/.exec(opener);
  if (taiwan && /^[〔【[〈]/.test(opener)) return [taiwan[1]!];
  const m = /[(（]([^)）]{1,30})[)）]/.exec(opener);
  if (!m) return [];
  if (!HAS_ROLE.test(m[1]!)) return [];
  return signOffAuthors(m[1]!).filter((n) => /^[\u4e00-\u9fff·]{2,5}$/.test(n));
}
