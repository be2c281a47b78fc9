// Output writes (pages, search files), many at once: a build writes tens of thousands of small
// files, and awaiting each mkdir and write in turn left the disk idle between
// them. Folders are made once; at most `limit` writes are in flight.
import { promises as fs } from 'node:fs';
import path from 'node:path';

export class OutputWriter {
  readonly files: string[] = [];
  private readonly made = new Map<string, Promise<unknown>>();
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly outDir: string,
    private readonly limit = 32,
  ) {}

  /** Queue one file (path relative to the output, with `/`); resolves once it may be followed by more. */
  async write(relative: string, content: string): Promise<void> {
    await this.queue(relative, (target) => fs.writeFile(target, content.endsWith('\n') ? content : `${content}\n`));
  }

  private async queue(relative: string, make: (target: string) => Promise<void>): Promise<void> {
    this.files.push(relative);
    const target = path.join(this.outDir, ...relative.split('/'));
    const dir = path.dirname(target);
    let made = this.made.get(dir);
    if (!made) this.made.set(dir, (made = fs.mkdir(dir, { recursive: true })));
    const job: Promise<void> = made
      .then(() => make(target))
      .catch((error: unknown) => {
        this.failure ??= error;
      })
      .finally(() => this.inFlight.delete(job));
    this.inFlight.add(job);
    if (this.inFlight.size >= this.limit) await Promise.race(this.inFlight);
    if (this.failure !== undefined) throw this.failure;
  }

  /** Queue a hard link to an existing file (a copy where links are refused). */
  async link(from: string, relative: string): Promise<void> {
    await this.queue(relative, (target) => fs.link(from, target).catch(() => fs.copyFile(from, target)));
  }

  /** Wait for every queued write; the first failure is thrown. */
  async flush(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all(this.inFlight);
    if (this.failure !== undefined) throw this.failure;
  }

  private failure: unknown = undefined;
}
