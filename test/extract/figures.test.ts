// Figures on sentences of the genre written for these tests (not taken from
// the seeds or the genre corpus), in both scripts, and the things that look
// like numbers but are not figures.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/figures.js';
import { toTraditional } from '../../src/script.js';

type Row = [text: string, value: number, unit: string, approx: string | null];
const figures = (text: string): Row[] => extractFigures([text]).map((f) => [f.text, f.value, f.unit, f.approx]);

/** The same sentence in Traditional gives the same values, units in Traditional (噸), texts where they are. */
function expectBothScripts(text: string, want: Row[]) {
  expect(figures(text)).toEqual(want);
  const hant = toTraditional(text);
  const got = extractFigures([hant]);
  expect(got.map((f) => [f.value, f.unit, f.approx])).toEqual(want.map(([, v, u, a]) => [v, /^[\u4e00-\u9fff]/.test(u) ? toTraditional(u) : u, a]));
  for (const f of got) expect(hant.slice(f.mention.start, f.mention.end)).toBe(f.text);
}

describe('figures: values and units', () => {
  it('makes values absolute with 万, 亿, 万亿 and 千万, exactly', () => {
    expectBothScripts('全年完成投资9.768亿元，新增装机320万千瓦，发电量612.4亿千瓦时，行业总产值1.35万亿元，项目总投资3千万元。', [
      ['9.768亿元', 976800000, '元', null],
      ['320万千瓦', 3200000, '千瓦', null],
      ['612.4亿千瓦时', 61240000000, '千瓦时', null],
      ['1.35万亿元', 1350000000000, '元', null],
      ['3千万元', 30000000, '元', null],
    ]);
  });

  it('gives 平方米 as ㎡ and 名 / 位 as 人, like the gold', () => {
    expectBothScripts('建成安置房3860万平方米、厂房12000平米，培训技术骨干186名，邀请专家12位。', [
      ['3860万平方米', 38600000, '㎡', null],
      ['12000平米', 12000, '㎡', null],
      ['186名', 186, '人', null],
      ['12位', 12, '人', null],
    ]);
  });

  it('reads percentages, points, multiples and 百分之', () => {
    expectBothScripts('利润增长12.5%，占比提高2.3个百分点，是去年的2.3倍，失业率控制在百分之三以内，完成率百分之百，增速百分之六点五。', [
      ['12.5%', 12.5, '%', null],
      ['2.3个百分点', 2.3, '个百分点', null],
      ['2.3倍', 2.3, '倍', null],
      ['百分之三以内', 3, '%', 'less_than'],
      ['百分之百', 100, '%', null],
      ['百分之六点五', 6.5, '%', null],
    ]);
  });

  it('reads full-width digits and thousands separators', () => {
    expect(figures('粮食产量达１２３４万吨，增长１２．５％，全市已有1,286家企业。')).toEqual([
      ['１２３４万吨', 12340000, '吨', null],
      ['１２．５％', 12.5, '%', null],
      ['1,286家', 1286, '家', null],
    ]);
  });

  it('reads two figures in a row and durations', () => {
    expect(figures('建成住房6581套778878㎡，工期18个月，5个工作日内办结，平均用时8.6天。')).toEqual([
      ['6581套', 6581, '套', null],
      ['778878㎡', 778878, '㎡', null],
      ['18个月', 18, '个月', null],
      ['5个工作日', 5, '个工作日', null],
      ['8.6天', 8.6, '天', null],
    ]);
  });
});

