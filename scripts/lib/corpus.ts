// A deterministic generator of articles in the genre (industry and government
// meeting reports), for benchmarks and scale tests. Same count and seed →
// byte-identical files. A "world" of organisations and their officials is made
// first, so that people and organisations recur across articles as they do in
// a real archive (a few hosts appear often, most rarely).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { pinyin } from 'pinyin-pro';
import { toSimplified, toTraditional } from '../../src/script.js';
import * as L from './lexicon.js';
import { Random } from './random.js';

export interface CorpusFile {
  /** file name, e.g. `000042_jiangxi_meeting.txt` */
  name: string;
  bytes: Uint8Array;
}

export interface CorpusOptions {
  count: number;
  seed?: string | number;
  /** names (any script) a generated person may not have; default: the seed gold files */
  avoidNames?: Iterable<string>;
}

interface Person {
  name: string;
  title: string;
}
interface Org {
  kind: 'company' | 'department' | 'city' | 'association';
  full: string;
  short: string;
  province: (typeof L.PROVINCES)[number];
  city: string;
  topic: string;
  units: string[];
  people: Person[];
}

const GOLD_DIR = fileURLToPath(new URL('../../test/fixtures/seed-gold/', import.meta.url));

/** Names of people and organisations in the seed gold files, read at run time so no list holds them. */
export function seedNames(dir = GOLD_DIR): string[] {
  const out: string[] = [];
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  } catch {
    return out;
  }
  for (const f of files) {
    const gold = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as {
      officials?: Array<{ name: string }>;
      article?: { authors?: string[]; editors?: string[] };
      organisations?: { required?: Array<{ name: string; aliases?: string[] }> };
    };
    for (const o of gold.officials ?? []) out.push(o.name);
    out.push(...(gold.article?.authors ?? []), ...(gold.article?.editors ?? []));
    for (const o of gold.organisations?.required ?? []) out.push(o.name, ...(o.aliases ?? []));
  }
  return out;
}

/** Every article of the corpus, one at a time (a 100,000-article corpus need not be held at once). */
export function* generateArticles(options: CorpusOptions): Generator<CorpusFile> {
  const rng = new Random(`baokan-corpus:${options.seed ?? 1}`);
  const avoid = new Set([...(options.avoidNames ?? seedNames())].map((n) => toSimplified(n)));
  const world = makeWorld(rng, options.count, avoid);
  for (let i = 0; i < options.count; i++) yield makeArticle(rng, world, i);
}

export function generateCorpus(options: CorpusOptions): CorpusFile[] {
  return [...generateArticles(options)];
}

// ------------------------------------------------------------------ world

interface World {
  orgs: Org[];
  /** hosts sorted so that low indices are picked most often */
  hosts: Org[];
  people: () => string;
}

function makeWorld(rng: Random, count: number, avoid: Set<string>): World {
  const used = new Set<string>();
  const personName = (): string => {
    for (let attempt = 0; ; attempt++) {
      const surname = rng.chance(0.03) ? rng.pick(L.COMPOUND_SURNAMES) : rng.pick(L.SURNAMES);
      const given = rng.chance(0.25) ? rng.pick(L.GIVEN_SECOND) : rng.pick(L.GIVEN_FIRST) + rng.pick(L.GIVEN_SECOND);
      const name = surname + given;
      if (avoid.has(name) || (used.has(name) && attempt < 50)) continue;
      used.add(name);
      return name;
    }
  };
  const orgs: Org[] = [];
  const staff = (titles: string[], n: number) => titles.slice(0, n).map((title) => ({ name: personName(), title }));
  for (const province of L.PROVINCES) {
    for (const d of L.DEPARTMENTS) {
      orgs.push({ kind: 'department', full: `${province.name}${d.full}`, short: `省${d.short}`, province, city: province.cities[0]!, topic: rng.pick(L.EXTRA_TOPICS), units: ['万吨', '公里', '万平方米'], people: staff(d.titles, d.titles.length) });
    }
    for (const city of province.cities) {
      orgs.push({ kind: 'city', full: `${city}市人民政府`, short: `${city}市`, province, city, topic: rng.pick(L.EXTRA_TOPICS), units: ['万吨', '万平方米', '万千瓦时'], people: staff(L.CITY_TITLES, L.CITY_TITLES.length) });
    }
    for (const field of L.ASSOCIATION_FIELDS.slice(0, 4)) {
      orgs.push({ kind: 'association', full: `${province.name}${field}协会`, short: `省${field}协会`, province, city: province.cities[0]!, topic: '行业自律', units: ['万吨', '万平方米'], people: staff(L.ASSOCIATION_TITLES, 4) });
    }
  }
  const companies = Math.max(30, Math.min(6000, Math.round(count / 6)));
  const usedCompanies = new Set<string>();
  for (let i = 0; i < companies; i++) {
    const province = rng.pick(L.PROVINCES);
    const industry = rng.pick(L.INDUSTRIES);
    let stem = rng.pick(L.COMPANY_STEMS);
    if (usedCompanies.has(province.short + stem + industry.name)) stem = rng.pick(L.GIVEN_FIRST) + rng.pick(L.GIVEN_SECOND);
    if (usedCompanies.has(province.short + stem + industry.name)) continue;
    usedCompanies.add(province.short + stem + industry.name);
    const full = `${province.short}${stem}${industry.name}${rng.pick(L.COMPANY_SUFFIXES)}`;
    const short = rng.chance(0.5) ? `${stem}集团` : `${stem}${industry.name.slice(0, 2)}`;
    const titles = [rng.pick(L.COMPANY_TITLES_TOP), rng.pick(L.COMPANY_TITLES_SECOND), ...rng.shuffle([...L.COMPANY_TITLES]).slice(0, 4)];
    orgs.push({ kind: 'company', full, short, province, city: rng.pick(province.cities), topic: industry.topic, units: industry.units, people: staff(titles, titles.length) });
  }
  const hosts = rng.shuffle(orgs.filter((o) => o.kind !== 'city'));
  return { orgs, hosts, people: personName };
}

