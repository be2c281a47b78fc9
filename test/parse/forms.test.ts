import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/normalize/index.js';
import { parseArticle, inferYear } from '../../src/parse/index.js';

const parse = (text: string, format: 'txt' | 'md' = 'txt') => parseArticle(normalizeText(text, { markdown: format === 'md' }).text, { format });

describe('parse: page furniture', () => {
  it('sets aside breadcrumbs, images, captions, photo credits and widgets', () => {
    const a = parse(
      ['首页 >> 新闻中心 >> 行业动态', '市煤炭局召开安全生产座谈会', '2021年3月5日 来源: 煤炭报 作者: 周立新', '3月4日,市煤炭局召开安全生产座谈会。', '图片26.png', '会议现场', '叶倩 摄影', '会议要求各单位落实安全责任。', '打印', '分享到:', '责任编辑：黄河'].join('\n'),
    );
    expect(a.title).toBe('市煤炭局召开安全生产座谈会');
    expect(a.paragraphs).toEqual(['3月4日,市煤炭局召开安全生产座谈会。', '会议要求各单位落实安全责任。']);
    expect(a.furniture.map((f) => f.kind)).toEqual(['breadcrumb', 'image', 'caption', 'photo-credit', 'widget', 'widget']);
    expect(a.editors).toEqual(['黄河']);
    expect(a.script).toBe('Hans');
    expect(a.date).toBe('2021-03-05');
  });

  it('sets aside the page\'s navigation, share box and list of related reports', () => {
    const a = parse(
      ['集团公司召开安全环保工作会议', '发布时间：2022-03-15 16:42:10  来源：党群工作部  浏览次数：1320', '3月14日，集团公司召开安全环保工作会议。', '会议要求落实安全责任。', '扫一扫在手机打开当前页', '上一篇：集团公司举行春季植树活动', '下一篇：集团公司党委开展集中学习', '相关新闻', '集团公司召开年度工作会议', '版权所有：某某集团有限公司'].join('\n'),
    );
    expect(a.paragraphs).toEqual(['3月14日，集团公司召开安全环保工作会议。', '会议要求落实安全责任。']);
    expect(a.furniture.map((f) => f.text)).toEqual(['扫一扫在手机打开当前页', '上一篇：集团公司举行春季植树活动', '下一篇：集团公司党委开展集中学习', '相关新闻', '集团公司召开年度工作会议']);
    expect(a).toMatchObject({ date: '2022-03-15', views: 1320, publication: '党群工作部' });
    expect(a.sourceNotice).toBe('版权所有：某某集团有限公司');
    // in Traditional too
    expect(parse('標題\n正文第一段。\n掃一掃在手機打開當前頁\n相關閱讀：\n另一篇報道的標題').paragraphs).toEqual(['正文第一段。']);
  });

  it('takes a headline line without a metadata line', () => {
    const a = parse('江西省召开电力改革推进会\n本报讯 5月6日,江西省召开电力改革推进会。会议由副省长主持。');
    expect(a).toMatchObject({ title: '江西省召开电力改革推进会', titleDerived: false, date: '--05-06' });
    expect(a.paragraphs[0]).toMatch(/^5月6日/);
  });

  it('reads Markdown with front matter, fields overriding the text', () => {
    const a = parse('---\ntitle: 四川省水利厅召开座谈会\ndate: 2020-05-06\npublication: 水利报\ncategory: 要闻\nauthors: [李文, 王平]\nslug: water-talks\n---\n\n# 正文标题\n\n本报讯 5月5日,座谈会召开。\n\n- 一是加强领导\n- 二是落实责任\n', 'md');
    expect(a).toMatchObject({ title: '四川省水利厅召开座谈会', date: '2020-05-06', publication: '水利报', category: '要闻', authors: ['李文', '王平'], slug: 'water-talks' });
    expect(a.paragraphs).toEqual(['5月5日,座谈会召开。', '一是加强领导', '二是落实责任']);
  });

  it('reports malformed front matter as an error', () => {
    const a = parse('---\ntitle: [unclosed\n---\n正文。', 'md');
    expect(a.messages.some((m) => m.code === 'front-matter' && m.fatal)).toBe(true);
  });

  it('reads a labelled publication time as the metadata line', () => {
    const a = parse('發布時間：2021-03-05 10:20\n本報訊（記者 張曉明）3月4日，市國資委召開全市國資國企工作會議。\n會議指出，全年任務已經完成。');
    expect(a.date).toBe('2021-03-05');
    expect(a.dateEvidence).toBe('publication date from the metadata line');
    expect(a.title).not.toMatch(/發布時間/);
    expect(a.paragraphs[0]).toBe('3月4日，市國資委召開全市國資國企工作會議。');
    expect(parse('时间：2020年5月6日 来源：水利报\n正文第一段。').publication).toBe('水利报');
    // the labelled date after other fields
    expect(parse('標題\n作者：李華  來源：江城日報  發布時間：2022-06-01\n5月31日，會議召開。')).toMatchObject({ date: '2022-06-01', publication: '江城日報', authors: ['李華'] });
  });

  it('takes the reporters a dateline names, roles left out', () => {
    expect(parse('標題\n本報訊（記者 張曉明）3月4日，會議召開。').authors).toEqual(['張曉明']);
    expect(parse('标题\n本报讯（记者刘洋 通讯员 陈静）1月15日，会议召开。').authors).toEqual(['刘洋', '陈静']);
    expect(parse('标题\n本报讯（记者 王芳 摄影报道）1月15日，会议召开。').authors).toEqual(['王芳']);
    // no role named: not a reporter
    expect(parse('标题\n本报讯（5月6日）会议召开。').authors).toEqual([]);
    // a dateline's reporter and a sign-off's, each once
    expect(parse('标题\n本报讯（记者 王芳）1月15日，会议召开。\n会议要求落实责任。（王芳 李强）').authors).toEqual(['王芳', '李强']);
  });

  it('reads a dateline that names the place and the filing date', () => {
    const a = parse('標題\n本報烏魯木齊5月10日訊 5月9日，自治區主席會見了客人。');
    expect(a.date).toBe('--05-10');
    expect(a.paragraphs[0]).toBe('5月9日，自治區主席會見了客人。');
    const b = parse('标题\n新华社北京5月9日电（记者 王飞 李娜）国务院新闻办公室9日举行发布会。');
    expect(b).toMatchObject({ date: '--05-09', authors: ['王飞', '李娜'] });
    expect(b.paragraphs[0]).toBe('国务院新闻办公室9日举行发布会。');
    // 本網電子版 is no dateline: 電 ends one only after a date
    expect(parse('本網電子版上線\n本網電子版今日上線，讀者可在線閱讀。').paragraphs[0]).toBe('本網電子版今日上線，讀者可在線閱讀。');
  });

  it('keeps 文 and 圖 inside names: they are roles only before a mark or a space', () => {
    expect(parse('标题\n1月15日，会议召开。会议要求落实责任。（记者 时文瑞）').authors).toEqual(['时文瑞']);
    expect(parse('标题\n1月15日，会议召开。会议要求落实责任。（文/李明）').authors).toEqual(['李明']);
  });

  it('takes a Markdown dateline\'s reporters unless the front matter names the authors', () => {
    expect(parse('# 标题\n\n本报讯（记者 张晓明）3月4日，会议召开。\n', 'md').authors).toEqual(['张晓明']);
    expect(parse('---\nauthors: [李文]\n---\n\n本报讯（记者 张晓明）3月4日，会议召开。\n', 'md').authors).toEqual(['李文']);
  });

  it('reports an impossible date', () => {
    const a = parse('标题\n2019年2月30日 10:00 来源: 某报 作者: 某人\n正文第一段。');
    expect(a.messages.map((m) => m.code)).toContain('impossible-date');
    expect(a.date).toBeNull();
  });
});

