// The page's metadata, in the shapes real pages give it: one line of fields
// (`2018年11月30日 11:21 12269次瀏覽 來源: 有色報 分類: 重點新聞 作者: 張燎原`),
// fields split by pipes or glued together (`集团新闻2020-02-26来源:X编辑:Y浏览:45`),
// one field a line (`來源：本站` / `瀏覽：896 次`), a date alone (`2020-08-03
// 14:53`, `16.03.2018 05:17`, `2020年05月09日 星期六`, `Date: 03 Nov, 2006`,
// `18:00 2026-03-11 HKT`), reporters (`記者王榮祥／高雄報導`).

export type Field = 'date' | 'source' | 'author' | 'editor' | 'views' | 'category' | 'ignored';

export interface FoundDate {
  year: number;
  month: number;
  day: number;
  time: string | null;
  /** the page says what the date is (發布時間：) */
  labelled: boolean;
  /** the page's own date of a kind other than publication (更新時間) */
  updated: boolean;
  /** a date with its weekday: often today's date on the site's banner */
  weekday: boolean;
}

export interface Metadata {
  date: FoundDate | null;
  views: number | null;
  publication: string | null;
  category: string | null;
  authors: string[];
  editors: string[];
}

// label → field; a label counts only with a colon after it (or, for views, a number)
const LABELS: Array<[Field, string]> = [
  ['date', '發布時間|发布时间|發佈時間|發布日期|发布日期|發佈日期|發表時間|发表时间|發表日期|发表日期|發稿時間|发稿时间|刊發時間|刊发时间|發文時間|发文时间|發文日期|发文日期|添加時間|添加时间|上傳時間|上传时间|錄入時間|录入时间|宣布时间|出版日期|時間|时间|日期|Date|DATE|PublishTime|Time'],
  ['date', '更新時間|更新时间|更新日期|UpdateTime|Updated'],
  ['source', '信息來源|信息来源|文章來源|文章来源|稿件來源|稿件来源|新聞來源|新闻来源|消息來源|消息来源|來源|来源|出處|出处|稿源|泉源|Source'],
  ['author', '作者|撰稿|撰文|供稿|文字|圖文|图文|文/圖|文/图|特約記者|特约记者|記者|记者|通訊員|通讯员|攝影|摄影|文|圖|图'],
  ['editor', '責任編輯|责任编辑|值班編輯|值班编辑|編輯|编辑|責編|责编|編審|编审|審核|审核|審校|审校|校對|校对|終審|终审|初審|初审|復審|复审|二審|二审|三審|三审|主編|主编'],
  ['views', '瀏覽次數|浏览次数|瀏覽量|浏览量|瀏覽|浏览|點擊數|点击数|點擊量|点击量|點擊率|点击率|點擊|点击|閱讀次數|阅读次数|閱讀量|阅读量|閱讀數|阅读数|閱讀|阅读|訪問量|访问量|人氣|人气|Views|Hits'],
  ['category', '所屬欄目|所属栏目|所屬分類|所属分类|分類|分类|欄目|栏目|類別|类别|頻道|频道'],
  ['ignored', '發布者|发布者|發布人|发布人|發布單位|发布单位|文章編號|文章编号|索引號|索引号|關鍵詞|关键词|關鍵字|关键字|標籤|标签|字號|字号|字體|字体|Tags'],
];
const FIELD_OF = new Map<string, Field>();
for (const [field, names] of LABELS) for (const n of names.split('|')) if (!FIELD_OF.has(n)) FIELD_OF.set(n, field);
const LABEL_ALTERNATION = [...FIELD_OF.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace('/', '\\/')).join('|');
// a label starts a field at the line start or after a blank, a pipe, a bracket, a number or
// a value it is glued to; it is never the middle of a longer word of Latin letters
const LABEL = new RegExp(`(?<![A-Za-z])(${LABEL_ALTERNATION})\\s*[:：]`, 'g');
const UPDATED = /^(?:更新|UpdateTime|Updated)/;

