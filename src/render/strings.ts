// The site's own words, in each script. Article text never comes from here.
export type Lang = 'zh-Hant' | 'zh-Hans';

export interface Strings {
  siteTitle: string;
  skip: string;
  nav: string;
  home: string;
  search: string;
  searchPlaceholder: string;
  searchHeading: string;
  searchNoScript: string;
  sortLabel: string;
  sortRelevance: string;
  sortNew: string;
  sortOld: string;
  latest: string;
  /** the home page's heading: the newest articles only */
  latestArticles: string;
  byYear: string;
  allOfYear: string;
  prevPage: string;
  nextPage: string;
  undated: string;
  yearUnknown: string;
  noDate: string;
  articleCount: (n: number) => string;
  yearMonth: (year: number, month: number) => string;
  year: (year: number) => string;
  monthDay: (month: number, day: number) => string;
  fullDate: (year: number, month: number, day: number) => string;
  paragraph: (n: number) => string;
  publication: string;
  category: string;
  authors: string;
  editors: string;
  titleDerived: string;
  notes: string;
  noteLabel: (n: number) => string;
  damaged: string;
  damagedKeptAsIs: string;
  corrected: string;
  correctedTo: string;
  yearInferred: string;
  sourceNotice: string;
  notFoundTitle: string;
  notFoundText: string;
  backHome: string;
  footer: string;
  empty: string;
  listSeparator: string;
  /** words of the entity, index and data pages */
  e: EntityStrings;
}

export interface EntityStrings {
  people: string;
  organisations: string;
  meetings: string;
  figures: string;
  peopleIndex: string;
  peopleIndexIntro: string;
  organisationsIndexIntro: string;
  organisationsIndex: string;
  meetingsIndex: string;
  figuresIntro: string;
  otherScriptName: string;
  career: string;
  title: string;
  organisation: string;
  period: string;
  source: string;
  chaired: string;
  attended: string;
  spoke: string;
  statements: string;
  metMost: string;
  metCount: (n: number) => string;
  /** why a person's mentions are one person */
  joinedBy: string;
  joinedReason: (reason: 'body' | 'place' | 'mention', label: string, years: string) => string;
  /** every article reporting a meeting */
  reports: string;
  articles: string;
  articleSeries: string;
  mentions: string;
  aliases: string;
  peopleThere: string;
  organised: string;
  date: string;
  time: string;
  venue: string;
  organiser: string;
  chair: string;
  attendance: string;
  participants: string;
  speakers: string;
  sourceParagraph: string;
  inArticle: string;
  value: string;
  unit: string;
  qualifier: string;
  label: string;
  context: string;
  approx: Record<'more_than' | 'about' | 'nearly' | 'less_than', string>;
  attendanceValue: (value: number, approx: 'more_than' | 'about' | 'nearly' | 'less_than' | null) => string;
  downloadCsv: string;
  downloads: string;
  recordsJson: string;
  feed: string;
  filterLabel: string;
  filterAll: string;
  sortHint: string;
  figureCount: (n: number) => string;
  pages: string;
  pageNumber: (n: number) => string;
  entityCount: (n: number) => string;
  perMonth: string;
  perMonthDesc: string;
  graph: string;
  graphDesc: string;
  trend: string;
  trendDesc: (label: string) => string;
  none: string;
  switchScript: string;
  browse: string;
  publications: string;
  categories: string;
  /** the search page's filters */
  facets: Record<'year' | 'kind' | 'category' | 'publication' | 'person' | 'organisation', string>;
}

const common = {
  yearMonth: (y: number, m: number) => `${y}年${m}月`,
  year: (y: number) => `${y}年`,
  monthDay: (m: number, d: number) => `${m}月${d}日`,
  fullDate: (y: number, m: number, d: number) => `${y}年${m}月${d}日`,
  paragraph: (n: number) => `第${n}段`,
  noteLabel: (n: number) => `註${n}`,
  listSeparator: '、',
};

