// Public reference lists (lexicon/central-soes.json, ministries.json,
// national-associations.json; sources in lexicon/README.md): names that carry
// no suffix the grammar knows (中国石油, 南方电网, 科技部, 中国工经联), the short
// forms of national bodies, and a ministry's departments written after its
// name (工信部原材料工业司). Matched on the folded text, whole and standalone.
import { readFileSync } from 'node:fs';
import { CLAUSE_PUNCT, isHan } from './fold.js';
import { CONVENE_VERBS, ORG_GLUE, ORG_STOP_WORDS, ORG_WEAK_FOLLOWERS, TITLES, WordList } from './lexicon.js';

interface ReferenceFile {
  entries: string[][];
  departments?: Record<string, string[]>;
}

const load = (name: string): ReferenceFile => JSON.parse(readFileSync(new URL(`./lexicon/${name}`, import.meta.url), 'utf8')) as ReferenceFile;
const files = [load('central-soes.json'), load('ministries.json'), load('national-associations.json')];

/** every form (full or short) → the body's full name */
const FULL_NAME = new Map<string, string>();
/** every form of a ministry → its departments */
const DEPARTMENTS = new Map<string, Set<string>>();
for (const file of files) {
  for (const [full, ...shorts] of file.entries) {
    for (const form of [full!, ...shorts]) if (!FULL_NAME.has(form)) FULL_NAME.set(form, full!);
    const departments = file.departments?.[full!];
    if (departments) for (const form of [full!, ...shorts]) DEPARTMENTS.set(form, new Set(departments));
  }
}
/** first two characters → lengths of the forms starting with them, longest first (one slice a length, not one comparison a form) */
const FORM_LENGTHS = new Map<string, number[]>();
for (const form of FULL_NAME.keys()) {
  const lengths = FORM_LENGTHS.get(form.slice(0, 2)) ?? [];
  if (!lengths.includes(form.length)) lengths.push(form.length);
  FORM_LENGTHS.set(form.slice(0, 2), lengths);
}
for (const lengths of FORM_LENGTHS.values()) lengths.sort((a, b) => b - a);
const FORMS = {
  matchAt(text: string, at: number): string | null {
    const lengths = FORM_LENGTHS.get(text.slice(at, at + 2));
    if (!lengths) return null;
    for (const length of lengths) {
      const form = text.slice(at, at + length);
      if (form.length === length && FULL_NAME.has(form)) return form;
    }
    return null;
  },
};
const DEPARTMENT_WORDS = new WordList([...DEPARTMENTS.values()].flatMap((d) => [...d]));
/** a department written after a ministry that the list does not hold: 工信部X司 */
const DEPARTMENT_PATTERN = /^[\u3400-\u9fff]{2,10}?司(?!长|局|机|法|令|仪|马|空|徒)/;

/** The full name of a reference body written in this form, or undefined. */
export function referenceFullName(form: string): string | undefined {
  return FULL_NAME.get(form);
}

export function isReferenceName(name: string): boolean {
  return FULL_NAME.has(name);
}

/** A listed body, or a ministry's department written after it (工信部原材料工业司). */
export function isReferenceBody(name: string): boolean {
  if (FULL_NAME.has(name)) return true;
  const form = FORMS.matchAt(name, 0);
  const departments = form ? DEPARTMENTS.get(form) : undefined;
  return departments !== undefined && departmentAt(name, form!.length, departments) === name.length - form!.length;
}

/** The longest reference form starting at `at`, or null. */
export function referenceAt(folded: string, at: number): string | null {
  return FORMS.matchAt(folded, at);
}

const boundaryBefore = (text: string, at: number) =>
  at === 0 || !isHan(text[at - 1]) || CLAUSE_PUNCT.test(text[at - 1]!) || ORG_STOP_WORDS.matchBefore(text, at) !== null || ORG_GLUE.matchBefore(text, at) !== null;
const boundaryAfter = (text: string, at: number) =>
  at >= text.length || !isHan(text[at]) || CLAUSE_PUNCT.test(text[at]!) || TITLES.matchAt(text, at) !== null || ORG_WEAK_FOLLOWERS.matchAt(text, at) !== null || CONVENE_VERBS.matchAt(text, at) !== null || ORG_STOP_WORDS.matchAt(text, at) !== null;

export interface ReferenceSpan {
  name: string;
  paragraph: number;
  start: number;
  end: number;
}

/** the first characters of every form: a paragraph is scanned for these alone */
const FIRST_CHARS = new RegExp(`[${[...new Set([...FORM_LENGTHS.keys()].map((k) => k[0]))].join('')}]`, 'g');

/** Reference bodies written standalone, and ministries' departments written after them. */
export function findReferenceNames(folded: readonly string[]): ReferenceSpan[] {
  const out: ReferenceSpan[] = [];
  folded.forEach((text, paragraph) => {
    for (FIRST_CHARS.lastIndex = 0; FIRST_CHARS.exec(text) !== null; ) {
      const i = FIRST_CHARS.lastIndex - 1;
      const form = FORMS.matchAt(text, i);
      if (!form || !boundaryBefore(text, i)) continue;
      FIRST_CHARS.lastIndex = i + form.length;
      const end = i + form.length;
      const departments = DEPARTMENTS.get(form);
      const department = departments ? departmentAt(text, end, departments) : 0;
      if (department > 0 && boundaryAfter(text, end + department)) out.push({ name: text.slice(i, end + department), paragraph, start: i, end: end + department });
      if (boundaryAfter(text, end)) out.push({ name: form, paragraph, start: i, end });
    }
  });
  return out;
}

/** Length of a department's name at `at` (listed for the ministry, or any X司), or 0. */
function departmentAt(text: string, at: number, listed: Set<string>): number {
  const word = DEPARTMENT_WORDS.matchAt(text, at);
  if (word && listed.has(word)) return word.length;
  const generic = DEPARTMENT_PATTERN.exec(text.slice(at, at + 12));
  return generic && !generic[0].endsWith('公司') ? generic[0].length : 0;
}
