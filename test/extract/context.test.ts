// An article's context (place, own companies, evidence) from real article text.
import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../../src/ingest/index.js';
import { processSource } from '../../src/pipeline.js';

const contextOf = (name: string, text: string) => processSource(ingestBytes(name, new TextEncoder().encode(text))).record.context!;

describe('article context', () => {
  it('reads the dateline of a paper (本报西安讯): city and province', () => {
    const c = contextOf('a.txt', '省国资委召开国企改革推进会\n\n本报西安讯 5月9日，省国资委召开国企改革推进会，省国资委副主任刘明远主持会议。');
    expect(c.place).toMatchObject({ province: '陕西省', city: '西安市', county: null });
    expect(c.evidence).toContain('dateline: 西安');
  });

  it('reads an agency dateline (新华社兰州…电), in Traditional too', () => {
    const c = contextOf('b.txt', '項目推進會召開\n\n新華社蘭州5月9日電 省發改委當日召開重點項目推進會，市委有關負責同志出席。');
    expect(c.place).toMatchObject({ province: '甘肃省', city: '兰州市' });
  });

  it('lets the front matter place win over the text', () => {
    const c = contextOf('c.md', '---\ntitle: 调研\nplace: 宝鸡市\n---\n\n省国资委主任赵大河到西安市、西安市和咸阳市调研。');
    expect(c.place).toMatchObject({ province: '陕西省', city: '宝鸡市' });
    expect(c.evidence[0]).toBe('front matter place: 宝鸡市');
  });

  it('counts full names in the text; a tie between provinces is no place', () => {
    expect(contextOf('d.txt', '会议召开\n\n渭南市国资委与渭南市发改委在渭南市召开会议，省国资委有关处室参加。').place).toMatchObject({ province: '陕西省', city: '渭南市' });
    expect(contextOf('e.txt', '座谈会召开\n\n甘肃省和陕西省两省国资委召开座谈会。').place).toBeNull();
    expect(contextOf('f.txt', '座谈会召开\n\n省国资委召开座谈会，研究下一步工作。').place).toBeNull();
  });

  it('names the article own company, the declared one first', () => {
    const c = contextOf('g.txt', '集团召开会议\n\n本报讯 近日，某某物流有限公司与陕西秦岭建材集团有限公司（以下简称“秦岭建材”）签约。集团公司党委书记张宏伟出席。');
    expect(c.bodies[0]).toBe('陕西秦岭建材集团有限公司');
  });
});
