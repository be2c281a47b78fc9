// Record types. These mirror ../shared/schema/records.schema.json (version 1):
// every required field there is required here with the same meaning; fields
// marked "extra" are additions the schema allows.

export type Script = 'Hant' | 'Hans';
export type Approx = 'more_than' | 'about' | 'nearly' | 'less_than' | null;

/** A place in an article: paragraph index, JS string offsets, end exclusive. */
export interface Mention {
  paragraph: number;
  start: number;
  end: number;
}

export interface Title {
  title: string;
  organisation: string | null;
}

export interface Official {
  name: string;
  titles: Title[];
  mentions: Mention[];
}

export interface Organisation {
  name: string;
  aliases: string[];
  mentions: Mention[];
}

export interface Attendance {
  value: number;
  approx: Approx;
}

export interface Meeting {
  name: string;
  date: string | null;
  time: string | null;
  venue: string | null;
  organiser: string | null;
  chair: string | null;
  attendance: Attendance | null;
  participants: string[];
  speakers: string[];
  mention: Mention;
}

export interface Figure {
  text: string;
  value: number;
  unit: string;
  approx: Approx;
  label: string | null;
  mention: Mention;
}

/** extra: who said what, for person pages. */
export interface Statement {
  speaker: string;
  verb: string;
  text: string;
  mention: Mention;
}

export interface Warning {
  code: string;
  message: string;
  paragraph?: number;
  start?: number;
  end?: number;
  /** extra: true where a corrections sidecar repaired this span. */
  corrected?: boolean;
}

/**
 * extra: where an article reports from and its own companies, with the
 * evidence; link reads relative names (省水利厅, 市委, 集团公司) in it.
 */
export interface ArticleContext {
  place: { code: string; province: string; city: string | null; county: string | null } | null;
  /** the article's own companies' full names (declared short names first) */
  bodies: string[];
  /** where the place came from, e.g. `dateline: 西安`, `text: 渭南市×3、陕西省` */
  evidence: string[];
}

/** What the extract stage produces for one article. */
export interface ExtractedRecords {
  officials: Official[];
  organisations: Organisation[];
  meetings: Meeting[];
  figures: Figure[];
  statements: Statement[];
  context?: ArticleContext;
}

export interface ArticleRecord extends ExtractedRecords {
  id: string;
  source: { path: string; sha256: string; encoding?: string };
  title: string;
  titleDerived: boolean;
  kicker: string | null;
  date: string | null;
  dateEvidence: string | null;
  publication: string | null;
  category: string | null;
  authors: string[];
  editors: string[];
  views: number | null;
  script: Script;
  paragraphs: string[];
  warnings: Warning[];
  /** extra: the site's copyright/contact block, kept out of the body. */
  sourceNotice?: string | null;
  /** extra: set (true) only for an article whose front matter says `draft: true` */
  draft?: true;
  /** extra: editor's corrections applied from a sidecar file. */
  corrections?: AppliedCorrection[];
}

export interface AppliedCorrection {
  find: string;
  replace: string;
  note: string | null;
  paragraph: number;
  start: number;
  end: number;
}

export interface RecordsFile {
  schemaVersion: 1;
  articles: ArticleRecord[];
}

/**
 * One page as the search index sees it: produced by render (articles and
 * entity pages), consumed by search. The index form (segmentation, script
 * folding) is the search stage's business; this is the readable source.
 */
export interface SearchDocument {
  /** site-absolute URL, e.g. `/articles/x/` */
  url: string;
  kind: 'article' | 'person' | 'organisation' | 'meeting';
  lang: 'zh-Hant' | 'zh-Hans';
  title: string;
  /** the plain text readers search: headline, kicker, body paragraphs */
  text: string;
  /** whole entity names on the page (people, organisations, meetings), indexed as units */
  names: string[];
  /** ISO date or `--MM-DD` or null */
  date: string | null;
  kicker: string | null;
  /** facet values, e.g. { year: ['2018'], category: [...], publication: [...], person: [...], organisation: [...] } */
  filters: Record<string, string[]>;
  /** ranking boost: entity pages above articles for a name query (1 = neutral) */
  weight: number;
}
