// Names written relative to their article: 省水利厅 in a Gansu report is
// 甘肃省水利厅, 市委 in a 渭南 report 渭南市委, 集团公司党委 the party committee
// of the article's company. Read in the article's context (extract's
// context.ts); what the context cannot settle stays the article's own.
import type { ArticleContext, ArticleRecord } from '../types.js';
import { foldName } from '../script.js';

export type Reading =
  /** the name needs no context (甘肃省水利厅, 国务院办公厅, 秦岭建材集团) */
  | { kind: 'absolute'; name: string }
  /** a relative name read in its article: the full name */
  | { kind: 'resolved'; name: string; written: string }
  /** relative, and the article does not say relative to what */
  | { kind: 'unresolved'; written: string };

/** 省…, 市…, 县…, 区…, 州…, 自治区…, 集团公司…, 公司…: a body named from inside its place or company. */
const RELATIVE = /^(自治区|省|市(?!场)|县|区(?!域)|州|集团公司|集团|公司)(?=.)|^(集团公司|集团|公司)$/;
/** A body of the state or the party named with no place at all (政法委, 组织部, 人大常委会). */
const PLACELESS = /^(?:市场监管局|市场监督管理局|[^省市县区州]{0,3}(?:政法委|组织部|宣传部|统战部|纪委|监委|人大常委会|人大|政协|政府|党委|党组|国资委|发改委|财政局|财政厅|公安局|公安厅))$/;
const NATIONAL = /^(国务院|国家|中央|中共中央|全国|中国|中华|人民|最高)/;

// Names recur across thousands of records: a name that needs no context is read once.
const absolute = new Map<string, Reading>();

/** How one written body name reads in its article's context. */
export function readBodyName(written: string, context: ArticleContext | undefined): Reading {
  const known = absolute.get(written);
  if (known) return known;
  const reading = readFresh(written, context);
  if (reading.kind === 'absolute') {
    if (absolute.size > 200_000) absolute.clear();
    absolute.set(written, reading);
  }
  return reading;
}

function readFresh(written: string, context: ArticleContext | undefined): Reading {
  const folded = foldName(written);
  const m = RELATIVE.exec(folded);
  const place = context?.place ?? null;
  if (m) {
    const prefix = m[1] ?? m[2]!;
    const rest = folded.slice(prefix.length);
    const within = (base: string | null | undefined): Reading => (base ? { kind: 'resolved', name: base + rest, written } : { kind: 'unresolved', written });
    switch (prefix) {
      case '省':
        return within(place?.province.endsWith('省') ? place.province : null);
      case '自治区':
        return within(place?.province.endsWith('自治区') ? place.province : null);
      case '市':
        // a municipality is its own city (北京市委)
        return within(place?.city?.endsWith('市') ? place.city : place?.province.endsWith('市') ? place.province : null);
      case '州':
        return within(place?.city?.endsWith('州') ? place.city : null);
      case '县':
        return within(place?.county?.endsWith('县') ? place.county : null);
      case '区':
        return within(place?.county?.endsWith('区') ? place.county : null);
      default: {
        // 集团公司 and 集团 are the article's group; 公司 its company, group or not
        const bodies = context?.bodies ?? [];
        const own = prefix === '公司' ? bodies[0] : bodies.find((b) => foldName(b).includes('集团'));
        return own ? { kind: 'resolved', name: foldName(own) + rest, written } : { kind: 'unresolved', written };
      }
    }
  }
  if (PLACELESS.test(folded) && !NATIONAL.test(folded)) return { kind: 'unresolved', written };
  return { kind: 'absolute', name: written };
}

/** The article's body names that cannot be read as any one body: text only, listed by `baokan check`. */
export function unresolvedNames(record: Pick<ArticleRecord, 'organisations' | 'officials' | 'context'>): string[] {
  const names = new Set<string>();
  for (const o of record.organisations) if (readOrganisation(o.name, o.aliases, record.context).kind === 'unresolved') names.add(o.name);
  for (const p of record.officials) for (const t of p.titles) if (t.organisation && readBodyName(t.organisation, record.context).kind === 'unresolved') names.add(t.organisation);
  return [...names].sort();
}

/** An organisation record read as a whole: the longest full name among its name and aliases as read. */
export function readOrganisation(name: string, aliases: string[], context: ArticleContext | undefined): Reading {
  return bestReading([name, ...aliases].map((n) => readBodyName(n, context)));
}

/** Of a record's readings, the longest full name (an absolute one on a tie); else the first. */
export function bestReading(readings: Reading[]): Reading {
  let best: Reading | null = null;
  for (const r of readings) {
    if (r.kind === 'unresolved') continue;
    if (!best) best = r;
    else {
      const d = foldName(r.name).length - foldName(best.name).length;
      if (d > 0 || (d === 0 && r.kind === 'absolute' && best.kind !== 'absolute')) best = r;
    }
  }
  return best ?? readings[0]!;
}
