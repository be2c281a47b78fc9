// Meetings and officials as real reports write them (issue 16, classes 5 and
// 6): ceremonies, passive reports with manner or time words, talks held with
// no named meeting, sitting bodies, chairs written with 同志 or a title after
// the name, posts in brackets. Every sentence is invented; each holds one
// pattern seen on real pages. Both scripts run through the same rules.
import { describe, expect, it } from 'vitest';
import { extractRecords } from '../../src/extract/index.js';
import { toTraditional } from '../../src/script.js';

const records = (text: string) => extractRecords({ paragraphs: text.split('\n'), reportStarts: [], date: null, script: 'Hans' });
const meetings = (text: string) => records(text).meetings.map((m) => m.name);

describe('meeting names real reports use', () => {
  it.each([
    ['8月23日，全港各区工商联第二十届会董局就职典礼在会展中心举行。', '全港各区工商联第二十届会董局就职典礼'],
    ['3月4日，区委党校举行2024年春季开学典礼。', '2024年春季开学典礼'],
    ['商会于1月26日举行会长交接仪式，新老会长完成交接。', '会长交接仪式'],
    ['2月18日上午，集团在总部大礼堂举行2024年新春团拜会。', '2024年新春团拜会'],
    ['同日下午，市税务局召开税费优惠政策通气会。', '税费优惠政策通气会'],
    ['7月21日，集团2023年上半年工作会议胜利召开。', '集团2023年上半年工作会议'],
    ['1月19日，公司第三届职工代表大会第二次会议隆重召开。', '公司第三届职工代表大会第二次会议'],
    ['嘉义百合分会成立大会，23日晚上在嘉义市一家酒店举行。', '嘉义百合分会成立大会'],
    ['昨天下午，市委常委会召开会议，研究部署防汛工作。', '市委常委会会议'],
  ])('%s', (text, want) => {
    expect(meetings(text)).toEqual([want]);
    expect(meetings(toTraditional(text))).toEqual([toTraditional(want)]);
  });

  it('finds talks held with no named meeting, and not twice beside the 座谈会 they refer to', () => {
    expect(meetings('9月14日下午，汇通集团一行到集团公司交流学习并座谈。')).toEqual(['座谈']);
    expect(meetings('代表团日前访问香港，与港澳委员座谈。')).toEqual(['座谈']);
    expect(meetings('省政府在昆明举行中央企业合作座谈会。22家中央企业负责同志参加座谈。')).toEqual(['中央企业合作座谈会']);
  });

  it('reads two meetings held with one verb, and a list inside one name', () => {
    expect(meetings('集团先后召开党委会、总经理办公会，研究相关事项。')).toEqual(['党委会', '总经理办公会']);
    expect(meetings('公司召开党委会和总经理办公会。')).toEqual(['党委会', '总经理办公会']);
    expect(meetings('中华会馆于一月二十日下午召开本年度第一次职员、董事及顾问大会。')).toEqual(['本年度第一次职员、董事及顾问大会']);
    expect(records('集团先后召开党委会、总经理办公会。').meetings.map((m) => m.organiser)).toEqual(['集团', '集团']);
  });

  it('names no meeting that is not yet held or is described by who held it', () => {
    expect(meetings('会议决定于5月20日召开2023年度股东周年大会。')).toEqual([]);
    expect(meetings('理事长与荣誉理事长出席经济部召开之会议，反映业界损失。')).toEqual([]);
    expect(meetings('嘉宾出席仪式并致辞。')).toEqual([]);
  });
});

describe('who convened and who chaired', () => {
  it.each([
    ['11月25日上午，集团公司召开第三十八次党委会，党委书记、董事长常振邦同志主持会议。', '常振邦', '集团公司'],
    ['本会于3月17日召开第四届第九次理监事联席会议，会议由叶茂生理事长主持。', '叶茂生', null],
    ['4月3日，省市场监管局以视频会议形式召开全系统特种设备安全工作会议。会议由武振宇副局长主持。', '武振宇', '省市场监管局'],
    ['8月5日，公司总经理雷振东主持召开安全生产专题会。', '雷振东', '公司'],
    ['横滨华侨商会于1月26日举行会长交接仪式。', null, '横滨华侨商会'],
  ])('%s', (text, chair, organiser) => {
    const [meeting] = records(text).meetings;
    expect(meeting?.chair ?? null).toBe(chair);
    expect(meeting?.organiser ?? null).toBe(organiser);
  });

  it('takes the attendance from the clause that says who attended', () => {
    const [meeting] = records('工商协进会第三十届年会昨天在高雄展览馆登场，近两千名会员齐聚，副市长出席开幕并致词。').meetings;
    expect(meeting?.name).toBe('工商协进会第三十届年会');
    expect(meeting?.attendance).toBeNull();
  });
});

describe('officials real reports write', () => {
  const officials = (text: string) => records(text).officials.map((o) => ({ name: o.name, titles: o.titles.map((t) => [t.title, t.organisation]) }));

  it('reads posts in brackets after the names of those present', () => {
    expect(officials('出席会议的有：苏立群（市发改委主任）、韦国庆（市工信局局长）等。')).toEqual([
      { name: '苏立群', titles: [['主任', '市发改委']] },
      { name: '韦国庆', titles: [['局长', '市工信局']] },
    ]);
  });

  it('keeps leaders of a level as officials without the title 领导', () => {
    expect(officials('市领导鲁林涛、苏良驹参加会议。')).toEqual([
      { name: '鲁林涛', titles: [] },
      { name: '苏良驹', titles: [] },
    ]);
  });

  it('follows a chain on to units named by their kind', () => {
    expect(officials('株洲高新区党工委书记、管委会主任龚晓东出席。')[0]?.titles).toEqual([
      ['党工委书记', '株洲高新区'],
      ['主任', '管委会'],
    ]);
    expect(officials('省委常委、常务副省长、领导小组组长黎文博主持会议。')[0]?.titles.map(([t]) => t)).toEqual(['省委常委', '常务副省长', '组长']);
  });

  it('gives company posts to the group the text names only by its kind', () => {
    expect(officials('集团公司召开党委会，党委书记、董事长常振邦主持会议，副总经理邵睿传达了会议精神。')).toEqual([
      { name: '常振邦', titles: [['党委书记', '集团公司'], ['董事长', '集团公司']] },
      { name: '邵睿', titles: [['副总经理', '集团公司']] },
    ]);
  });

  it('does not read the first word of a body after a list as a name', () => {
    expect(officials('政务司司长黎国辉、商务及经济发展局副局长麦百川亲临主礼。').map((o) => o.name)).toEqual(['黎国辉', '麦百川']);
  });
});