// ---------------------------------------------------------------- article

type Form = 'scraped' | 'report' | 'markdown';

function makeArticle(rng: Random, world: World, index: number): CorpusFile {
  // Skewed pick: a few hosts are in many articles, most in few.
  const host = world.hosts[Math.floor(world.hosts.length * rng.next() ** 2.5)]!;
  const sameProvince = world.orgs.filter((o) => o.province === host.province && o !== host);
  const guestOrg = rng.pick(sameProvince.filter((o) => o.kind === 'department'));
  const city = rng.pick(sameProvince.filter((o) => o.kind === 'city'));
  const year = 2015 + rng.int(9);
  const month = 1 + rng.int(12);
  const day = 1 + rng.int(28);
  const hant = rng.chance(0.45);
  const form: Form = rng.pick(['scraped', 'scraped', 'report', 'report', 'markdown']);
  const visit = rng.chance(0.25);
  const text = visit ? visitReport(rng, host, guestOrg, city, year, month, day) : meetingReport(rng, host, guestOrg, year, month, day);
  const author = world.people();
  const publication = fill(rng.pick(L.PUBLICATIONS), { province: host.province.short, industry: host.topic.slice(0, 2), host: host.short });

  let body = text.paragraphs;
  let out: string[];
  if (form === 'markdown') {
    const fm = ['---', `title: ${text.headline}`, `date: ${iso(year, month, day)}`, `publication: ${publication}`, `category: ${rng.pick(L.CATEGORIES)}`, `authors: [${author}]`, '---', ''];
    out = [...fm, body.join('\n\n')];
  } else if (form === 'scraped') {
    const views = 100 + rng.int(20000);
    const meta = `${iso(year, month, day + rng.int(3))} ${pad(8 + rng.int(10))}:${pad(rng.int(60))} 来源: ${publication} 作者: ${author} 浏览次数: ${views}`;
    const editor = world.people();
    out = [text.headline, meta, ...body, `责任编辑：${editor}`];
    if (rng.chance(0.6)) out.push(fill(rng.pick(L.FOOTERS), { publication, area: String(10 + rng.int(900)), phone: String(1000000 + rng.int(8999999)) }));
  } else {
    const lead = rng.pick(['本报讯 ', `本报讯（记者 ${author}）`, '']);
    if (lead && rng.chance(0.5)) body = [lead + body[0]!.replace(/^\d+月\d+日/, `${year}年$&`), ...body.slice(1)];
    else if (lead) body = [lead + body[0]!, ...body.slice(1)];
    const signOff = lead.includes('记者') ? '' : rng.pick([`（记者 ${author}）`, `（${[...author].join(' ')}）`, `（记者 ${author} 通讯员 ${world.people()}）`, `（通讯员 ${author}）`]);
    body = [...body.slice(0, -1), body[body.length - 1]! + signOff];
    out = rng.chance(0.3) ? [text.headline, ...body] : body;
  }

  let article = out.join('\n') + '\n';
  if (hant) {
    // OpenCC writes 爲 and 衆; pages of the genre (and Big5) have 為 and 眾.
    article = toTraditional(article).replace(/爲/g, '為').replace(/衆/g, '眾');
    // Traditional pages in the genre often use half-width punctuation.
    if (rng.chance(0.6)) article = article.replace(/，/g, ',').replace(/（/g, '(').replace(/）/g, ')').replace(/：/g, ':').replace(/；/g, ';');
  }
  const encoding = rng.chance(0.05) ? 'gbk' : hant && rng.chance(0.11) ? 'big5' : 'utf8';
  // About 20% of all articles: Traditional with pinyin readings after some characters.
  if (hant && encoding !== 'big5' && rng.chance(0.45)) article = annotatePinyin(rng, article);
  if (rng.chance(0.05)) article = article.replace(/\n/g, '\r\n');
  const bytes = encode(article, encoding);
  const kind = visit ? 'visit' : host.kind === 'company' ? 'meeting' : host.kind;
  return { name: `${String(index).padStart(6, '0')}_${host.province.pinyin}_${kind}.${form === 'markdown' ? 'md' : 'txt'}`, bytes };
}

