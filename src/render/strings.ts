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
  latest: string;
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
    latest: '全部文章（最新在前）',
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
    latest: '全部文章（最新在前）',
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
  },
};