describe('figures: qualifiers', () => {
  it('reads qualifiers before and after, in either order with the magnitude', () => {
    expectBothScripts('共80余人参会，约300名职工，近400人，不到5分钟，98%以上，7%左右，860余万元，2.8万余人，120多艘，超过3000人，逾万人，不少于300台，不超过5%，至少10家。', [
      ['80余人', 80, '人', 'more_than'],
      ['约300名', 300, '人', 'about'],
      ['近400人', 400, '人', 'nearly'],
      ['不到5分钟', 5, '分钟', 'less_than'],
      ['98%以上', 98, '%', 'more_than'],
      ['7%左右', 7, '%', 'about'],
      ['860余万元', 8600000, '元', 'more_than'],
      ['2.8万余人', 28000, '人', 'more_than'],
      ['120多艘', 120, '艘', 'more_than'],
      ['超过3000人', 3000, '人', 'more_than'],
      ['逾万人', 10000, '人', 'more_than'],
      ['不少于300台', 300, '台', 'more_than'],
      ['不超过5%', 5, '%', 'less_than'],
      ['至少10家', 10, '家', 'more_than'],
    ]);
  });

  it('does not take the ends of other words for qualifiers', () => {
    // 签约 is signing, 最近 is recent; 上下游 is upstream and downstream
    expect(figures('集中签约5个项目，最近12个月，带动5家上下游企业。')).toEqual([
      ['5个', 5, '个', null],
      ['12个月', 12, '个月', null],
      ['5家', 5, '家', null],
    ]);
  });
});

describe('figures: Chinese numerals', () => {
  it('reads Chinese numerals with a counting unit', () => {
    expectBothScripts('全市十五家企业、两家医院完成改制，涉及二十三户、一万二千余人、一万三千人，九项任务全部完成，两千多人参加，三千余万元资金，一亿五千万元，二十多个部门。', [
      ['十五家', 15, '家', null],
      ['两家', 2, '家', null],
      ['二十三户', 23, '户', null],
      ['一万二千余人', 12000, '人', 'more_than'],
      ['一万三千人', 13000, '人', null],
      ['九项', 9, '项', null],
      ['两千多人', 2000, '人', 'more_than'],
      ['三千余万元', 30000000, '元', 'more_than'],
      ['一亿五千万元', 150000000, '元', null],
      ['二十多个', 20, '个', 'more_than'],
    ]);
  });

  it('reads a bare magnitude only with a qualifier', () => {
    expect(figures('全省百余家企业参与，近千名职工受益，万余人次参加培训。')).toEqual([
      ['百余家', 100, '家', 'more_than'],
      ['近千名', 1000, '人', 'nearly'],
      ['万余人次', 10000, '人次', 'more_than'],
    ]);
    // 万 is a surname, 千家万户 an idiom, 百元 a rate
    expect(figures('万长松出席，走进千家万户，百元医疗收入。')).toEqual([]);
  });
});

describe('figures in report paragraphs', () => {
  // sentences in the manner of industry and government reports, with every figure they hold
  it.each<[string, Row[]]>([
    ['截至2021年底，全市共有规模以上工业企业1235家，规上工业增加值同比增长9.8%，两年平均增长6.1%。', [['1235家', 1235, '家', null], ['9.8%', 9.8, '%', null], ['6.1%', 6.1, '%', null]]],
    ['全年接待游客2.3亿人次，实现旅游总收入2890亿元，分别恢复到2019年同期的85%和78%。', [['2.3亿人次', 230000000, '人次', null], ['2890亿元', 289000000000, '元', null], ['85%', 85, '%', null], ['78%', 78, '%', null]]],
    ['该项目占地约120亩，总建筑面积约8.6万平方米，建成后可年产零部件50万套，新增就业岗位800个。', [['约120亩', 120, '亩', 'about'], ['约8.6万平方米', 86000, '㎡', 'about'], ['50万套', 500000, '套', null], ['800个', 800, '个', null]]],
    ['全县共排查企业356家，发现隐患1024处，已整改986处，整改率96.3%，责令停产整顿3家，罚款52万元。', [['356家', 356, '家', null], ['1024处', 1024, '处', null], ['986处', 986, '处', null], ['96.3%', 96.3, '%', null], ['3家', 3, '家', null], ['52万元', 520000, '元', null]]],
    ['会议为期两天，全省13个市（州）参加，生猪出栏120万头，总投资超10亿元，逾百家企业，人均可支配收入达3.2万元。', [['两天', 2, '天', null], ['13个', 13, '个', null], ['120万头', 1200000, '头', null], ['超10亿元', 1000000000, '元', 'more_than'], ['逾百家', 100, '家', 'more_than'], ['3.2万元', 32000, '元', null]]],
    ['全年新建5G基站1.2万个，PM2.5平均浓度为38微克/立方米，同比下降11.6%，投资12个亿。', [['1.2万个', 12000, '个', null], ['38微克/立方米', 38, '微克/立方米', null], ['11.6%', 11.6, '%', null]]],
    ['坚持“五位一体”总体布局，增速保持两位数，打造千亿元产业集群，建设万亩良田，万元GDP能耗下降3.5%。', [['3.5%', 3.5, '%', null]]],
    ['全港約有3,000餘人參與，投資1.5億美元，港幣5000萬元，出席人數約為120人，佔比約達35%，增長百分之十二點五，12臺設備。', [['約有3,000餘人', 3000, '人', 'more_than'], ['1.5億美元', 150000000, '美元', null], ['5000萬元', 50000000, '元', null], ['約為120人', 120, '人', 'about'], ['約達35%', 35, '%', 'about'], ['百分之十二點五', 12.5, '%', null], ['12臺', 12, '臺', null]]],
    ['今年1—5月，会议要求各地在6月30日前完成排查。时间：2021-03-05 10:23:11 点击数：1234', []],
  ])('%s', (text, want) => (/[億萬臺]/.test(text) ? expect(figures(text)).toEqual(want) : expectBothScripts(text, want)));
});

