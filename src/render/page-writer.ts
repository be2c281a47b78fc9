// Writing a page: one entity of a page kind, in each script it is written
// in, through the kind's template; the files its views emitted (charts) with
// it. Built from plain settings, so that a render thread
// (workers/render-worker.ts) writes article pages as the main thread would.
import path from 'node:path';
import nunjucks from 'nunjucks';
import { OutputWriter } from '../output-writer.js';
import { STRINGS, type Lang } from './strings.js';
import { ViewContext } from './context.js';
import { navItems, type PageKind } from './kinds.js';
import { convertText, otherLang, pageFile, pathIn } from './script-paths.js';
import type { PageSource } from './site-data.js';

/** Everything a page writer depends on, as plain data. */
export interface PageWriterSettings {
  outDir: string;
  /** folders templates are looked up in, in order (the built-in ones last) */
  templateDirs: string[];
  siteLang: Lang;
  /** given title of the site (else the script's own) */
  siteTitle: string | null;
  /** every page also in the other script */
  scriptTwins: boolean;
  /** the script of every page at its plain path, or null: an article's page in the article's own */
  fixedScript: Lang | null;
  /** the absolute address the site is published at ('' when not known): canonical links and og:url */
  siteUrl: string;
}

/** What writing a page left: the files it wrote and what its views read. */
export interface WrittenPage {
  files: string[];
  deps: string[];
}

export class PageWriter {
  readonly writer: OutputWriter;
  private readonly env: nunjucks.Environment;

  constructor(private readonly settings: PageWriterSettings) {
    this.writer = new OutputWriter(path.resolve(settings.outDir));
    this.env = createEnvironment(settings.templateDirs);
  }

  /** The site's name in a script: a given one converted to it (pages are in one script), else the script's own. */
  siteTitle(lang: Lang): string {
    return this.settings.siteTitle === null ? STRINGS[lang].siteTitle : convertText(this.settings.siteTitle, lang);
  }

  /** The scripts a page is written in: its own first. */
  scripts<E>(kind: PageKind<E>, entity: E): Lang[] {
    const native = this.settings.fixedScript ?? this.written(kind, entity);
    return this.settings.scriptTwins && kind.twinned !== false ? [native, otherLang(native)] : [native];
  }

  /** The script a page's text is written in: an article's own, the site's for other pages. */
  written<E>(kind: PageKind<E>, entity: E): Lang {
    return kind.native?.(entity) ?? this.settings.siteLang;
  }

  /** What a page's key holds besides what it read: kind, template, scripts and the site's settings. */
  pageSettings<E>(kind: PageKind<E>, entity: E): string {
    const scripts = this.scripts(kind, entity);
    return [kind.kind, kind.template, kind.file ?? '', ...scripts.map((s) => `${s}:${this.siteTitle(s)}`), this.settings.siteLang, this.settings.scriptTwins, this.settings.siteUrl].join('\0');
  }

  /** The files a page is written as. */
  files<E>(kind: PageKind<E>, entity: E): string[] {
    if (kind.file) return [kind.file];
    const sitePath = kind.path(entity);
    const scripts = this.scripts(kind, entity);
    return scripts.map((s) => pageFile(pathIn(sitePath, scripts[0]!, s)));
  }

  /** Render and write a page in each of its scripts, and the files its views emitted. */
  render<E>(kind: PageKind<E>, entity: E, source: PageSource): WrittenPage {
    const deps = new Set<string>();
    const emitted = new Map<string, string>();
    const sitePath = kind.path(entity);
    const scripts = this.scripts(kind, entity);
    const native = scripts[0]!;
    const written = this.written(kind, entity);
    const files = this.files(kind, entity);
    const twins = this.settings.scriptTwins;
    scripts.forEach((script, i) => {
      const at = { file: files[i]!, siteUrl: this.settings.siteUrl, absolute: kind.file !== undefined && this.settings.siteUrl !== '' };
      const ctx = new ViewContext(source, script, native, written, deps, emitted, at);
      const other = otherLang(script);
      // the switch to this page in the other script (pages written once have none, or ?lang=)
      const alt = twins && !kind.file ? { url: ctx.link(pathIn(sitePath, native, other)), lang: other, label: STRINGS[script].e.switchScript } : null;
      const html = this.env.render(kind.template, {
        site: { title: this.siteTitle(script), lang: this.settings.siteLang },
        lang: script,
        t: ctx.t,
        section: kind.section,
        nav: navItems(ctx, kind.section),
        href: (sitePath: string) => ctx.href(sitePath),
        asset: (sitePath: string) => ctx.link(sitePath),
        jsonLd: kind.jsonLd?.(ctx, entity) ?? null,
        og: kind.og?.(ctx, entity) ?? null,
        alt,
        canonical: ctx.pageUrl,
        ...kind.view(ctx, entity),
      });
      this.writer.writeSync(files[i]!, html);
    });
    for (const [file, content] of emitted) this.writer.writeSync(file, content);
    return { files: [...files, ...emitted.keys()], deps: [...deps].sort() };
  }
}

/**
 * One environment per build: templates are compiled once per build and never
 * cached across builds. Templates are found in the given folders in order, so
 * a site's own folder overrides built-in templates by name.
 */
function createEnvironment(templateDirs: string[]): nunjucks.Environment {
  return new nunjucks.Environment(
    templateDirs.map((dir) => new nunjucks.FileSystemLoader(dir)),
    { autoescape: true, throwOnUndefined: true, trimBlocks: true, lstripBlocks: true },
  );
}
