// Writing pages: a page through its Nunjucks template, its twin in the other
// script (twins.ts), or both taken from the previous site when their key is
// unchanged (reuse.ts). Built from plain settings, so that a render thread
// (workers/render-worker.ts) writes article pages exactly as the main thread would.
import path from 'node:path';
import nunjucks from 'nunjucks';
import { OutputWriter } from '../output-writer.js';
import { PageReuse } from './reuse.js';
import { STRINGS, type Lang } from './strings.js';
import { otherLang, ScriptTwins } from './twins.js';
import { articleUrl, meetingUrl, organisationUrl, personUrl } from './urls.js';
import { articleView } from './articles.js';
import { pageLd } from './data.js';
import { rememberFrameNames } from './nunjucks-frame.js';
import type { BodyLink } from './body.js';
import type { SiteArticle } from './index.js';
import type { LinkedArticle } from '../link/index.js';

/** Everything a page writer depends on, as plain data. */
export interface PageWriterSettings {
  outDir: string;
  templatesDir: string;
  siteLang: Lang;
  /** given title of the site (else the script's own) */
  siteTitle: string | null;
  scriptTwins: boolean;
  /** each article's id and script */
  natives: Array<[string, Lang]>;
  previousSite: string | null;
  keepInPlace: boolean;
  version: string;
}

export class PageWriter {
  readonly writer: OutputWriter;
  /** pages left in place in previousSite (keepInPlace) */
  readonly kept: string[] = [];
  private readonly env: nunjucks.Environment;
  private readonly nativeById: Map<string, Lang>;
  readonly twins: ScriptTwins | null;

  private constructor(
    private readonly settings: PageWriterSettings,
    readonly reuse: PageReuse,
  ) {
    this.writer = new OutputWriter(path.resolve(settings.outDir));
    this.env = createEnvironment(settings.templatesDir);
    this.nativeById = new Map(settings.natives);
    this.twins = settings.scriptTwins ? new ScriptTwins(settings.siteLang, settings.natives.map(([id, lang]): [string, Lang] => [articleUrl(id), lang])) : null;
  }

  static async open(settings: PageWriterSettings): Promise<PageWriter> {
    return new PageWriter(settings, await PageReuse.open(settings.version, settings.previousSite));
  }

  siteTitle(lang: Lang): string {
    return this.settings.siteTitle ?? STRINGS[lang].siteTitle;
  }

  /** A page's HTML through its template. */
  page(template: string, lang: Lang, section: string, data: Record<string, unknown>): string {
    return this.env.render(template, { site: { title: this.siteTitle(lang), lang: this.settings.siteLang }, lang, t: STRINGS[lang], section, jsonLd: null, og: null, alt: null, ...data });
  }

  write(relative: string, content: string): Promise<void> {
    return this.writer.write(relative, content);
  }

  /** Write a page, and its version in the other script (see twins.ts); reuse both when nothing they show changed. */
  async writePage(pagePath: string, template: string, lang: Lang, section: string, viewOf: Record<string, unknown> | (() => Record<string, unknown>), inputs?: unknown): Promise<void> {
    // `inputs` stand for the view where they are given (null: not known, build the view)
    const view = () => (typeof viewOf === 'function' ? viewOf() : viewOf);
    const data = inputs === undefined || inputs === null ? view() : null;
    if (await this.reuseIfUnchanged(pagePath, template, lang, data ?? inputs)) return;
    await this.renderPage(pagePath, template, lang, section, data ?? view());
  }

  /** Render and write a page and its twin, its key already recorded (writePage, reuseArticlePages). */
  async renderPage(pagePath: string, template: string, lang: Lang, section: string, data: Record<string, unknown>): Promise<void> {
    const { twins } = this;
    const other = otherLang(lang);
    const alt = twins !== null ? { url: twins.pathIn(pagePath, other), lang: other, label: STRINGS[lang].e.switchScript } : null;
    await this.write(ScriptTwins.file(pagePath), this.page(template, lang, section, { ...data, alt }));
    if (twins === null || !twins.twinned(pagePath)) return;
    const html = this.page(template, other, section, { ...twins.convert(data, other), alt: { url: pagePath, lang, label: STRINGS[other].e.switchScript } });
    await this.write(ScriptTwins.file(twins.pathIn(pagePath, other)), twins.relink(html, other));
  }

