// A built site's search index read as data: nothing in the site folder runs
// in the process that searches it. The code comes from this installation —
// Pagefind's web engine (pagefind.js and its wasm) from the installed
// pagefind package through its public API, the search core and the script
// index reader from this repository's public/ — and the site's files give
// only data: the config and script-index files are the one JSON value each
// of them is written as (`globalThis.BAOKAN_SEARCH = {…};`,
// `BaokanFallback.put("key", {…});`), parsed, never run.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import * as pagefind from 'pagefind';
import { INDEX_LANGUAGE } from './pagefind-bundle.js';

/** Pagefind's wasm, which its engine fetches from a bundle: the installed package's is used instead. */
export const ENGINE_WASM = /^wasm\.[a-z-]+\.pagefind$/;

export class SiteIndexError extends Error {
  constructor(file: string, what: string) {
    super(`${file}: ${what}`);
    this.name = 'SiteIndexError';
  }
}

function parse(json: JSON, body: string | undefined, file: string): unknown {
  try {
    if (body !== undefined) return json.parse(body);
  } catch {
    // reported below
  }
  throw new SiteIndexError(file, 'not a search index file written by baokan');
}

/** pagefind/baokan-config.js or baokan-facets.js, `globalThis.NAME = <json>;`: the value. */
export async function readConfigData(file: string, name: 'BAOKAN_SEARCH' | 'BAOKAN_FACETS'): Promise<unknown> {
  const text = await fs.readFile(file, 'utf8');
  return parse(JSON, new RegExp(`^globalThis\\.${name} = ([^\\n]*);\\n$`).exec(text)?.[1], file);
}

const PUT = /^BaokanFallback\.put\(("(?:[^"\\\n]|\\.)*"), ([^\n]*)\);\n$/;

/** One script-index file, `BaokanFallback.put("key", <json>);`: its key and value, the value made with `context`'s JSON. */
export function readPutData(text: string, file: string, context: vm.Context): { key: string; value: unknown } {
  const match = PUT.exec(text);
  return { key: parse(JSON, match?.[1], file) as string, value: parse(vm.runInContext('JSON', context) as JSON, match?.[2], file) };
}

interface EngineFiles {
  js: Uint8Array;
  wasm: Uint8Array;
}
let engineFiles: Promise<EngineFiles> | null = null;

/** Pagefind's web engine as the installed package writes it into a bundle (one small index made and dropped). */
export function pagefindEngineFiles(): Promise<EngineFiles> {
  engineFiles ??= (async () => {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    try {
      await index.addCustomRecord({ url: '/', content: 'baokan', language: INDEX_LANGUAGE });
      const got = await index.getFiles();
      const file = (name: string) => got.files.find((f) => f.path === name)?.content;
      const js = file('pagefind.js');
      const wasm = file(`wasm.${INDEX_LANGUAGE}.pagefind`);
      if (!js || !wasm) throw new Error(`Pagefind wrote no pagefind.js or wasm: ${got.errors.join('; ')}`);
      return { js, wasm };
    } finally {
      await index.deleteIndex();
      await pagefind.close();
    }
  })();
  engineFiles.catch(() => (engineFiles = null));
  return engineFiles;
}

/** A fresh instance of the installed Pagefind web engine (a module of its own: each keeps its own state). */
export async function importPagefindEngine<T>(): Promise<T> {
  const { js } = await pagefindEngineFiles();
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'baokan-pagefind-'));
  const copy = path.join(tmp, 'pagefind.mjs');
  try {
    await fs.writeFile(copy, js);
    return (await import(pathToFileURL(copy).href)) as T;
  } finally {
    await fs.rm(tmp, { recursive: true, force: true });
  }
}
