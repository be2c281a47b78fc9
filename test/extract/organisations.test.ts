// Organisation boundaries as real pages write them (issue 16, class 4): glue
// before a name, verbs and second bodies after it, two bodies in one string,
// generic phrases, venues, nested bodies and short forms. Every sentence is
// invented; each holds one pattern seen on real pages.
import { describe, expect, it } from 'vitest';
import { extractRecords } from '../../src/extract/index.js';
import { toTraditional } from '../../src/script.js';

const organisations = (text: string) =>
  extractRecords({ paragraphs: [text], reportStarts: [], date: null, script: 'Hans' }).organisations.map((o) => ({ name: o.name, aliases: o.aliases }));
const names = (text: string) => organisations(text).map((o) => o.name);

describe('glue on the left of a name', () => {
  it.each([
    ['会议要求，进一步支持省交通投资集团开展合作。', ['省交通投资集团']],
    ['据县人民政府办公室通报，全县共引进项目42个。', ['县人民政府办公室']],
    ['原县经贸委主任介绍了经验。', ['县经贸委']],
    ['他勉励县人民医院的青年医生扎根基层。', ['县人民医院']],
    ['该公司成功入选省发展改革委公布的重点项目名单。', ['省发展改革委']],
    ['他表示，欢迎更多像省机场集团这样的企业来投资。', ['省机场集团']],
    ['该集团旗下全资子公司广州港务有限公司参与投资。', ['广州港务有限公司']],
  ])('%s', (text, want) => {
    expect(names(text)).toEqual(want);
  });

  it('keeps a name that opens with a level word though the word before it is glue elsewhere', () => {
    expect(names('全国台湾同胞投资企业联谊会会长致辞。')).toEqual(['全国台湾同胞投资企业联谊会']);
    expect(names('会议期间，大同市应急管理局作了发言。')).toEqual(['大同市应急管理局']);
  });
});

describe('generic phrases and counters are no names', () => {
  it.each([
    '介绍了上半年公司生产经营情况。',
    '部分城市国资委负责同志列席会议。',
    '目前已有6家龙头企业和3家中资银行参与。',
    '国有企业要发挥主导作用，其全资子公司要守住底线。',
    '今年一季度，广东省和深圳市两级工商联共组织活动30场。',
  ])('%s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('verbs and second bodies on the right', () => {
  it('ends a body before a verb of the dictionary', () => {
    expect(names('通过走访调研，市工信局摸清了企业需求。')).toEqual(['市工信局']);
    expect(names('开发区管委会签署的投资协议要限时落地。')).toEqual(['开发区管委会']);
  });

  it('reads a body, a verb and another body as two', () => {
    expect(names('南京市鼓楼区与南京大学共建创新中心。')).toEqual(['南京大学']);
  });
});

describe('two bodies in one string', () => {
  it.each([
    ['县委县政府召开全县招商引资工作会议。', ['县委', '县政府']],
    ['福州市委市政府主要领导出席。', ['福州市委', '市政府']],
    ['陕西省和西安市发改委先后召开专题会议。', ['西安市发改委']],
  ])('%s', (text, want) => {
    expect(names(text)).toEqual(want);
  });

  it('keeps a unit of a body and an office sent by two as one name', () => {
    expect(names('市公安局南山区分局民警到场。')).toEqual(['市公安局南山区分局']);
    expect(names('国家矿山安全监察局山西局副局长讲话。')).toEqual(['国家矿山安全监察局山西局']);
    expect(names('市纪委市监委派驻第六纪检监察组组长到会。')).toEqual(['市纪委市监委派驻第六纪检监察组']);
  });
});

describe('venues and facilities are places, not bodies', () => {
  it('drops a facility of a named company and a room of an activity centre', () => {
    expect(names('他到国网武汉供电公司调度控制中心检查。')).toEqual(['国网武汉供电公司']);
    expect(names('双方参观了公司荣誉展厅和职工活动中心。')).toEqual([]);
  });
});

describe('nested bodies', () => {
  it.each([
    ['工信部原材料工业司司长一行到协会调研。', '工信部原材料工业司'],
    ['华南理工大学机械与汽车工程学院院长介绍。', '华南理工大学机械与汽车工程学院'],
    ['市创建全国文明城市工作领导小组召开全体会议。', '市创建全国文明城市工作领导小组'],
    ['中华民国医疗器材公会全国联合会理事长出席。', '中华民国医疗器材公会全国联合会'],
    ['审计署长沙特派员办事处召开进点会。', '审计署长沙特派员办事处'],
  ])('%s', (text, want) => {
    expect(names(text)).toContain(want);
  });
});

describe('short forms of listed bodies', () => {
  it('finds central SOEs and ministries without a suffix', () => {
    expect(names('中国石油、南方电网和中国中车等企业参加座谈。')).toEqual(['中国石油', '南方电网', '中国中车']);
    expect(names('协会按照科技部、自然资源部的要求开展研究。')).toEqual(['科技部', '自然资源部']);
  });

  it('makes a short form and the full name one record', () => {
    expect(organisations('省政府与中国南方电网有限责任公司签署协议。南方电网董事长表示支持。')).toEqual([
      { name: '省政府', aliases: [] },
      { name: '中国南方电网有限责任公司', aliases: ['南方电网'] },
    ]);
  });

  it('does not read a short form inside another word', () => {
    expect(names('全国网上技术交易平台正式上线。')).toEqual([]);
  });
});

describe('Traditional script', () => {
  it('reads the same names, written as the text writes them', () => {
    const text = toTraditional('据县人民政府办公室通报，陕西省和西安市发改委与中国建筑签署协议，3家中资银行参与。');
    expect(names(text)).toEqual(['縣人民政府辦公室', '西安市發改委', '中國建築']);
  });
});
