// Page chrome: the lines a scraped page carries that are the site's, not the
// report's. Each recogniser looks at one trimmed line; words and shapes come
// from real pages of the genre (both scripts, 2006–2026).

export type ChromeKind =
  | 'breadcrumb'
  | 'navigation'
  | 'image'
  | 'caption'
  | 'photo-credit'
  | 'widget'
  | 'share'
  | 'comments'
  | 'contact'
  | 'section'
  | 'site-name'
  | 'markup'
  | 'spam'
  | 'weather'
  | 'notice';

// 首页 > 新闻中心, 您现在的位置：首页新闻中心, 當前位置：
const BREADCRUMB_START = /^(?:[>»›]\s*)?(?:首页|首頁|主页|主頁|网站首页|網站首頁|当前位置|當前位置|您的位置|你的位置|您现在的位置|您現在的位置|您当前的位置|您當前的位置|当前位置是|所在位置|现在位置|位置[:：]|Home\b)/i;
const BREADCRUMB_ARROW = /(?:>>|＞＞|»|›|>|＞|→|\/\s)/;
const IMAGE_FILE = /^\S*\.(?:png|jpe?g|gif|webp|bmp)(?:\?\S*)?$/i;
const IMAGE_LINE = /^[(（【\[]?\s*(?:資料圖|资料图|資料圖片|资料图片|圖片|图片|放大圖片|放大图片|點擊圖片查看原圖|点击图片查看原图|點擊查看大圖|点击查看大图|查看原圖|查看原图|圖片來源[:：].*|图片来源[:：].*|攝影[:：].*|摄影[:：].*)\s*[)）】\]]?$/;
// a caption: (記者葛祐豪攝), 記者王昭月／翻攝, (图片来源:X), 合影, 〈左〉, ■…, 图为…
const CAPTION_CREDIT = /[(（〔]\s*(?:[\u4e00-\u9fff]{2,6}(?:社|報|报|網|网)\s+)?(?:(?:本報|本报)?(?:記者|记者|通訊員|通讯员)\s*)?[\u4e00-\u9fff·]{2,8}\s*(?:攝|摄|翻攝|翻摄|攝影|摄影|供圖|供图)\s*[)）〕]$|(?:記者|记者)[\u4e00-\u9fff·]{2,6}\s*[/／]\s*(?:翻攝|翻摄|攝|摄)$|[(（〈]\s*(?:圖片來源|图片来源|圖源|图源|圖\s*[/／:：]|图\s*[/／:：])[^)）〉]{1,30}[)）〉]$/;
const CAPTION_START = /^(?:[■▲△▼◆●]|圖為|图为|上圖|上图|下圖|下图|左圖|左图|右圖|右图|圖[:：]|图[:：]|圖片說明|图片说明)/;
const CAPTION_WORDS = /(?:合影|合照|留念)$|[(（〈〔]\s*(?:前排|後排|后排|中|左|右)[一二三四五六七八九十\d]*\s*(?:起)?\s*[)）〉〕]/;
const SCENE = /^[\u4e00-\u9fff]{0,6}(?:現場|现场|會場|会场)$/;
// a paragraph that closes with its photographer: `…正式开港。张亨伟 摄`; a credit line: `掌上绍兴客户端记者 何雯 摄`
const TRAILING_CREDIT = /[。）)”]\s*[\u4e00-\u9fff·]{2,4}\s+(?:攝|摄)$/;
const CREDIT_LINE = /^[\u4e00-\u9fff]{0,10}(?:記者|记者|通訊員|通讯员)\s*[\u4e00-\u9fff·]{2,4}\s*(?:攝|摄|攝影|摄影)$/;
const PHOTO_CREDIT = /^(?:[(（]?\s*(?:图|圖|摄影|攝影|供图|供圖|图片|圖片)\s*[/／:：]?\s*[\u4e00-\u9fff·]{2,8}\s*[)）]?|[\u4e00-\u9fff·]{2,4}\s*(?:摄影|攝影|摄|攝|供图|供圖)\s*)$/;
// widgets: a line made only of these words and brackets
const WIDGET_WORD =
  '打印本頁|打印本页|打印此頁|打印此页|打印文章|打印|關閉窗口|关闭窗口|關閉本頁|关闭本页|關閉此視窗|关闭此视窗|關閉|关闭|加入收藏|收藏本頁|收藏本页|收藏此頁|收藏此页|收藏|分享到|分享|轉發|转发|返回頂部|返回顶部|回到頂部|回到顶部|回頂部|回顶部|返回列表|返回首頁|返回首页|返回|頂部|顶部|TOP|字號|字号|字體|字体|默認|默认|大字|小字|大|中|小|增加行距|縮小行距|缩小行距|加粗|高亮|還原|还原|放大|縮小|缩小|我要評論|我要评论|發表評論|发表评论|評論|评论|投稿|推薦|推荐|糾錯|纠错|更多|查看更多|展開全文|展开全文|展開詳細|展开详细|閱讀全文|阅读全文|收起|點擊查看|点击查看|T\\|T|more|More|MORE|>>|»|複製鏈接|复制链接|取消|下載|下载|大字版|小字版|在線播放|在线播放|列印|友善列印|友情鏈接|友情链接|回到最上面|回到頂端|回到顶端|返回頂端|返回顶端|熱門快報|热门快报|最夯影音|熱門新聞|热门新闻|熱搜|热搜';
