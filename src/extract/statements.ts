// Statements, for person pages: `X强调,…` → who said what, with the place.
import type { Official, Statement } from '../types.js';
import { sentenceAround } from './fold.js';

const STATEMENT = /^(?:在(?:会上|讲话中|发言中|总结时|致辞中)|首先|最后|随后|也|还|同时)?(强调|指出|表示|要求|希望|认为|提出|说)[，,：:]?/;

export function extractStatements(paragraphs: readonly string[], folded: readonly string[], officials: Official[]): Statement[] {
  const out: Statement[] = [];
  for (const o of officials) {
    for (const m of o.mentions) {
      const text = folded[m.paragraph]!;
      const verb = STATEMENT.exec(text.slice(m.end, m.end + 16));
      if (!verb) continue;
      const from = m.end + verb[0].length;
      const { end } = sentenceAround(text, from);
      const said = paragraphs[m.paragraph]!.slice(from, end).trim();
      if (said.length < 4) continue;
      out.push({ speaker: o.name, verb: paragraphs[m.paragraph]!.slice(m.end + verb.index + verb[0].indexOf(verb[1]!), m.end + verb.index + verb[0].indexOf(verb[1]!) + verb[1]!.length), text: said, mention: { paragraph: m.paragraph, start: m.start, end } });
    }
  }
  return out.sort((a, b) => a.mention.paragraph - b.mention.paragraph || a.mention.start - b.mention.start);
}
