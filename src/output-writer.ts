// Output writes (pages, search files): a build writes tens of thousands of
// small files. They are written synchronously, each folder made once: through
// the thread pool every file was an open, a write and a close handed to
// another thread and back, and on two cores those hand-offs cost more than
// the writes (docs/decisions.md). A write is done when it returns.
import { copyFileSync, linkSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export class OutputWriter {
  readonly files: string[] = [];
  private readonly made = new Set<string>();

  constructor(private readonly outDir: string) {}

  /** Write one file (path relative to the output, with `/`). */
  async write(relative: string, content: string): Promise<void> {
    this.writeSync(relative, content);
  }

  writeSync(relative: string, content: string): void {
    writeFileSync(this.target(relative), content.endsWith('\n') ? content : `${content}\n`);
  }

  /** A hard link to an existing file (a copy where links are refused). */
  async link(from: string, relative: string): Promise<void> {
    this.linkSync(from, relative);
  }

  linkSync(from: string, relative: string): void {
    const target = this.target(relative);
    try {
      linkSync(from, target);
    } catch {
      copyFileSync(from, target);
    }
  }

  private target(relative: string): string {
    this.files.push(relative);
    const target = path.join(this.outDir, ...relative.split('/'));
    const dir = path.dirname(target);
    if (!this.made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      this.made.add(dir);
    }
    return target;
  }
}