const Y = '((?:19|20)\\d{2})';
const DATE_FORMS: Array<{ re: RegExp; order: 'ymd' | 'dmy' | 'mdy-name' | 'dmy-name' }> = [
  { re: new RegExp(`${Y}\\s*[年\\-/.]\\s*(\\d{1,2})\\s*[月\\-/.]\\s*(\\d{1,2})\\s*日?`), order: 'ymd' },
  { re: new RegExp(`(?<!\\d)(\\d{1,2})\\.(\\d{1,2})\\.${Y}(?!\\d)`), order: 'dmy' },
  { re: new RegExp(`(?<!\\d)(\\d{1,2})\\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?,?\\s+${Y}`, 'i'), order: 'dmy-name' },
  { re: new RegExp(`(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+(\\d{1,2}),?\\s+${Y}`, 'i'), order: 'mdy-name' },
];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const TIME = /(?<!\d)(\d{1,2})\s*[:：]\s*(\d{1,2})(?:\s*[:：]\s*\d{1,2})?(?!\d)/;
const WEEKDAY = /(?:星期|週|周|礼拜|禮拜)[一二三四五六日天]/;

/** The first date in a string, with its time where one stands next to it. */
// a Republic of China year (民國101年 = 2012), taken only where a label says the value is a date
const ROC_DATE = { re: /(?<![\d.])(?:民國|民国)?(\d{2,3})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?/, order: 'roc' as const };

export function findDate(s: string, options: { roc?: boolean } = {}): { year: number; month: number; day: number; time: string | null; index: number; length: number } | null {
  let best: { year: number; month: number; day: number; index: number; length: number } | null = null;
  const roc = options.roc ? ROC_DATE.re.exec(s) : null;
  if (roc && Number(roc[1]) >= 1 && Number(roc[1]) <= 150) best = { year: Number(roc[1]) + 1911, month: Number(roc[2]), day: Number(roc[3]), index: roc.index, length: roc[0].length };
  for (const form of DATE_FORMS) {
    const m = form.re.exec(s);
    if (!m || (best && best.index <= m.index)) continue;
    const [a, b, c] = [m[1]!, m[2]!, m[3]!];
    const month = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
    const date =
      form.order === 'ymd' ? { year: +a, month: +b, day: +c } : form.order === 'dmy' ? { year: +c, month: +b, day: +a } : form.order === 'dmy-name' ? { year: +c, month: month(b), day: +a } : { year: +c, month: month(a), day: +b };
    best = { ...date, index: m.index, length: m[0].length };
  }
  if (!best) return null;
  // the time just after the date (2021-03-05 10:20) or just before it (18:00 2026-03-11)
  const after = TIME.exec(s.slice(best.index + best.length, best.index + best.length + 12));
  const before = TIME.exec(s.slice(Math.max(0, best.index - 10), best.index));
  const t = after ?? before;
  const time = t && Number(t[1]) < 24 && t[2]!.length === 2 && Number(t[2]) < 60 ? `${t[1]!.padStart(2, '0')}:${t[2]}` : null;
  return { ...best, time };
}

// `聯合報／ 記者林子豪／新竹報導`, `記者王榮祥／高雄報導`, `綜合報導 / 長沙`
const REPORTER = /(?:([\u4e00-\u9fff]{2,8}(?:報|报|社|台|網|网))\s*[/／]\s*)?(?:特派|實習|实习|本報|本报)?(?:記者|记者)\s*([\u4e00-\u9fff·]{2,4})\s*[/／]\s*[\u4e00-\u9fff]{0,8}?(?:報導|报道|報道|電|电)/;
// `兩岸網林淑宜 綜合報導`: the site and its reporter
const SITE_REPORTER = /^([\u4e00-\u9fff]{2,6}(?:網|网|報|报|社|台))([\u4e00-\u9fff·]{2,3})\s+(?:綜合報導|综合报道|綜合報道|報導|报道)$/;
const COMPILED = /(?:綜合報導|综合报道|綜合報道|編譯|编译|綜合外電|综合外电)(?:\s*[/／]\s*[\u4e00-\u9fff]{1,8})?/;

