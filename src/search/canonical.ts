// Pagefind 1.5.2 writes filter values and filter names in hash-map order,
// different in every process, so two builds of the same site differ. Rewrite
// each bundle's filter chunks with their values sorted, name them by content,
// list the filters by name, and point the bundle metadata (and the entry file)
// at the new names: same input, same bytes.
// Fragments (what a result's data() reads) are rewritten too: the index form
// (`content`, three times the text) and the filters go, the meta the page
// shows comes in.
import { promises as fs, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode, encode } from 'cborg';
import { compareCodeUnits as compare } from '../compare.js';

const SIGNATURE = Buffer.from('pagefind_dcd');

function unpack(file: Buffer): unknown {
  const raw = gunzipSync(file);
  if (!raw.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error('not a Pagefind data file');
  return decode(raw.subarray(SIGNATURE.length));
}
function pack(value: unknown): Buffer {
  return gzipSync(Buffer.concat([SIGNATURE, Buffer.from(encode(value))]), { level: 9 });
}
const digest = (b: Buffer, n: number) => createHash('sha256').update(b).digest('hex').slice(0, n);
function replaceStrings(value: unknown, names: Map<string, string>): unknown {
  if (typeof value === 'string') return names.get(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => replaceStrings(v, names));
  return value;
}

/**
 * Pagefind's backend can answer writeFiles before its last file is complete on
 * a loaded machine (seen in CI: "Unexpected end of JSON input"); wait for it.
 */
async function readWrittenJson(file: string): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    try {
      return JSON.parse(await fs.readFile(file, 'utf8'));
    } catch (error) {
      if (attempt >= 100) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/** Fragment file: signature + JSON (not CBOR). */
function unpackJson(file: Buffer): Record<string, unknown> {
  const raw = gunzipSync(file);
  if (!raw.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error('not a Pagefind fragment');
  return JSON.parse(raw.subarray(SIGNATURE.length).toString('utf8')) as Record<string, unknown>;
}
function packJson(value: unknown): Buffer {
  return gzipSync(Buffer.concat([SIGNATURE, Buffer.from(JSON.stringify(value))]), { level: 9 });
}

/** A fragment's new meta. */
type MetaOf = (url: string) => Record<string, string>;

/**
 * `pageCode` goes into every page's name: the bundles of a site are merged in
 * the browser, where a page is known by its name alone, so it must differ
 * from every other bundle's (shards.ts shardCode).
 */
export async function canonicalizeBundle(dir: string, metaOf?: MetaOf, pageCode = ''): Promise<void> {
  const entryFile = path.join(dir, 'pagefind-entry.json');
  const entry = (await readWrittenJson(entryFile)) as { languages: Record<string, { hash: string }> };
  const names = new Map<string, string>();
  const filterDir = path.join(dir, 'filter');
  let filters: string[] = [];
  try {
    filters = (await fs.readdir(filterDir)).sort();
  } catch {
    // no filters in this bundle
  }
  for (const f of filters) {
    const [name, values] = unpack(await fs.readFile(path.join(filterDir, f))) as [string, Array<[string, number[]]>];
    const sorted = [...values].sort((a, b) => compare(a[0], b[0]));
    const bytes = pack([name, sorted]);
    const oldId = f.replace(/\.pf_filter$/, '');
    const newId = `${oldId.split('_')[0]}_${digest(bytes, 7)}`;
    names.set(oldId, newId);
    await fs.rm(path.join(filterDir, f));
    await fs.writeFile(path.join(filterDir, `${newId}.pf_filter`), bytes);
  }
  // Pages and index chunks are renamed by their place in the meta file
  // (`en_2019-0`, `en_2019-1`, … and `en_0`, …): every first query loads the list of
  // them, where a short, sequential name costs a byte or two after gzip and a
  // random seven-digit hash four (at 10,000 articles: 127 KB of meta → ~70).
  // Names are unique by construction, which content hashes of seven digits
  // were not (a 12,000-page shard collides with odds of one in four). A name
  // may mean other bytes in another build: the bundle's folder is named by a
  // digest of what it was built from (index.ts), so no URL is ever reused.
  for (const lang of Object.values(entry.languages)) {
    const metaFile = path.join(dir, `pagefind.${lang.hash}.pf_meta`);
    const prefix = lang.hash.split('_')[0]!;
    const original = unpack(await fs.readFile(metaFile)) as unknown[];
    // [version, pages [[id, words]], index chunks [[from, to, id]], filters [[name, chunk]], sorts, meta fields]
    const pages = original[1] as Array<[string, number]>;
    const chunks = original[2] as Array<[string, string, string]>;
    const fragmentDir = path.join(dir, 'fragment');
    // Files read, written and renamed synchronously, as output files are (output-writer.ts):
    // a shard's 3,800 fragments took 3 s through the thread pool, most of it hand-offs.
    for (const [i, [oldId]] of pages.entries()) {
      const file = path.join(fragmentDir, `${oldId}.pf_fragment`);
      let bytes: Buffer = readFileSync(file);
      if (metaOf) {
        const fragment = unpackJson(bytes);
        bytes = packJson({ url: fragment.url, content: '', word_count: fragment.word_count, filters: {}, meta: metaOf(String(fragment.url)), anchors: [] });
      }
      const newId = `${prefix}_${pageCode}-${i.toString(36)}`;
      names.set(oldId, newId);
      unlinkSync(file);
      writeFileSync(path.join(fragmentDir, `${newId}.pf_fragment.new`), bytes);
    }
    const indexDir = path.join(dir, 'index');
    for (const [i, chunk] of chunks.entries()) {
      const newId = `${prefix}_${i.toString(36)}`;
      renameSync(path.join(indexDir, `${chunk[2]}.pf_index`), path.join(indexDir, `${newId}.pf_index.new`));
      names.set(chunk[2], newId);
    }
    // the new names may be old names of other files: renamed in two steps
    for (const d of [fragmentDir, indexDir]) for (const f of readdirSync(d)) if (f.endsWith('.new')) renameSync(path.join(d, f), path.join(d, f.slice(0, -4)));
    const meta = replaceStrings(original, names) as unknown[];
    if (Array.isArray(meta[3])) (meta[3] as Array<[string, string]>).sort((a, b) => compare(a[0], b[0]));
    const bytes = pack(meta);
    const newHash = `${prefix}_${digest(bytes, 10)}`;
    await fs.rm(metaFile);
    await fs.writeFile(path.join(dir, `pagefind.${newHash}.pf_meta`), bytes);
    lang.hash = newHash;
  }
  await fs.writeFile(entryFile, JSON.stringify(entry));
}