const WIDGET = new RegExp(`^(?:[【\\[〖(（<]?\\s*(?:${WIDGET_WORD})\\s*[:：]?\\s*[】\\]〗)）>]?\\s*[|｜/]?\\s*)+$`);
const SHARE = /^(?:(?:分享到|分享|轉發到|转发到|轉發此文至|转发此文至|關注|关注)?\s*[:：]?\s*(?:微信|微博|新浪微博|騰訊微博|腾讯微博|QQ空間|QQ空间|QQ好友|QQ|朋友圈|今日頭條|今日头条|抖音|Facebook|Twitter|LINE|Line|X|人人網|人人网|豆瓣|複製網址|复制网址|Email|email)\s*[,，、|｜/]?\s*)+$/;
const SCAN_OR_FOLLOW = /(?:掃一掃|扫一扫|掃碼|扫码|二維碼|二维码|長按識別|长按识别|公眾號|公众号|微信號|微信号|粉絲團|粉丝团|加入Line好友|加入LINE好友|手機看新聞|手机看新闻|手機版|手机版|客戶端|客户端|APP|App|app)/;
const PROMO = /(?:下載|下载|點我|点我|請加入|请加入|關注|关注|訂閱|订阅|體驗更佳|体验更佳|看更多|閱讀體驗|阅读体验|活動辦法|活动办法)/;
const COMMENTS = /(?:條評論|条评论|來說兩句|来说两句|發表評論|发表评论|發佈留言|发布留言|發表留言|发表留言|網友評論|网友评论|最熱評論|最热评论|最新評論|最新评论|評論區|评论区|已有\d+人參與|已有\d+人参与|加載中|加载中|必填欄位|必填字段|電子郵件地址不會公開|电子邮件地址不会公开|登錄後|登录后|請登錄|请登录|您還沒有登錄|您还没有登录|表情)/;
const COMMENT_DISCLAIMER = /(?:網友評論|网友评论|評論|评论).{0,12}(?:僅供|仅供|僅代表|仅代表|不代表|並不表明|并不表明)/;
// who put the page up, and counters, on a line of their own after the report
const POSTED_BY = /^[【\[]?\s*(?:發布者|发布者|發布人|发布人|錄入|录入|錄入者|录入者|上傳者|上传者|點擊數|点击数|點擊量|点击量|瀏覽次數|浏览次数|閱讀次數|阅读次数|閱讀量|阅读量)\s*[:：]/;
const CONTACT = /^(?:[【\[]?\s*)?(?:地址|地 址|電話|电话|聯繫電話|联系电话|聯繫方式|联系方式|傳真|传真|郵箱|邮箱|電子郵箱|电子邮箱|E-?mail|郵編|邮编|熱線|热线|服務熱線|服务热线|舉報電話|举报电话|投稿郵箱|投稿邮箱|QQ客服|電話諮詢|电话咨询|郵件諮詢|邮件咨询|在線地圖|在线地图|在線客服|在线客服)\s*[:：]?/i;
const PHONE = /(?:\d{3,4}[-－]\d{7,8}|1[3-9]\d{9}|400[-－]?\d{3}[-－]?\d{4})/;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.]+/;
const ICP = /(?:ICP備|ICP备|ICP證|ICP证|公網安備|公网安备|網安備|网安备|技術支持|技术支持|技術支援|Produced By|Powered by|主辦單位|主办单位|承辦單位|承办单位|版權所有|版权所有|All Rights Reserved|Copyright|©)/i;
const SKIP_LINK = /^(?:跳轉到|跳转到|跳至|跳到|跳過|跳过)\S{0,12}$|(?:請至|请至)\S{0,12}(?:官網|官网)下載|為達最佳瀏覽效果|为达最佳浏览效果|建議使用\s*\S+\s*瀏覽器|建议使用\s*\S+\s*浏览器/;
const LANGUAGE = /^(?:(?:EN|En|ENG|English|ENGLISH|中文|中文版|简体|簡體|繁体|繁體|繁|简|簡|繁體中文|简体中文|日本語|한국어|Français|Español|Русский)\s*[|｜/·]?\s*)+$/;
const LOGIN = /^(?:(?:登錄|登录|註冊|注册|帳戶|帐户|帳號|账号|密碼|密码|檢索|检索|搜索|搜尋|會員|会员|退出|Login|Sign in)\s*[:：|｜]?\s*)+$/i;
const LATIN_SECTION = /^[A-Z][A-Za-z]*(?:\s+[A-Za-z&]+){0,3}$/;
const SECTION = /^[\u4e00-\u9fff]{2,4}(?:中心|新聞|新闻|要聞|要闻|動態|动态|資訊|资讯|快訊|快讯|專題|专题|公告|聚焦|頻道|频道|專欄|专栏)$/;
const SITE_NAME = /^[\u4e00-\u9fffA-Za-z0-9]{1,12}(?:網|网|門戶|门户|官網|官网|電子報|电子报|新聞網|新闻网|在線|在线|客戶端|客户端|影音|視頻|视频)$/;
const SITE_WITH_SLOGAN = /^[\u4e00-\u9fffA-Za-z][^|｜丨\d]{1,19}[|｜丨_\-—]\s*[^|｜丨]{2,30}(?:網|网|門戶|门户|平台|平臺|官網|官网|首頁|首页)\s*$/;
// a column's name alone on a line: 快訊, 政情, 港聞
const COLUMN = /^(?:快訊|快讯|要聞|要闻|新聞|新闻|動態|动态|政情|時政|时政|財經|财经|地方|社會|社会|國際|国际|兩岸|两岸|港聞|港闻|澳聞|澳闻|娛樂|娱乐|體育|体育|生活|評論|评论|專題|专题|頭條|头条|即時|即时|熱門|热门|焦點|焦点|公告|通知|資訊|资讯|本地|國內|国内|省內|省内|市內|市内|獨家|独家|原創|原创|圖片|图片|視頻|视频|圖集|图集|直播|講座|讲座|活動|活动|服務|服务|專區|专区)$/;
// a press release's own labels: 海峽交流基金會新聞稿, 101年第022號新聞稿
const RELEASE_LABEL = /^[\u4e00-\u9fff\d]{0,20}(?:新聞稿|新闻稿|通稿)$/;
const KEYWORDS = /^(?:關鍵詞|关键词|關鍵字|关键字|標籤|标签|Tags?|TAG)\s*[:：]/;
const FOLLOW = /^(?:更多資訊|更多资讯|更多精彩|更多新聞|更多新闻)?\s*(?:請|请)?(?:關注|关注)\S{0,10}$/;
const SOURCE_CREDIT = /^<[^<>]{2,12}>$/;
const WEATHER = /(?:°C|℃|°F)/;
const SPAM = /(?:久久|精品影視|精品影视|在線視頻|在线视频|視頻觀看|视频观看|在線觀看|在线观看|成人影|色情|彩票|棋牌|娛樂城|娱乐城|博彩|百家樂|百家乐|老虎機|老虎机|真人娛樂|真人娱乐|官網入口|官网入口|下注|開戶送|开户送|體育投注|体育投注)/;
const ONLY_MARKS = /^[\s|｜丨\-:：—_=*#.·•~`'"“”,，、。!！?？…()（）[\]【】<>《》/\\+]+$/;
const TABLE_ROW = /^\|.*\|$/;
const TIME_OPENER = /^(?:昨[天日晚]|今[天日晨早]|前[天日]|近日|日前|近期|當天|当天|當日|当日|此前|至\d{1,2}日|(?:\d{1,2}月)?\d{1,2}(?:日)?(?:至|—|-|－)\d{1,2}日|(?:\d{1,2}月)?\d{1,2}日)(?:[上中下]午|晚上?|早上|凌晨|傍晚)?$/;

/** The chrome a line is, or null. `previous` is the kind of the line before (captions follow images). */
export function chromeKind(line: string, previous: string | null = null): ChromeKind | null {
  // a menu item's bullet (`- 公告`) says nothing of what it is
  const t = line.trim().replace(/^[-•·]\s+(?=\S{1,12}$)/, '');
  if (/<\s*t\s*o\s*p\s*>/i.test(t) && t.length <= 60) return 'widget';
  const n = t.length;
  if (!t || ONLY_MARKS.test(t)) return 'markup';
  if (IMAGE_FILE.test(t) || IMAGE_LINE.test(t)) return 'image';
  if (previous === 'image' && n <= 40 && !/[。！？]/.test(t.slice(0, -1))) return 'caption';
  if (PHOTO_CREDIT.test(t) || CREDIT_LINE.test(t)) return 'photo-credit';
  if (n <= 300 && TRAILING_CREDIT.test(t)) return 'caption';
  if (n <= 160 && (CAPTION_CREDIT.test(t) || (CAPTION_START.test(t) && n <= 120))) return 'caption';
  if ((n <= 40 && CAPTION_WORDS.test(t) && !/[。！？，,]/.test(t)) || SCENE.test(t)) return 'caption';
  if (WIDGET.test(t) || (n <= 40 && SHARE.test(t)) || KEYWORDS.test(t)) return 'widget';
  if (SOURCE_CREDIT.test(t)) return 'notice';
  if (/^(?:上一篇|下一篇|上一條|下一條|上一条|下一条|上篇|下篇|前一篇|後一篇|后一篇)\s*[:：]?/.test(t)) return 'widget';
  if ((n <= 40 && SCAN_OR_FOLLOW.test(t) && !/[。！？]$/.test(t)) || FOLLOW.test(t)) return 'share';
  if (n <= 50 && PROMO.test(t) && /(?:APP|App|app|客戶端|客户端|粉絲團|粉丝团|公眾號|公众号|Line|LINE|活動|活动)/.test(t)) return 'share';
  if ((n <= 60 && COMMENTS.test(t)) || (n <= 120 && COMMENT_DISCLAIMER.test(t))) return 'comments';
  if (n <= 60 && POSTED_BY.test(t)) return 'widget';
  if (n <= 120 && (CONTACT.test(t) || ((PHONE.test(t) || EMAIL.test(t)) && n <= 60 && !/[。，,]/.test(t)))) return 'contact';
  if ((n <= 200 && ICP.test(t) && !/[。]$/.test(t)) || (n <= 40 && /(?:主辦|主办)$/.test(t))) return 'notice';
  if (SKIP_LINK.test(t)) return 'navigation';
  if (n <= 40 && (LANGUAGE.test(t) || LOGIN.test(t))) return 'navigation';
  if (n <= 200 && BREADCRUMB_START.test(t) && !/[。！？]/.test(t)) return /[|｜丨]/.test(t) && !BREADCRUMB_ARROW.test(t) ? 'navigation' : 'breadcrumb';
  if (n <= 120 && /^[^。！？，,]{1,12}(?:\s*(?:>>|＞＞|»|›|>|＞)\s*[^。！？，,>＞»›]{1,14}){2,}$/.test(t)) return 'breadcrumb';
  if (isMenu(t)) return 'navigation';
  if (n <= 30 && LATIN_SECTION.test(t) && !/^[A-Z]{2,}\d/.test(t)) return 'section';
  if (n <= 40 && /[|｜]/.test(t) && t.split(/[|｜]/).every((p) => !p.trim() || LATIN_SECTION.test(p.trim()) || SECTION.test(p.trim()) || /^[\u4e00-\u9fff]{2,6}$/.test(p.trim()))) return 'section';
  if (SECTION.test(t) || COLUMN.test(t) || RELEASE_LABEL.test(t)) return 'section';
  if (SITE_NAME.test(t) || SITE_WITH_SLOGAN.test(t)) return 'site-name';
  if (n <= 60 && WEATHER.test(t) && /\d/.test(t)) return 'weather';
  if (n <= 60 && SPAM.test(t) && !/[。]/.test(t)) return 'spam';
  if (TABLE_ROW.test(t) && n <= 80 && !/[。，,]/.test(t)) return 'markup';
  return null;
}

/** A menu: five or more short words side by side, or three or more between pipes. */
function isMenu(t: string): boolean {
  if (t.length > 160 || /[。！？，,、]/.test(t)) return false;
  const piped = t.split(/\s*[|｜丨]\s*/).filter(Boolean);
  if (piped.length >= 3 && piped.every((p) => p.length <= 10)) return true;
  const words = t.split(/[\s\u3000]+/).filter(Boolean);
  return words.length >= 5 && words.every((w) => w.length <= 5);
}

/** 昨晚, 近日, 22至23日, 6月4日上午: the opening words of the first sentence, split from it by the page. */
export function isTimeOpener(line: string): boolean {
  return TIME_OPENER.test(line.trim().replace(/\s+/g, ''));
}

/** A headline's site part: `标题 | 某某网`, `标题_新闻中心_某某网`, `标题|聚焦`, `标题 |`. */
export function cleanHeadline(title: string): string {
  // a headline set between a site's QR prompts: 掃描二維碼訪問中評網移動版 標題 掃描二維碼訪問中評社微信
  let t = title.trim().replace(/(?:掃描|扫描)(?:二維碼|二维码)\S*/g, ' ').replace(/\s{2,}/g, ' ').trim() || title.trim();
  t = t.replace(/^[•●■▲◆◇□·]\s*/, '');
  t = t.replace(/\s*[|｜丨]\s*$/, '');
  // the site's name or column after the last separator
  const parts = t.split(/\s*(?:[|｜丨]|_|\s-\s|\s—\s)\s*/);
  if (parts.length > 1) {
    const last = parts[parts.length - 1]!;
    const first = parts[0]!;
    if (last.length <= 12 && first.length >= 6 && (SITE_NAME.test(last) || SECTION.test(last) || /^[\u4e00-\u9fff]{2,4}$/.test(last) || /網|网|報|报/.test(last))) {
      return parts.slice(0, -1).join(' ').trim() || t;
    }
  }
  return t;
}