describe('inferYear', () => {
  it('uses a congress the text looks ahead to', () => {
    expect(inferYear(8, 4, '以優異的成績迎接黨的十九大勝利召開')?.year).toBe(2017);
    expect(inferYear(5, 1, '喜迎二十大')?.year).toBe(2022);
  });
  it('does not infer from a congress already past', () => {
    expect(inferYear(12, 1, '迎接黨的十九大')).toBeNull();
    expect(inferYear(3, 1, '學習貫徹十九大精神')).toBeNull();
  });
  it('uses a single year named as the current period', () => {
    expect(inferYear(11, 27, '全面總結了2018年以來的工作')?.year).toBe(2018);
    expect(inferYear(11, 27, '2017年以來 2018年以來')).toBeNull();
  });
  it('uses a quarter already begun as this year\'s, never one still to come', () => {
    expect(inferYear(10, 12, '集团公司召开2023年第三季度经济活动分析会')?.year).toBe(2023);
    expect(inferYear(10, 20, '2022年前三季度，全市生產總值增長5.1%')?.year).toBe(2022);
    // in January a fourth quarter is last year's: not taken
    expect(inferYear(1, 10, '通报了2023年第四季度经济运行情况')).toBeNull();
    expect(inferYear(5, 6, '2022年前三季度')).toBeNull();
  });
});

describe('parse: Markdown raw HTML', () => {
  it('drops raw HTML nodes with a message, so paragraphs hold only text', () => {
    const a = parse('---\ntitle: 标题\n---\n\n正文<script>alert(1)</script>继续。\n\n<div onclick="x()">块</div>\n', 'md');
    expect(a.paragraphs).toEqual(['正文alert(1)继续。']);
    expect(a.messages.map((m) => m.code)).toContain('raw-html-dropped');
  });
});