/** What is left of a metadata line once its fields and dates are read: it must be little. */
const RESIDUE_NOISE = new RegExp(
  [
    'https?:\\/\\/\\S+',
    'www\\.\\S+',
    '\\d+\\s*次(?:瀏覽|浏览|閱讀|阅读|點擊|点击)',
    `${TIME.source}`,
    WEEKDAY.source,
    '\\b(?:HKT|CST|GMT|BJT)\\b',
    'IP屬地\\s*[\\u4e00-\\u9fff]{1,6}|IP属地\\s*[\\u4e00-\\u9fff]{1,6}',
    '[【\\[]\\s*[】\\]]',
    '(?:打印(?:本頁|本页|此頁|此页)?|關閉(?:窗口|本頁)?|关闭(?:窗口|本页)?|收藏(?:此頁|此页|本頁|本页)?|分享到?|我要評論|我要评论|投稿|推薦|推荐|返回|增加行距|缩小行距|加粗|高亮|还原|默認|默认|大字|小字)',
    '(?:[大中小]\\s*){2,3}',
    'T\\|T',
  ].join('|'),
  'gi',
);
const SEPARATORS = /[\s|｜丨/／\\【】\[\]〖〗()（）<>《》:：,，;；·•\-—_~]+/g;

function residueOf(s: string): string {
  return s.replace(RESIDUE_NOISE, ' ').replace(SEPARATORS, ' ').trim();
}

const PUBLICATION_LIKE = /^[\u4e00-\u9fffA-Za-z0-9·\-]{2,16}(?:報|报|網|网|社|台|刊|新聞|新闻|在線|在线|客戶端|客户端|日報|日报|時報|时报|電視台|电视台)$/;

export function splitNames(s: string): string[] {
  const parts = s
    .trim()
    .split(/[\s、,，;；/／|]+/)
    .filter(Boolean);
  // `彼 岸`: single characters spaced out are one name.
  if (parts.length > 1 && parts.every((p) => [...p].length === 1)) return [parts.join('')];
  return parts;
}

const PLACE_REPORT = /[\u4e00-\u9fff]{1,6}(?:報導|报道|報道|电|電)$/;
const ROLE_WORD = /^(?:本報|本报|本網|本网)?(?:特約記者|特约记者|見習記者|见习记者|首席記者|首席记者|記者|记者|通訊員|通讯员|實習生|实习生|攝影|摄影|文\/圖|文\/图|圖\/文|图\/文|文|圖|图)$/;

/** People named in a field value: `張三 李四`, `徐 颖`, `郭咏欣 北京报道`, `(记者 X)`. */
export function peopleIn(value: string): string[] {
  // `【记者高春颀北京报道】`: a name, a two-character place, 报道
  const report = /^[()（）〔〕【】\s]*(?:本報|本报)?(?:記者|记者)\s*([\u4e00-\u9fff·]{4,5})(?:報導|报道|報道)[()（）〔〕【】\s]*$/.exec(value);
  if (report) return [report[1]!.slice(0, -2)];
  const names = splitNames(value.replace(/[()（）〔〕【】]/g, ' '))
    .filter((n) => !PLACE_REPORT.test(n) && !ROLE_WORD.test(n))
    .map((n) => n.replace(/^(?:本報|本报)?(?:特約記者|特约记者|記者|记者|通訊員|通讯员)/, ''));
  return names.filter((n) => /^[\u4e00-\u9fff·•]{2,6}$/.test(n) && !/(?:部|處|处|室|辦|办|中心|公司|集團|集团|局|委|站|隊|队|所|院|校|科|組|组|網|网|報|报|社|台)$/.test(n));
}

export interface MetadataLine extends Metadata {
  /** fields read from the line */
  fields: number;
}

/**
 * Read a metadata line, or null when the line is not one: its fields (or a
 * date) must account for nearly all of it.
 */