interface Text {
  headline: string;
  paragraphs: string[];
}

function meetingReport(rng: Random, host: Org, guest: Org, year: number, month: number, day: number): Text {
  const topic = rng.chance(0.7) ? host.topic : rng.pick(L.EXTRA_TOPICS);
  const meeting = fill(rng.pick(L.MEETING_KINDS), { year: String(year), topic, ordinal: rng.pick(L.CHINESE_ORDINALS) });
  const [top, second, ...rest] = host.people;
  const guestPerson = rng.pick(guest.people.slice(0, 2));
  const chair = second ?? top!;
  const venue = rng.chance(0.7) ? `${host.kind === 'company' ? '集团' : ''}${rng.pick(L.VENUES)}` : `${host.city}${rng.pick(L.HOTELS)}`;
  const declared = host.kind === 'company' ? `（以下简称“${host.short}”）` : '';
  const time = rng.pick(['上午9时', '上午9时30分', '下午2点30分', '下午3点', '上午10时', '']);
  const attendance = rng.chance(0.5) ? `共${50 + rng.int(300)}余人` : `约${(5 + rng.int(40)) * 10}人`;
  const others = rest.slice(0, 1 + rng.int(Math.max(1, rest.length)));
  const lineup = others.map((p) => `${p.title}${p.name}`).join('，');
  const paragraphs = [
    `${month}月${day}日${time}，${host.full}${declared}在${venue}召开${meeting}，${rng.pick(['全面总结去年工作', '分析当前形势', '传达上级会议精神'])}，安排部署${year}年重点任务。`,
    `${guest.short}${guestPerson.title}${guestPerson.name}，${host.short}${top!.title}${top!.name}${lineup ? `，${lineup}` : ''}，各单位主要负责人${attendance}参加会议。${rng.chance(0.5) ? `会议由${chair.title}${chair.name}主持。` : `${chair.name}主持会议。`}`,
    `${top!.name}代表${host.short}作了题为《${rng.pick(['坚守安全红线，推动高质量发展', '凝心聚力谋发展，奋力开创新局面', '深化改革强管理，提质增效促发展'])}》的工作报告。报告指出，${year - 1}年，${host.short}${figures(rng, host, 3)}。`,
    `${top!.name}强调，${year}年是${rng.pick(['“十三五”规划收官之年', '“十四五”开局之年', '全面深化改革的关键之年'])}。${directives(rng)}`,
    `${guestPerson.name}${fill(rng.pick(L.PRAISE), { host: host.short })}。他指出，全省${figures(rng, host, 2)}。他要求，${rng.pick(L.DIRECTIVES)}，${rng.pick(L.DIRECTIVES)}。`,
  ];
  for (const p of others.slice(0, rng.int(3))) {
    paragraphs.push(`${p.name}在讲话中${rng.pick(['表示', '指出', '要求'])}，${host.short}${rng.pick(['上下', '各单位', '各部门'])}要${rng.pick(L.DIRECTIVES)}，${rng.pick(L.DIRECTIVES)}。今年以来，${figures(rng, host, 2)}。`);
  }
  if (rng.chance(0.5)) paragraphs.push(`会上，${host.short}与各单位签订了${year}年度目标责任书，并表彰了先进单位${2 + rng.int(20)}个、先进个人${5 + rng.int(60)}名。`);
  if (rng.chance(0.15)) {
    const second2 = rng.pick(host.people);
    paragraphs.push(`又讯 当日下午${2 + rng.int(3)}点，${host.short}召开${fill(rng.pick(L.MEETING_KINDS), { year: String(year), topic: rng.pick(L.EXTRA_TOPICS), ordinal: rng.pick(L.CHINESE_ORDINALS) })}，${second2.title}${second2.name}主持会议并讲话。会议要求，${rng.pick(L.DIRECTIVES)}。`);
  }
  const headline = rng.chance(0.6) ? `${host.short}召开${meeting}` : `${host.short}${meeting}召开`;
  return { headline, paragraphs };
}

