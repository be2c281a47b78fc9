// Pages whose inputs did not change are taken from the site being replaced
// instead of rendered again: each page's key is the hash of the code version
// (sources, templates, public files, lock file), its template, script and
// view. The keys of a build are kept in the output (.baokan/pages.json); the
// next build links (or copies) a page whose key is unchanged. Same bytes
// either way, so output stays identical to a full render.
import { createHash } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';

export const PAGE_KEYS_FILE = '.baokan/pages.json';

export class PageReuse {
  readonly keys: Record<string, string> = {};
  reused = 0;

  private constructor(
    private readonly version: string,
    private readonly previousDir: string | null,
    private readonly previous: Record<string, string>,
  ) {}

  static async open(version: string, previousDir: string | null): Promise<PageReuse> {
    let previous: Record<string, string> = {};
    if (previousDir) {
      try {
        const parsed = JSON.parse(await fs.readFile(path.join(previousDir, ...PAGE_KEYS_FILE.split('/')), 'utf8')) as { version?: string; pages?: Record<string, string> };
        if (parsed.version === version && parsed.pages && typeof parsed.pages === 'object') previous = parsed.pages;
      } catch {
        // no previous build, or one from other code: render everything
      }
    }
    return new PageReuse(version, previousDir, previous);
  }

  /** `context` is everything else the page shows (site title, scripts of the articles it links to). */
  key(template: string, lang: string, view: string, context: string): string {
    return createHash('sha256').update(template).update('\0').update(lang).update('\0').update(view).update('\0').update(context).digest('hex').slice(0, 32);
  }

  /**
   * Record that `files` come from a page with this key; true when all of them
   * were taken from the previous site (nothing to render).
   */
  async tryReuse(key: string, files: string[], link: (from: string, relative: string) => Promise<void>): Promise<boolean> {
    for (const f of files) this.keys[f] = key;
    if (!this.previousDir || !files.every((f) => this.previous[f] === key)) return false;
    const sources = files.map((f) => path.join(this.previousDir!, ...f.split('/')));
    // A previous file someone removed: render the page instead. (A stat is far cheaper than a render.)
    if (!sources.every((s) => existsSync(s))) return false;
    for (const [i, f] of files.entries()) await link(sources[i]!, f);
    this.reused += files.length;
    return true;
  }

  /** The keys file, sorted, for the next build. */
  manifest(): string {
    const pages = Object.fromEntries(Object.entries(this.keys).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    return `${JSON.stringify({ version: this.version, pages })}\n`;
  }
}
