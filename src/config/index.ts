// The site's configuration: baokan.config.yaml (or .yml, .json, .js, .mjs)
// in the working folder, found with lilconfig, or the file given with
// --config. Checked against a JSON schema (ajv); a wrong key or value is an
// error naming the file, the key and what is allowed. Relative paths are
// taken from the config file's folder.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { lilconfig, type Loader } from 'lilconfig';
import YAML from 'yaml';
import { Ajv, type ErrorObject } from 'ajv';
import { builtInLexicons, mergeLexicon } from '../extract/lexicon-files.js';
import { compareCodeUnits as compare } from '../compare.js';

export type ScriptSetting = 'original' | 'hant' | 'hans';

export interface SiteConfig {
  /** the file read, or null (no config: every default) */
  file: string | null;
  /** the site's name in the header and titles; null: the script's own default */
  title: string | null;
  /** absolute address the site is published at (sitemap, feed, canonical, og:url); '' when not set */
  url: string;
  /** the script of the pages at their plain paths: each page's own, or all in one */
  script: ScriptSetting;
  /** a folder whose templates override the built-in ones by name (absolute), or null */
  templates: string | null;
  /** lexicon files merged into the built-in ones of the same name (absolute) */
  lexicons: string[];
  /** article files larger than this many megabytes are left out with an error; null: the build's default (20) */
  maxArticleMB: number | null;
}

export const DEFAULT_CONFIG: SiteConfig = { file: null, title: null, url: '', script: 'original', templates: null, lexicons: [], maxArticleMB: null };

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const SEARCH_PLACES = ['baokan.config.yaml', 'baokan.config.yml', 'baokan.config.json', 'baokan.config.js', 'baokan.config.mjs'];

export const CONFIG_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    title: { type: 'string', minLength: 1, description: "the site's name" },
    url: { type: 'string', pattern: '^https?://[^\\s/?#"\'<>\\\\]+(/[^\\s?#"\'<>\\\\]*)?$', description: 'an http(s) address without query or fragment' },
    script: { enum: ['original', 'hant', 'hans'] },
    templates: { type: 'string', minLength: 1, description: 'a folder' },
    lexicons: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'a list of lexicon files' },
    maxArticleMB: { type: 'number', exclusiveMinimum: 0, description: 'a number of megabytes above 0' },
  },
} as const;

const yamlLoader: Loader = (_file, content) => YAML.parse(content) as unknown;

/**
 * The config: `file` when given, else the one in `cwd` (not its parents), else
 * the defaults. Throws ConfigError naming the file and the key.
 */
export async function loadConfig(options: { cwd?: string; file?: string | null } = {}): Promise<SiteConfig> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const explorer = lilconfig('baokan', { searchPlaces: SEARCH_PLACES, stopDir: cwd, loaders: { '.yaml': yamlLoader, '.yml': yamlLoader, noExt: yamlLoader } });
  let found: { filepath: string; config: unknown } | null;
  try {
    found = options.file ? await explorer.load(path.resolve(cwd, options.file)) : await explorer.search(cwd);
  } catch (error) {
    const file = options.file ? path.resolve(cwd, options.file) : cwd;
    throw new ConfigError(`${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such config file' : `cannot be read: ${(error as Error).message}`}`);
  }
  if (!found) return DEFAULT_CONFIG;
  return checkConfig(found.config ?? {}, found.filepath);
}

/** A config object as read from `file`, checked and with its paths resolved. */
export function checkConfig(raw: unknown, file: string): SiteConfig {
  const validate = new Ajv({ allErrors: true, strict: true }).compile(CONFIG_SCHEMA);
  if (!validate(raw)) throw new ConfigError(`${file}: ${describe(validate.errors![0]!)}`);
  const value = raw as { title?: string; url?: string; script?: ScriptSetting; templates?: string; lexicons?: string[]; maxArticleMB?: number };
  const dir = path.dirname(file);
  const templates = value.templates === undefined ? null : path.resolve(dir, value.templates);
  if (templates !== null && !statSync(templates, { throwIfNoEntry: false })?.isDirectory()) throw new ConfigError(`${file}: templates: ${templates} is not a folder`);
  const lexicons = (value.lexicons ?? []).map((f) => path.resolve(dir, f));
  const names = builtInLexicons();
  for (const lexicon of lexicons) {
    if (!names.includes(path.basename(lexicon))) throw new ConfigError(`${file}: lexicons: ${lexicon} is named as no built-in lexicon (allowed: ${names.join(', ')})`);
    if (!existsSync(lexicon)) throw new ConfigError(`${file}: lexicons: ${lexicon} does not exist`);
    try {
      const builtIn = JSON.parse(readFileSync(new URL(`../extract/lexicon/${path.basename(lexicon)}`, import.meta.url), 'utf8')) as Record<string, unknown>;
      mergeLexicon(builtIn, JSON.parse(readFileSync(lexicon, 'utf8')) as unknown, lexicon);
    } catch (error) {
      throw new ConfigError(`${file}: lexicons: ${(error as Error).message}`);
    }
  }
  return { file, title: value.title ?? null, url: (value.url ?? '').replace(/\/+$/, ''), script: value.script ?? 'original', templates, lexicons, maxArticleMB: value.maxArticleMB ?? null };
}

function describe(e: ErrorObject): string {
  const key = e.instancePath.replace(/^\//, '').replaceAll('/', '.');
  switch (e.keyword) {
    case 'additionalProperties': {
      const extra = (e.params as { additionalProperty: string }).additionalProperty;
      return `“${extra}” is not a setting (allowed: ${Object.keys(CONFIG_SCHEMA.properties).join(', ')})`;
    }
    case 'enum':
      return `${key} must be one of ${(e.params as { allowedValues: string[] }).allowedValues.join(', ')}`;
    case 'type':
      return key ? `${key} must be ${article((e.params as { type: string }).type)}${hint(key)}` : 'the config must be a mapping of settings';
    default:
      return `${key} must be ${hint(key).replace(/^ \(|\)$/g, '') || e.message}`;
  }
}

const article = (type: string) => (type === 'array' ? 'a list' : type === 'object' ? 'a mapping' : `a ${type}`);
const hint = (key: string) => {
  const top = key.split('.')[0] as keyof typeof CONFIG_SCHEMA.properties;
  const description = (CONFIG_SCHEMA.properties[top] as { description?: string } | undefined)?.description;
  return description ? ` (${description})` : '';
};

/**
 * What the config makes differ in a build's output besides the pages' own
 * settings: its values and the bytes of the site's templates and lexicons.
 * Part of the per-article cache keys and of the pages' keys.
 */
export function configKey(config: SiteConfig): string {
  if (config.file === null) return '';
  const h = createHash('sha256').update(JSON.stringify({ ...config, file: null }));
  for (const f of config.lexicons) h.update(f).update('\0').update(readFileSync(f)).update('\0');
  if (config.templates) for (const f of listFiles(config.templates)) h.update(f).update('\0').update(readFileSync(path.join(config.templates, f))).update('\0');
  return h.digest('hex');
}

function listFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const e of readdirSync(path.join(dir, prefix), { withFileTypes: true }).sort((a, b) => compare(a.name, b.name))) {
    const relative = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...listFiles(dir, relative));
    else if (e.isFile()) out.push(relative);
  }
  return out;
}