export const STRINGS: Record<Lang, Strings> = {
  'zh-Hant': {
    ...common,
    siteTitle: '報刊文庫',
    skip: '跳至正文',
    nav: '網站導覽',
    home: '首頁',
    search: '搜尋',
    searchPlaceholder: '搜尋文章',
    searchHeading: '搜尋文章',
    searchNoScript: '搜尋需要啟用 JavaScript。',
    sortLabel: '排序',
    sortRelevance: '相關度',
    sortNew: '最新在前',
    sortOld: '最早在前',
    latest: '全部文章（最新在前）',
    latestArticles: '最新文章',
    byYear: '按年份瀏覽',
    allOfYear: '各年文章',
    prevPage: '上一頁',
    nextPage: '下一頁',
    undated: '日期不詳',
    yearUnknown: '年份不詳',
    noDate: '日期不詳',
    articleCount: (n) => `共 ${n} 篇`,
    publication: '來源',
    category: '分類',
    authors: '作者',
    editors: '責任編輯',
    titleDerived: '原文無標題，此標題據正文首句擬定。',
    notes: '編者註',
    damaged: '原文此處文字在轉碼中損壞，照錄未改：',
    damagedKeptAsIs: '原文有文字在轉碼中損壞，照錄未改。',
    corrected: '編者將原文',
    correctedTo: '改為',
    yearInferred: '年份據正文推定',
    sourceNotice: '原網站聲明',
    notFoundTitle: '找不到此頁',
    notFoundText: '您要找的頁面不存在，可能已移動或網址有誤。',
    backHome: '返回首頁',
    footer: '本站由 baokan 生成的靜態文庫。',
    empty: '尚無文章。',
    noteLabel: (n) => `註${n}`,
    e: {
      people: '人物',
      organisations: '機構',
      meetings: '會議',
      figures: '數據',
      peopleIndex: '人物索引',
      peopleIndexIntro: '按姓名拼音排列。',
      organisationsIndexIntro: '按名稱拼音排列。',
      organisationsIndex: '機構索引',
      meetingsIndex: '會議（按年月）',
      figuresIntro: '文庫中報導的數字：數值、單位、限定語、所指事項及其上下文。',
      otherScriptName: '简体',
      career: '職務',
      title: '職務',
      organisation: '機構',
      period: '見報日期',
      source: '出處',
      chaired: '主持的會議',
      attended: '出席的會議',
      spoke: '講話的會議',
      statements: '言論',
      metMost: '常同場出席的人物',
      metCount: (n) => `同場 ${n} 次`,
      joinedBy: '為何視為同一人',
      joinedReason: (r, label, years) => `${r === 'body' ? '同一機構' : r === 'place' ? '同地任職' : '同地提及（未署職務）'}：${label}${years ? `，${years}` : ''}`,
      reports: '報道',
      articles: '相關文章',
      articleSeries: '文章',
      mentions: '提及之處',
      aliases: '別稱',
      peopleThere: '人物及職務',
      organised: '召開或主辦的會議',
      date: '日期',
      time: '時間',
      venue: '地點',
      organiser: '主辦',
      chair: '主持',
      attendance: '出席人數',
      participants: '出席人員',
      speakers: '講話人',
      sourceParagraph: '原文段落',
      inArticle: '見於',
      value: '數值',
      unit: '單位',
      qualifier: '限定',
      label: '所指',
      context: '上下文',
      approx: { more_than: '以上', about: '約', nearly: '近', less_than: '不足' },
      attendanceValue: (v, a) => (a === 'more_than' ? `${v} 餘人` : a === 'about' ? `約 ${v} 人` : a === 'nearly' ? `近 ${v} 人` : a === 'less_than' ? `不足 ${v} 人` : `${v} 人`),
      downloadCsv: '下載 CSV',
      downloads: '資料下載',
      recordsJson: '全部記錄（JSON）',
      feed: '最新文章（Atom）',
      filterLabel: '篩選',
      filterAll: '全部',
      sortHint: '點擊表頭可排序。',
      figureCount: (n) => `共 ${n} 項`,
      pages: '分頁',
      pageNumber: (n) => `第 ${n} 頁`,
      entityCount: (n) => `共 ${n} 個`,
      perMonth: '每月文章與會議',
      perMonthDesc: '每月的文章數與會議數。',
      graph: '同場關係',
      graphDesc: '出席同一會議的官員之間的連線，線越粗同場越多。',
      trend: '歷次數值',
      trendDesc: (label) => `「${label}」在各篇報導中的數值。`,
      none: '無',
      switchScript: '切換至簡體',
      browse: '瀏覽',
      publications: '刊物',
      categories: '欄目',
      facets: { year: '年份', kind: '類型', category: '欄目', publication: '刊物', person: '人物', organisation: '機構' },
    },
  },
  'zh-Hans': {
    ...common,
    siteTitle: '报刊文库',
    skip: '跳到正文',
    nav: '网站导航',
    home: '首页',
    search: '搜索',
    searchPlaceholder: '搜索文章',
    searchHeading: '搜索文章',
    searchNoScript: '搜索需要启用 JavaScript。',
    sortLabel: '排序',
    sortRelevance: '相关度',
    sortNew: '最新在前',
    sortOld: '最早在前',
    latest: '全部文章（最新在前）',
    latestArticles: '最新文章',
    byYear: '按年份浏览',
    allOfYear: '各年文章',
    prevPage: '上一页',
    nextPage: '下一页',
    undated: '日期不详',
    yearUnknown: '年份不详',
    noDate: '日期不详',
    articleCount: (n) => `共 ${n} 篇`,
    publication: '来源',
    category: '分类',
    authors: '作者',
    editors: '责任编辑',
    titleDerived: '原文无标题，此标题据正文首句拟定。',
    notes: '编者注',
    damaged: '原文此处文字在转码中损坏，照录未改：',
    damagedKeptAsIs: '原文有文字在转码中损坏，照录未改。',
    corrected: '编者将原文',
    correctedTo: '改为',
    yearInferred: '年份据正文推定',
    sourceNotice: '原网站声明',
    notFoundTitle: '找不到此页',
    notFoundText: '您要找的页面不存在，可能已移动或网址有误。',
    backHome: '返回首页',
    footer: '本站由 baokan 生成的静态文库。',
    empty: '尚无文章。',
    noteLabel: (n) => `注${n}`,
    e: {
      people: '人物',
      organisations: '机构',
      meetings: '会议',
      figures: '数据',
      peopleIndex: '人物索引',
      peopleIndexIntro: '按姓名拼音排列。',
      organisationsIndexIntro: '按名称拼音排列。',
      organisationsIndex: '机构索引',
      meetingsIndex: '会议（按年月）',
      figuresIntro: '文库中报道的数字：数值、单位、限定语、所指事项及其上下文。',
      otherScriptName: '繁體',
      career: '职务',
      title: '职务',
      organisation: '机构',
      period: '见报日期',
      source: '出处',
      chaired: '主持的会议',
      attended: '出席的会议',
      spoke: '讲话的会议',
      statements: '言论',
      metMost: '常同场出席的人物',
      metCount: (n) => `同场 ${n} 次`,
      joinedBy: '为何视为同一人',
      joinedReason: (r, label, years) => `${r === 'body' ? '同一机构' : r === 'place' ? '同地任职' : '同地提及（未署职务）'}：${label}${years ? `，${years}` : ''}`,
      reports: '报道',
      articles: '相关文章',
      articleSeries: '文章',
      mentions: '提及之处',
      aliases: '别称',
      peopleThere: '人物及职务',
      organised: '召开或主办的会议',
      date: '日期',
      time: '时间',
      venue: '地点',
      organiser: '主办',
      chair: '主持',
      attendance: '出席人数',
      participants: '出席人员',
      speakers: '讲话人',
      sourceParagraph: '原文段落',
      inArticle: '见于',
      value: '数值',
      unit: '单位',
      qualifier: '限定',
      label: '所指',
      context: '上下文',
      approx: { more_than: '以上', about: '约', nearly: '近', less_than: '不足' },
      attendanceValue: (v, a) => (a === 'more_than' ? `${v} 余人` : a === 'about' ? `约 ${v} 人` : a === 'nearly' ? `近 ${v} 人` : a === 'less_than' ? `不足 ${v} 人` : `${v} 人`),
      downloadCsv: '下载 CSV',
      downloads: '数据下载',
      recordsJson: '全部记录（JSON）',
      feed: '最新文章（Atom）',
      filterLabel: '筛选',
      filterAll: '全部',
      sortHint: '点击表头可排序。',
      figureCount: (n) => `共 ${n} 项`,
      pages: '分页',
      pageNumber: (n) => `第 ${n} 页`,
      entityCount: (n) => `共 ${n} 个`,
      perMonth: '每月文章与会议',
      perMonthDesc: '每月的文章数与会议数。',
      graph: '同场关系',
      graphDesc: '出席同一会议的官员之间的连线，线越粗同场越多。',
      trend: '历次数值',
      trendDesc: (label) => `“${label}”在各篇报道中的数值。`,
      none: '无',
      switchScript: '切换至繁体',
      browse: '浏览',
      publications: '刊物',
      categories: '栏目',
      facets: { year: '年份', kind: '类型', category: '栏目', publication: '刊物', person: '人物', organisation: '机构' },
    },
  },
};