  /**
   * Record the page's key and take its files (the page and its twin) from the
   * previous site when that key is unchanged: true when nothing is left to
   * render. `inputs` is the view, or what stands for it where building the
   * view is the costly part (article bodies).
   */
  async reuseIfUnchanged(pagePath: string, template: string, lang: Lang, inputs: unknown): Promise<boolean> {
    const { twins } = this;
    const other = otherLang(lang);
    const view = JSON.stringify(inputs);
    // A twin's links depend on the scripts of the articles the page links to.
    const linked = [...new Set(view.match(/\/articles\/[A-Za-z0-9_.-]+\//g) ?? [])].map((u) => this.nativeById.get(u.slice(10, -1)) ?? '').join();
    const key = this.reuse.key(template, lang, view, `${this.siteTitle(lang)}\0${this.siteTitle(other)}\0${this.settings.siteLang}\0${twins !== null}\0${linked}`);
    const outputs = [ScriptTwins.file(pagePath), ...(twins !== null && twins.twinned(pagePath) ? [ScriptTwins.file(twins.pathIn(pagePath, other))] : [])];
    const keep = this.settings.keepInPlace ? async (_from: string, relative: string) => void this.kept.push(relative) : (from: string, relative: string) => this.writer.link(from, relative);
    return this.reuse.tryReuse(key, outputs, keep);
  }

  /** Files written or linked so far, and those kept in place. */
  files(): string[] {
    return [...this.writer.files, ...this.kept];
  }
}

/**
 * An article page to write: the article, the entities its mentions were linked
 * to, and the figure table's link for each of its figures (its mentions'
 * links follow from these: mentionLinks).
 */
export interface ArticlePageJob {
  article: SiteArticle;
  linked: LinkedArticle | null;
  figureHrefs: Array<string | null>;
}

/** Article pages, in the order given: the jobs reuseArticlePages left (their keys are recorded there). */
export async function writeArticlePages(pages: PageWriter, jobs: ArticlePageJob[]): Promise<void> {
  for (const job of jobs) {
    const a = job.article;
    const og = { type: 'article', title: a.record.title, description: a.record.paragraphs[0]?.slice(0, 120) ?? '' };
    await pages.renderPage(articleUrl(a.record.id), 'article.njk', a.lang, 'article', { page: articleView(a, STRINGS[a.lang], mentionLinks(job)), jsonLd: pageLd.article(a), og });
  }
}

/**
 * Record every article page's key, and take those unchanged from the previous
 * site; the jobs left to render. (A rebuild after one edit then sends one
 * article to the render thread, not a clone of all of them.)
 */
export async function reuseArticlePages(pages: PageWriter, jobs: ArticlePageJob[]): Promise<ArticlePageJob[]> {
  const left: ArticlePageJob[] = [];
  for (const job of jobs) {
    if (!(await pages.reuseIfUnchanged(articleUrl(job.article.record.id), 'article.njk', job.article.lang, articlePageInputs(job)))) left.push(job);
  }
  return left;
}

/**
 * What an article page's key is made of. The body tree follows from the
 * source bytes the record's sha256 names; the fingerprint, where there is one,
 * names what the record is made from: hashing it spares stringifying the record.
 */
function articlePageInputs(job: ArticlePageJob): unknown {
  const { article: a, linked, figureHrefs } = job;
  return a.fingerprint ? { fingerprint: a.fingerprint, id: a.record.id, linked, figureHrefs, linksTo: articleLinksIn(a.body) } : { record: a.record, links: mentionLinks(job) };
}

/** Links from an article's mentions to the pages of what they name. */
export function mentionLinks({ article, linked, figureHrefs }: ArticlePageJob): BodyLink[] {
  const r = article.record;
  if (!linked) return [];
  const links: BodyLink[] = [];
  r.officials.forEach((o, i) => {
    const id = linked.officials[i];
    if (id) for (const m of o.mentions) links.push({ ...m, href: personUrl(id), kind: 'person' });
  });
  r.organisations.forEach((o, i) => {
    const id = linked.organisations[i];
    if (id) for (const m of o.mentions) links.push({ ...m, href: organisationUrl(id), kind: 'organisation' });
  });
  r.meetings.forEach((m, i) => {
    const id = linked.meetings[i];
    if (id) links.push({ ...m.mention, href: meetingUrl(id), kind: 'meeting' });
  });
  r.figures.forEach((f, i) => {
    const href = figureHrefs[i];
    if (href) links.push({ ...f.mention, href, kind: 'figure' });
  });
  return links;
}

/** The site's article pages a body links to (a twin page's links depend on their scripts). */
function articleLinksIn(node: SiteArticle['body']): string[] {
  const out: string[] = [];
  const walk = (n: { type: string; url?: string; children?: unknown[] }) => {
    if (n.type === 'link' && typeof n.url === 'string' && n.url.includes('/articles/')) out.push(n.url);
    for (const c of n.children ?? []) walk(c as typeof n);
  };
  walk(node as { type: string });
  return out;
}

/** One environment per build: templates are compiled once per build and never cached across builds. */
function createEnvironment(templatesDir: string): nunjucks.Environment {
  rememberFrameNames();
  return new nunjucks.Environment(new nunjucks.FileSystemLoader(templatesDir), {
    autoescape: true,
    throwOnUndefined: true,
    trimBlocks: true,
    lstripBlocks: true,
  });
}
