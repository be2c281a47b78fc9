// The comparison anchor: the same corpus as plain Markdown pages for Hugo
// (Debian package `hugo`), then the Pagefind CLI over Hugo's output.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { decodeBytes } from '../../src/ingest/index.js';
import type { CorpusFile } from './corpus.js';

const CONFIG = `baseURL = "http://example.org/"
languageCode = "zh"
defaultContentLanguage = "zh"
title = "bench"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]
`;
const SINGLE = `<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main data-pagefind-body><h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>
`;
const LIST = `<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>
`;

/** Write a Hugo site holding one page per article: first line as title, the rest as paragraphs. */
export async function writeHugoSite(dir: string, corpus: Iterable<CorpusFile>): Promise<void> {
  await fs.mkdir(path.join(dir, 'content', 'articles'), { recursive: true });
  await fs.mkdir(path.join(dir, 'layouts', '_default'), { recursive: true });
  await fs.writeFile(path.join(dir, 'config.toml'), CONFIG);
  await fs.writeFile(path.join(dir, 'layouts', '_default', 'single.html'), SINGLE);
  await fs.writeFile(path.join(dir, 'layouts', '_default', 'list.html'), LIST);
  await fs.writeFile(path.join(dir, 'layouts', 'index.html'), LIST);
  for (const file of corpus) {
    let text = decodeBytes(file.bytes).text.replace(/\r\n/g, '\n');
    text = text.replace(/^---\n[\s\S]*?\n---\n/, '');
    const lines = text.split('\n').filter((l) => l.trim());
    const title = (lines.shift() ?? file.name).slice(0, 60).replace(/["\\]/g, '');
    const page = `---\ntitle: "${title}"\n---\n\n${lines.join('\n\n')}\n`;
    await fs.writeFile(path.join(dir, 'content', 'articles', file.name.replace(/\.\w+$/, '.md')), page);
  }
}
