// Pages whose inputs did not change are taken from the site being replaced
// instead of rendered again. What a page's views read is recorded while they
// run (context.ts); the page's key is a hash of its kind, template, scripts,
// the site's settings and the fingerprint of every dependency it recorded.
// The next build recomputes that hash from the same dependencies' current
// fingerprints: equal, and the views would read the same data, so the page
// (and the files it owns, its charts) is linked or kept instead of rendered.
// Keys live in the output (.baokan/pages.json) with the code version; other
// code renders everything.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const PAGE_KEYS_FILE = '.baokan/pages.json';

/** What a page left for the next build: its key, what it read, the files it wrote. */
export interface PageEntry {
  key: string;
  deps: string[];
  files: string[];
}

/** A page's key: its own settings (kind, template, scripts, site) and the fingerprints of what it read. */
export function pageKey(settings: string, deps: readonly string[], fingerprint: (dep: string) => string): string {
  const h = createHash('sha256').update(settings).update('\0');
  for (const dep of deps) h.update(dep).update('\0').update(fingerprint(dep)).update('\n');
  return h.digest('hex').slice(0, 32);
}

export class PageReuse {
  private readonly entries = new Map<string, PageEntry>();
  reused = 0;

  private constructor(
    private readonly version: string,
    private readonly previousDir: string | null,
    private readonly previous: Record<string, PageEntry>,
  ) {}

  static open(version: string, previousDir: string | null): PageReuse {
    let previous: Record<string, PageEntry> = {};
    if (previousDir) {
      try {
        const parsed = JSON.parse(readFileSync(path.join(previousDir, ...PAGE_KEYS_FILE.split('/')), 'utf8')) as { version?: string; pages?: Record<string, PageEntry> };
        if (parsed.version === version && parsed.pages && typeof parsed.pages === 'object') previous = parsed.pages;
      } catch {
        // no previous build, or one from other code: render everything
      }
    }
    return new PageReuse(version, previousDir, previous);
  }

  /**
   * The previous build's entry of a page when its key still holds (same
   * settings, and everything it read has the fingerprint it had) and all its
   * files are still there; the entry is then this build's too.
   */
  reusable(pagePath: string, settings: string, fingerprint: (dep: string) => string): PageEntry | null {
    const before = this.previous[pagePath];
    if (!this.previousDir || !before || !Array.isArray(before.deps) || !Array.isArray(before.files)) return null;
    if (pageKey(settings, before.deps, fingerprint) !== before.key) return null;
    // A previous file someone removed: render the page instead. (A stat is far cheaper than a render.)
    if (!before.files.every((f) => existsSync(this.previousFile(f)))) return null;
    this.entries.set(pagePath, before);
    this.reused += before.files.length;
    return before;
  }

  previousFile(relative: string): string {
    return path.join(this.previousDir!, ...relative.split('/'));
  }

  record(pagePath: string, entry: PageEntry): void {
    this.entries.set(pagePath, entry);
  }

  /** The keys file, sorted, for the next build. */
  manifest(): string {
    const pages = Object.fromEntries([...this.entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    return `${JSON.stringify({ version: this.version, pages })}\n`;
  }
}