describe('not figures', () => {
  it.each([
    ['dates, years and times', '2021年3月12日上午9点30分，2020/2021年榨季，9:30开幕，下午2时15分。'],
    ['phone numbers and hotlines', '咨询电话0668-2281360，拨打12345热线或110报警，邮编530022。'],
    ['ordinals and list markers', '第五届理事会第3次会议，一要讲政治，二是抓落实，三要强作风，第十五次。'],
    ['names holding numerals', '“十四五”开局，十九大精神，十九届五中全会，坚持一把手负总责，二级巡视员，二氧化硫排放，开展“净网2019”行动，G20峰会。'],
    ['slogans and rules', '坚持“两个维护”，增强“四个意识”，落实中央八项规定精神，从三个方面着力，开展“五个一”活动，“三供一业”移交。'],
    ['vague counts', '数十家企业、几百名职工和上万人次群众，成千上万的市民。'],
    ['codes and ranks', '实行7×24小时值班，PM2.5浓度，排名前三名，5G基站。'],
    ['places and departments', '七台河市、五家渠市、三台县，规划局二处负责人。'],
    ['units that begin another word', '带动3家庭，两所有制企业，12处于领先。'],
    ['document titles', '印发《关于推进三年行动的十项措施》。'],
    ['a or one of', '做好一项工作，建立一个专班，一名领导。'],
    ['the parts of a plan', '分四个阶段推进，压实两个责任，提出三个转变。'],
    ['page views', '2019年6月12日 09:05 3521次浏览'],
  ])('%s', (_label, text) => {
    expect(figures(text)).toEqual([]);
    expect(figures(toTraditional(text))).toEqual([]);
  });

  it('skips page metadata (views) but not figures beside it', () => {
    expect(figures('浏览次数：3521 发布时间：2021-03-05')).toEqual([]);
    expect(figures('来源：本站 阅读 1187')).toEqual([]);
    expect(figures('全年阅读量达1.2万人次。')).toEqual([['1.2万人次', 12000, '人次', null]]);
  });
});

describe('figure labels and places', () => {
  it('keeps the place: the mention is the figure text, in its paragraph', () => {
    const [f] = extractFigures(['', '截至目前，再就业率达73%。']);
    expect(f!.mention).toEqual({ paragraph: 1, start: 10, end: 13 });
    expect(f!.label).toBe('再就业率');
  });

  it.each([
    ['全年实现营业收入216.8亿元。', '营业收入'],
    ['投入安全资金2.35亿元。', '安全资金'],
    ['整改率達98.6%。', '整改率'],
    ['中层干部及相关负责人共70余人参会。', '相关负责人'],
    ['同比增长4.3%。', null],
  ])('labels %s with %s', (text, label) => expect(extractFigures([text])[0]!.label).toBe(label));
});
