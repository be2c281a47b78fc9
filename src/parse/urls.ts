// Link and image URLs in Markdown: only http(s), mailto and relative ones
// reach the body tree.
import type { Root, RootContent } from 'mdast';

/** Schemes a link or image may use; relative URLs and fragments have none. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/** The scheme of a URL as a browser reads it (tabs, line breaks and controls ignored), lower-case; null when relative. */
function urlScheme(url: string): string | null {
  // eslint-disable-next-line no-control-regex
  return /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020\u007f]+/g, ''))?.[1]?.toLowerCase() ?? null;
}

/**
 * Links and images whose URL has any scheme but http(s) and mailto
 * (javascript:, data:, vbscript:, …) become their text; such definitions lose
 * the URL. The render stage's sanitizer would drop the URL too: this keeps no
 * empty link on the page and makes the record say so, with a place.
 */
export function dropUnsafeUrls(tree: Root): Array<{ scheme: string; offset: number }> {
  const found: Array<{ scheme: string; offset: number }> = [];
  const unsafe = (url: string) => {
    const scheme = urlScheme(url);
    return scheme !== null && !SAFE_SCHEMES.has(scheme) ? scheme : null;
  };
  const stack: Array<Root | RootContent> = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if (!('children' in node)) continue;
    const children = node.children as RootContent[];
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      const scheme = child.type === 'link' || child.type === 'image' || child.type === 'definition' ? unsafe(child.url) : null;
      if (scheme === null) continue;
      found.push({ scheme, offset: child.position?.start.offset ?? 0 });
      if (child.type === 'link') {
        children.splice(i, 1, ...child.children);
        i--; // look at the link's own children in its place
      } else if (child.type === 'image') children[i] = { type: 'text', value: child.alt ?? '', position: child.position };
      else if (child.type === 'definition') child.url = '';
    }
    for (const child of children) stack.push(child);
  }
  return found.sort((a, b) => a.offset - b.offset);
}
