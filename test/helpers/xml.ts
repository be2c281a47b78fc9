// A strict little XML reader for tests: throws on anything not well-formed.
export interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
}

const ENTITY = /&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/g;
const NAME = /^[A-Za-z_][A-Za-z0-9_.:-]*/;

function unescape(raw: string): string {
  if (/&/.test(raw.replace(ENTITY, ''))) throw new Error(`bare & in ${JSON.stringify(raw)}`);
  return raw
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#([0-9]+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');
}

export function parseXml(source: string): El {
  let i = 0;
  if (source.startsWith('<?xml')) {
    const end = source.indexOf('?>');
    if (end < 0) throw new Error('unclosed declaration');
    i = end + 2;
  }
  const skipSpace = (): void => {
    while (i < source.length && /\s/.test(source[i]!)) i++;
  };
  const element = (): El => {
    if (source[i] !== '<') throw new Error(`expected < at ${i}`);
    i++;
    const name = NAME.exec(source.slice(i))?.[0];
    if (!name) throw new Error(`bad tag name at ${i}`);
    i += name.length;
    const el: El = { name, attrs: {}, children: [], text: '' };
    for (;;) {
      const before = i;
      skipSpace();
      if (source.startsWith('/>', i)) {
        i += 2;
        return el;
      }
      if (source[i] === '>') {
        i++;
        break;
      }
      if (i === before) throw new Error(`no space before attribute at ${i}`);
      const attr = NAME.exec(source.slice(i))?.[0];
      if (!attr) throw new Error(`bad attribute at ${i}: ${source.slice(i, i + 20)}`);
      i += attr.length;
      if (source[i] !== '=') throw new Error(`attribute ${attr} without value`);
      const quote = source[i + 1];
      if (quote !== '"' && quote !== "'") throw new Error(`unquoted attribute ${attr}`);
      const end = source.indexOf(quote, i + 2);
      if (end < 0) throw new Error('unclosed attribute');
      const raw = source.slice(i + 2, end);
      if (raw.includes('<')) throw new Error(`< in attribute ${attr}`);
      if (attr in el.attrs) throw new Error(`duplicate attribute ${attr}`);
      el.attrs[attr] = unescape(raw);
      i = end + 1;
    }
    for (;;) {
      const next = source.indexOf('<', i);
      if (next < 0) throw new Error(`unclosed <${name}>`);
      el.text += unescape(source.slice(i, next));
      i = next;
      if (source.startsWith('</', i)) {
        const close = `</${name}>`;
        if (!source.startsWith(close, i)) throw new Error(`mismatched close for <${name}> at ${i}`);
        i += close.length;
        return el;
      }
      el.children.push(element());
    }
  };
  skipSpace();
  const root = element();
  skipSpace();
  if (i !== source.length) throw new Error('content after the root element');
  return root;
}

