// Lines of a scraped page as the parser reads them: trimmed, with the
// pipes and empty image boxes at their edges left off, and pages that lost
// their line ends cut back into lines; and when one line goes on from the last.
import { DATELINE } from './furniture.js';
import type { Line } from './article.js';

// pipes a table or a list left around a line (`…建言献策。 |`), and an empty image box (`【 】…`)
const LEADING_MARKS = /^(?:[|｜丨]\s*|[【[]\s*[】\]]\s*)+/;
const TRAILING_PIPES = /(?:\s*[|｜丨])+$/;
// a page that lost its line ends: `标题时间:2023-06-09 6月8日下午，…`, `http://… 2011-11-23 来源: 某网11月13日，…`
const GLUED_HEAD = /^([^。，,:：|｜]{6,60}?)((?:發布|发布)?(?:時間|时间|日期)[:：]\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)\s*(.{20,}。.*)$/;
const GLUED_SUBTITLE = /^((?:——|—|－－)[^。]{4,60}?)\s{2,}(?=(?:據|据|本報|本报|新華社|新华社|中新社)\S)/;
const GLUED_SOURCE = /^(.{0,80}?(?:來源|来源)[:：]\s*[\u4e00-\u9fffA-Za-z·]{2,20}?)(?=\d{1,2}月\d{1,2}日[，,])/;
// paragraphs run together with a blank between them: `…出席并讲话。 签约仪式后，…`
const RUN_TOGETHER = /(?<=[。！？])[ \t\u3000]+(?=[\u4e00-\u9fff“「])/g;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const push = (s: string, start: number) => {
    const lead = LEADING_MARKS.exec(s)?.[0].length ?? 0;
    const cleaned = s.slice(lead).replace(TRAILING_PIPES, '').trim();
    // a line of marks only stays as it is: chrome will set it aside
    if (!cleaned) lines.push({ text: s.trim(), start: start + (s.length - s.trimStart().length) });
    else lines.push({ text: cleaned, start: start + lead });
    splitRunTogether(lines);
  };
  let offset = 0;
  for (const raw of text.split('\n')) {
    const trimmed = raw.trim();
    const start = offset + raw.length - raw.trimStart().length;
    offset += raw.length + 1;
    if (!trimmed) continue;
    const glued = trimmed.length > 60 ? (GLUED_HEAD.exec(trimmed) ?? GLUED_SOURCE.exec(trimmed) ?? GLUED_SUBTITLE.exec(trimmed)) : null;
    if (!glued) {
      push(trimmed, start);
      continue;
    }
    let at = 0;
    for (const part of glued.slice(1)) {
      if (part === undefined) continue;
      at = trimmed.indexOf(part, at);
      push(part, start + at);
      at += part.length;
    }
    if (trimmed.slice(at).trim()) push(trimmed.slice(at), start + at);
  }
  return lines;
}

/** A long line of paragraphs run together becomes its paragraphs. */
function splitRunTogether(lines: Line[]): void {
  const last = lines[lines.length - 1];
  if (!last || last.text.length < 60) return;
  RUN_TOGETHER.lastIndex = 0;
  if (!RUN_TOGETHER.test(last.text)) return;
  lines.pop();
  let from = 0;
  RUN_TOGETHER.lastIndex = 0;
  for (let m = RUN_TOGETHER.exec(last.text); m; m = RUN_TOGETHER.exec(last.text)) {
    lines.push({ text: last.text.slice(from, m.index), start: last.start + from });
    from = m.index + m[0].length;
  }
  lines.push({ text: last.text.slice(from), start: last.start + from });
}

const SENTENCE_END = /[。！？!?”」』）)：:；;…】\]]$/;
/** The page broke a sentence across lines: the first part stops mid-clause. */
export function continues(previous: string, next: string): boolean {
  if (SENTENCE_END.test(previous) || DATELINE.test(next)) return false;
  if (/^(?:[一二三四五六七八九十]+[、是要]|（[一二三四五六七八九十]+）|\d+[、.．])/.test(next) || !/^[\u4e00-\u9fff，,、。；;：:」』”]/.test(next)) return false;
  if (/[，,、]$/.test(previous)) return previous.length >= 15;
  return previous.length >= 40 || (previous.length >= 24 && /[，,]/.test(previous));
}