export function readMetadataLine(line: string, options: { single?: boolean } = {}): MetadataLine | null {
  let t = line.trim();
  if (t.length > 200 || /[。！？]$/.test(t)) return null;
  const out: MetadataLine = { date: null, views: null, publication: null, category: null, authors: [], editors: [], fields: 0 };
  let labels: RegExpMatchArray[] = [];
  let residue = '';
  let cursor = 0;
  const take = (field: Field, label: string, value: string) => {
    const v = value.trim().replace(/^[|｜丨\s]+|[|｜丨\s【〖\[(（]+$/g, '');
    out.fields++;
    switch (field) {
      case 'date': {
        const d = findDate(v, { roc: true });
        if (d) out.date = { ...d, labelled: true, updated: UPDATED.test(label), weekday: WEEKDAY.test(v) };
        residue += ' ' + (d ? v.slice(0, d.index) + v.slice(d.index + d.length) : v);
        break;
      }
      case 'source': {
        const [name, ...rest] = v.split(/\s*[|｜丨]\s*|\s{2,}|\s+(?=\d)/);
        if (name && !/^\d/.test(name)) out.publication ??= name.trim() || null;
        residue += ' ' + rest.join(' ');
        break;
      }
      case 'author':
        out.authors.push(...peopleIn(v));
        break;
      case 'editor':
        out.editors.push(...peopleIn(v));
        break;
      case 'views': {
        const n = /^\d+/.exec(v.replace(/\s+/g, ''));
        if (n) out.views = Number(n[0]);
        residue += ' ' + v.replace(/^\s*\d+\s*次?/, '');
        break;
      }
      case 'category':
        if (v) out.category ??= v.split(/\s+/)[0]!;
        break;
      default:
        break;
    }
  };
  const siteReporter = SITE_REPORTER.exec(t);
  if (siteReporter) {
    out.publication = siteReporter[1]!;
    out.authors.push(siteReporter[2]!);
    out.fields += 2;
    return out;
  }
  const reporter = REPORTER.exec(t);
  if (reporter) {
    if (reporter[1]) out.publication ??= reporter[1];
    out.authors.push(reporter[2]!);
    out.fields++;
  }
  const compiled = COMPILED.exec(t);
  if (compiled) out.fields++;
  const t0 = t;
  t = t.replace(REPORTER, ' ').replace(COMPILED, ' ');
  labels = [...t.matchAll(LABEL)];
  labels.forEach((m, i) => {
    residue += ' ' + t.slice(cursor, m.index);
    const end = i + 1 < labels.length ? labels[i + 1]!.index! : t.length;
    take(FIELD_OF.get(m[1]!)!, m[1]!, t.slice(m.index! + m[0].length, end));
    cursor = end;
  });
  if (labels.length === 0) residue = t;
  // views written `12269次瀏覽`
  const views = /(\d+)\s*次(?:瀏覽|浏览|閱讀|阅读|點擊|点击)/.exec(t0);
  if (views && out.views === null) {
    out.views = Number(views[1]);
    out.fields++;
  }
  // a date the line opens with, or stands alone
  if (!out.date) {
    const d = findDate(residue);
    if (d) {
      out.date = { year: d.year, month: d.month, day: d.day, time: d.time, labelled: false, updated: false, weekday: WEEKDAY.test(residue) };
      out.fields++;
      residue = residue.slice(0, d.index) + ' ' + residue.slice(d.index + d.length);
    }
  }
  let rest = residueOf(residue);
  // `集团新闻2020-02-26来源:…`: a short word the line opens with names the column
  const opening = /^[\u4e00-\u9fff]{2,6}/.exec(t0)?.[0];
  if (rest && opening && out.fields > 0 && rest.split(' ')[0] === opening && /\d/.test(t0.charAt(opening.length))) {
    out.category ??= opening;
    rest = rest.slice(opening.length).trim();
  }
  // after a date, the paper's name (`2023-01-29 20:45  上海證券報·中國證券網`) or a count of views
  if (rest && out.date && !out.date.labelled) {
    const joined = residue.replace(RESIDUE_NOISE, ' ').replace(/\s+/g, '').replace(/^[|｜丨\[\]【】]+|[|｜丨\[\]【】]+$/g, '');
    if (PUBLICATION_LIKE.test(joined)) {
      out.publication ??= joined;
      rest = '';
    } else if (/^\d+$/.test(rest)) {
      out.views ??= Number(rest);
      rest = '';
    }
  }
  if (out.fields === 0) return null;
  // a lone field is a metadata line only where asked (a run of one-field lines under the headline)
  if (out.fields === 1 && !out.date && !options.single) return null;
  if ([...rest.replace(/\s+/g, '')].length > 6) return null;
  return out;
}

/** The older single-line form, kept for callers that want the flat fields. */
export function parseMetadataLine(line: string): {
  year: number | null;
  month: number | null;
  day: number | null;
  time: string | null;
  views: number | null;
  publication: string | null;
  category: string | null;
  authors: string[];
} | null {
  const m = readMetadataLine(line);
  if (!m || m.fields < 2) return null;
  return { year: m.date?.year ?? null, month: m.date?.month ?? null, day: m.date?.day ?? null, time: m.date?.time ?? null, views: m.views, publication: m.publication, category: m.category, authors: m.authors };
}
