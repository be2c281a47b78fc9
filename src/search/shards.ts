// The shard plan: which articles share a Pagefind bundle. Shards are runs of
// the site's global order (newest year first, undated last), so merged
// results keep that order, and one edit re-indexes one shard.
import type { SearchDocument } from '../types.js';
import { compareCodeUnits as compare } from '../compare.js';

export const UNDATED_SHARD = 'undated';

export interface Shard {
  key: string;
  /** documents of the shard, in the site's global order */
  documents: SearchDocument[];
}

export interface ShardOptions {
  /** one bundle for everything (the harness compares it with the shards) */
  singleShard?: boolean;
  /** what a shard may weigh at most (default MAX_SHARD_WEIGHT, see shardWeight) */
  maxShardWeight?: number;
}

/**
 * What a shard may weigh at most: characters of headline and text, plus
 * SHARD_DOCUMENT_WEIGHT per document. A shard is one Pagefind index, built in
 * its own Pagefind process, whose peak grows with what it holds; every shard
 * costs a query its meta file and a chunk per bigram, so fewer shards
 * download less (docs/decisions.md). The characters are counted as given, not
 * folded: planning then needs no document's index form, and a rebuild folds
 * only the shards it indexes again.
 */
export const MAX_SHARD_WEIGHT = 2_850_000;
export const SHARD_DOCUMENT_WEIGHT = 100;
export function shardWeight(d: SearchDocument): number {
  return d.title.length + 1 + d.text.length + SHARD_DOCUMENT_WEIGHT;
}

/**
 * The site's global order (the order ties are shown in): newest year first,
 * undated last; within a year by date, newest first (no date last), then URL.
 * Shards hold consecutive runs of it, so merged results keep it: whole years,
 * packed from the oldest (undated) end so a new year changes only the newest
 * shard, and a year heavier than a shard split in parts (`2019.1` the newest).
 * One edit re-indexes one shard while no shard crosses its bound.
 */
export function planShards(documents: SearchDocument[], options: ShardOptions = {}): Shard[] {
  const max = options.singleShard ? Infinity : (options.maxShardWeight ?? MAX_SHARD_WEIGHT);
  const yearOf = (d: SearchDocument) => {
    const year = d.filters.year?.[0];
    return year && /^\d{4}$/.test(year) ? year : UNDATED_SHARD;
  };
  const rank = (d: SearchDocument) => (yearOf(d) === UNDATED_SHARD ? '' : yearOf(d));
  const ordered = [...documents].sort((x, y) => compare(rank(y), rank(x)) || compare(y.date ?? '', x.date ?? '') || compare(x.url, y.url));
  const weight = new Map(ordered.map((d) => [d, Number.isFinite(max) ? shardWeight(d) : 0]));
  type Part = { key: string; documents: SearchDocument[]; weight: number };
  // runs of one year (or of the undated), from the oldest end, split to fit
  const parts: Part[] = [];
  let run: Part[] = [];
  const endRun = () => {
    run.forEach((p, i) => parts.push({ ...p, key: run.length > 1 ? `${p.key}.${run.length - i}` : p.key }));
    run = [];
  };
  for (const d of [...ordered].reverse()) {
    const w = weight.get(d)!;
    const last = run[run.length - 1];
    if (last && last.key !== yearOf(d)) endRun();
    const open = run[run.length - 1];
    if (!open || (open.documents.length && open.weight + w > max)) run.push({ key: yearOf(d), documents: [], weight: 0 });
    const part = run[run.length - 1]!;
    part.documents.push(d);
    part.weight += w;
  }
  endRun();
  const packed: Part[][] = [];
  let size = 0;
  for (const p of parts) {
    if (!packed.length || size + p.weight > max) {
      packed.push([]);
      size = 0;
    }
    packed[packed.length - 1]!.push(p);
    size += p.weight;
  }
  return packed.reverse().map((group) => {
    const keys = group.map((p) => p.key).reverse(); // newest first
    const key = options.singleShard ? 'all' : keys.length > 1 ? `${keys[0]}-${keys[keys.length - 1]}` : keys[0]!;
    return { key, documents: [...group].reverse().flatMap((p) => [...p.documents].reverse()) };
  });
}
