// The lexicon files extraction reads: the built-in ones beside this module,
// each merged with the site's own files of the same name (a site config's
// `lexicons`). Extensions are set once per thread, before the extract
// modules load (they read their lexicons as they load): by the CLI from the
// config, and in each worker thread from its workerData (workers/entry.mjs).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

let extensions: readonly string[] = [];

/** The site's lexicon files (absolute paths), each named as the built-in file it extends. */
export function useLexicons(files: readonly string[]): void {
  extensions = [...files];
}

export function lexiconExtensions(): readonly string[] {
  return extensions;
}

/** Names of the built-in lexicon files a site's file may extend. */
export function builtInLexicons(): string[] {
  return readdirSync(new URL('./lexicon/', import.meta.url)).filter((f) => f.endsWith('.json')).sort();
}

/**
 * A built-in lexicon with the site's files of the same name merged in (their
 * entries in Simplified, as the built-in ones: text is folded before matching): lists
 * gain their entries, tables their keys, strings of characters their
 * characters. A key the built-in file does not have, or a value of another
 * kind, is an error naming the file (the config checks this before a build).
 */
export function readLexicon<T>(name: string): T {
  const lexicon = JSON.parse(readFileSync(new URL(`./lexicon/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>;
  for (const file of extensions) if (path.basename(file) === name) mergeLexicon(lexicon, JSON.parse(readFileSync(file, 'utf8')) as unknown, file);
  return lexicon as T;
}

export function mergeLexicon(into: Record<string, unknown>, extra: unknown, file: string): void {
  if (!extra || typeof extra !== 'object' || Array.isArray(extra)) throw new Error(`${file}: a lexicon file is a JSON object`);
  for (const [key, value] of Object.entries(extra as Record<string, unknown>)) {
    if (key.startsWith('comment')) continue;
    const base = into[key];
    if (base === undefined) throw new Error(`${file}: “${key}” is not in the built-in ${path.basename(file)} (allowed: ${Object.keys(into).filter((k) => !k.startsWith('comment')).join(', ')})`);
    if (Array.isArray(base) && Array.isArray(value) && value.every((v) => typeof v === 'string')) into[key] = [...new Set([...(base as string[]), ...value])];
    else if (typeof base === 'string' && typeof value === 'string') into[key] = base + [...value].filter((c) => !base.includes(c)).join('');
    else if (base && typeof base === 'object' && !Array.isArray(base) && value && typeof value === 'object' && !Array.isArray(value)) into[key] = { ...(base as object), ...(value as object) };
    else throw new Error(`${file}: “${key}” must be ${Array.isArray(base) ? 'a list of strings' : typeof base === 'string' ? 'a string' : 'an object'}, as in the built-in lexicon`);
  }
}
