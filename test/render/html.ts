// A small tag scanner for asserting on built pages. Text `<` is always
// escaped in our output (`&lt;`), so every literal `<` opens a tag, a comment
// or the doctype; the scanner checks that too.
export interface Tag {
  name: string;
  attributes: Map<string, string>;
  closing: boolean;
}

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/y;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

export function scanTags(html: string): Tag[] {
  const tags: Tag[] = [];
  let i = 0;
  while ((i = html.indexOf('<', i)) >= 0) {
    if (html.startsWith('<!--', i)) {
      i = html.indexOf('-->', i) + 3;
      continue;
    }
    if (/^<!doctype html>/i.test(html.slice(i, i + 15))) {
      i += 15;
      continue;
    }
    TAG.lastIndex = i;
    const m = TAG.exec(html);
    if (!m) throw new Error(`unparsed “<” at ${i}: ${html.slice(i, i + 40)}`);
    const attributes = new Map<string, string>();
    for (const a of m[3]!.matchAll(ATTR)) attributes.set(a[1]!.toLowerCase(), a[2] ?? a[3] ?? a[4] ?? '');
    tags.push({ name: m[2]!.toLowerCase(), attributes, closing: m[1] === '/' });
    i = TAG.lastIndex;
  }
  return tags;
}

export const openTags = (html: string) => scanTags(html).filter((t) => !t.closing);

/** Text of the first element with this id (note markers and tags stripped, entities decoded for &lt; &gt; &amp; &quot;). */
export function textOfId(html: string, id: string): string | null {
  const start = html.search(new RegExp(`<([a-z0-9]+)[^>]*\\sid="${id}"[^>]*>`));
  if (start < 0) return null;
  const name = /^<([a-z0-9]+)/.exec(html.slice(start))![1]!;
  const end = html.indexOf(`</${name}>`, start);
  const inner = html.slice(html.indexOf('>', start) + 1, end);
  return decode(inner.replace(/<sup class="note-ref"[^>]*>.*?<\/sup>/g, '').replace(/<[^>]*>/g, ''));
}

export const decode = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&amp;/g, '&');