function visitReport(rng: Random, host: Org, guest: Org, city: Org, year: number, month: number, day: number): Text {
  const lead = guest.people[0]!;
  const deputy = guest.people[1] ?? lead;
  const mayor = city.people[1] ?? city.people[0]!;
  const topic = rng.chance(0.5) ? host.topic : rng.pick(L.EXTRA_TOPICS);
  const paragraphs = [
    `${month}月${day}日至${day + 1}日，${guest.short}${lead.title}${lead.name}率调研组深入${city.province.short}${city.city}等地，调研${topic}工作。${guest.short}${deputy.title}${deputy.name}，${city.city}${mayor.title}${mayor.name}陪同调研。`,
    `在${host.full}，${lead.name}详细了解企业生产经营和${topic}情况。${host.short}${host.people[0]!.title}${host.people[0]!.name}介绍，${figures(rng, host, 3)}。`,
    `${day + 1}日下午，调研组在${city.city}召开座谈会，听取有关情况汇报。座谈会由${deputy.name}主持。${mayor.name}汇报了全市${topic}工作情况，${figures(rng, city, 2)}。`,
    `${lead.name}${fill(rng.pick(L.PRAISE), { host: city.short })}。他强调，${directives(rng)}`,
    `${mayor.name}表示，市委、市政府将以此次调研为契机，${rng.pick(L.DIRECTIVES)}。`,
  ];
  return { headline: `${guest.short}调研${city.city}${topic}工作`, paragraphs };
}

function figures(rng: Random, org: Org, n: number): string {
  return rng
    .shuffle([...L.FIGURE_PHRASES])
    .slice(0, n)
    .map((phrase) =>
      fill(phrase, {
        money: (1 + rng.int(9999) / 10).toFixed(rng.chance(0.5) ? 1 : 2),
        p: (rng.int(300) / 10).toFixed(1),
        pi: String(30 + rng.int(70)),
        n: String(10 + rng.int(4000)),
        small: (1 + rng.int(999) / 10).toFixed(1),
        unit: rng.pick(org.units),
      }),
    )
    .join('；');
}

function directives(rng: Random): string {
  const items = rng.shuffle([...L.DIRECTIVES]).slice(0, 2 + rng.int(3));
  return items.map((d, i) => `${L.CHINESE_ORDINALS[i]}要${d}`).join('；') + '。';
}

// ------------------------------------------------------------- encodings

const ANNOTATED = ['業', '區', '務', '責', '項', '資', '現', '礦', '庫', '導', '設', '統', '嚴', '經', '產', '團', '發', '長', '議'];

/** Pinyin after every occurrence of a few characters, `區(qū)`, as scraped pages of the genre carry. */
function annotatePinyin(rng: Random, text: string): string {
  const chosen = new Set(rng.shuffle([...ANNOTATED]).slice(0, 4 + rng.int(8)));
  const toneless = rng.chance(0.15);
  return text.replace(/[\u4e00-\u9fff]/g, (ch) => {
    if (!chosen.has(ch)) return ch;
    let reading = pinyin(toSimplified(ch));
    if (toneless) reading = reading.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    return `${ch}(${reading})`;
  });
}

/** Encode, falling back to UTF-8 where the legacy encoding lacks a character. */
function encode(text: string, encoding: 'utf8' | 'gbk' | 'big5'): Uint8Array {
  if (encoding !== 'utf8') {
    const bytes = iconv.encode(text, encoding);
    if (iconv.decode(bytes, encoding) === text) return new Uint8Array(bytes);
  }
  return new Uint8Array(Buffer.from(text, 'utf8'));
}

// ---------------------------------------------------------------- helpers

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
}
const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(Math.min(d, 28))}`;
