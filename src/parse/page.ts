// A plain-text page as scraped: the head (site chrome, kicker, headline,
// subtitle, metadata, captions) down to the first line of the report, then
// the report with the site's lines set aside, then the site's tail.
import type { Root } from 'mdast';
import { detectScript } from './script.js';
import { formatDate, impossibleLeadingDate, isValidDate, leadingMonthDay } from './dates.js';
import { chromeKind, cleanHeadline, isTimeOpener } from './chrome.js';
import { findDate, peopleIn, readMetadataLine, type Metadata } from './metadata.js';
import { continues, splitLines } from './lines.js';
import { addUnique, columnOf, dateRank, mergeMetadata, tailFields, type DateSeen } from './fields.js';
import { DATELINE, datelineAuthors, datelineFilingDate, editorOf, SECOND_REPORT, SIGN_OFF, signOffAuthors, startsNotice, startsRelatedList, type FurnitureKind } from './furniture.js';
import { dropEmptiedLines, emptyArticle, finishDateAndTitle, paragraphNode, type Line, type ParsedArticle } from './article.js';

type Out = ReturnType<typeof emptyArticle>;

/** A kicker is a short line; a longer one above another line is the headline itself. */
const KICKER_MAX = 24;
/** The head is read this far at most: below it every line is the report's or the site's tail. */
const HEAD_LINES = 40;
const SUBTITLE = /^(?:——|—|－－|--)\s*\S|^[\u4e00-\u9fff·]{2,4}(?:主持|出席|講話|讲话|致辭|致辞|調研|调研|參加|参加)(?:\s+[\u4e00-\u9fff·]{2,4}(?:主持|出席|講話|讲话|致辭|致辞|調研|调研|參加|参加|并講話|并讲话|並講話)){1,3}$/;
// `date 2025-10-28` the scraper put before the page's first line
const PAGE_DATE = /^date\s+((?:19|20)\d{2}-\d{2}-\d{2})(?:\s+|$)/i;
const LEADING_MONTH_DAY = /^\d{1,2}\s*月\s*\d{1,2}\s*日/;
/** A line that is the report's own text rather than a headline or a label. */
function isReportLine(t: string): boolean {
  if (DATELINE.test(t) || SECOND_REPORT.test(t)) return true;
  if (/。/.test(t)) return true;
  if (/[！？!?；;]./.test(t) && t.length > 40) return true;
  if (LEADING_MONTH_DAY.test(t) && /[,，]/.test(t.slice(0, 24))) return true;
  // a clause of a sentence (a hard-wrapped page breaks them mid-way)
  if (/[,，]/.test(t) && t.length >= 24 && !/^[\u4e00-\u9fff]{1,6}[:：]/.test(t)) return true;
  return t.length > 60;
}

export function parsePlainText(text: string): ParsedArticle {
  const out = emptyArticle();
  const lines = splitLines(text);
  const dates: DateSeen[] = [];
  const set = (kind: FurnitureKind, line: Line) => out.furniture.push({ kind, text: line.text, offset: line.start });

  // `date 2025-10-28` before the first line: a date of the page, and the rest of the line is a line of its own
  const first = lines[0];
  const pageDate = first ? PAGE_DATE.exec(first.text) : null;
  if (first && pageDate) {
    const d = findDate(pageDate[1]!)!;
    dates.push({ date: { ...d, labelled: false, updated: false, weekday: false }, rank: 2, where: 'the page date the scraper recorded', offset: first.start });
    const rest = first.text.slice(pageDate[0].length);
    if (rest) lines[0] = { text: rest, start: first.start + pageDate[0].length };
    else lines.shift();
  }

  // ---- head: classify each line down to the first line of the report
  type Head = { line: Line; kind: 'chrome'; chrome: FurnitureKind } | { line: Line; kind: 'meta'; meta: Metadata } | { line: Line; kind: 'candidate' };
  const head: Head[] = [];
  let bodyFrom = 0;
  let previous: string | null = null;
  for (; bodyFrom < lines.length && bodyFrom < HEAD_LINES; bodyFrom++) {
    const line = lines[bodyFrom]!;
    const chrome = chromeKind(line.text, previous);
    if (chrome) {
      head.push({ line, kind: 'chrome', chrome });
      previous = chrome;
      continue;
    }
    const meta = readMetadataLine(line.text, { single: true });
    if (meta) {
      head.push({ line, kind: 'meta', meta });
      previous = 'meta';
      continue;
    }
    if (isReportLine(line.text) || editorOf(line.text)) break;
    // a single character is no headline: the report's first word, or a fragment of it
    if ([...line.text].length < 2) break;
    head.push({ line, kind: 'candidate' });
    previous = 'candidate';
  }
  if (bodyFrom >= lines.length || bodyFrom >= HEAD_LINES) {
    // no line read as the report's: the first short line or two are the head, the rest the report
    const k = head.findIndex((h) => h.kind === 'candidate');
    let end = k < 0 ? 0 : k + 1;
    if (k >= 0 && head[k + 1]?.kind === 'candidate' && head[k + 1]!.line.text.length <= 48) end++;
    bodyFrom = Math.max(0, Math.min(end, lines.length - 1));
    head.length = bodyFrom;
  }
  // everything above a breadcrumb is the site's banner
  const lastCrumb = head.map((h) => h.kind === 'chrome' && h.chrome === 'breadcrumb').lastIndexOf(true);
  for (let i = 0; i < lastCrumb; i++) if (head[i]!.kind === 'candidate') head[i] = { line: head[i]!.line, kind: 'chrome', chrome: 'site-name' };

  // the headline: the run of candidate lines just above a metadata line, else the last run
  const runs: Array<{ from: number; to: number }> = [];
  head.forEach((h, i) => {
    if (h.kind !== 'candidate') return;
    const last = runs[runs.length - 1];
    if (last && last.to === i) last.to = i + 1;
    else runs.push({ from: i, to: i + 1 });
  });
  let opener: Line | null = null;
  const lastRun = runs[runs.length - 1];
  // 昨晚 / 22至23日 on a line of its own is the start of the first sentence
  if (lastRun && lastRun.to === head.length && bodyFrom < lines.length && isTimeOpener(head[lastRun.to - 1]!.line.text)) {
    opener = head[lastRun.to - 1]!.line;
    head.splice(lastRun.to - 1, 1);
    if (--lastRun.to === lastRun.from) runs.pop();
  }
  const chosen = runs.filter((r) => head[r.to]?.kind === 'meta').pop() ?? runs[runs.length - 1];
  let headline: Line | null = null;
  if (chosen) {
    let group = head.slice(chosen.from, chosen.to).map((h) => h.line);
    const sub = group.findIndex((l, i) => i > 0 && SUBTITLE.test(l.text));
    if (sub > 0) {
      for (const l of group.slice(sub)) set('subtitle', l);
      group = group.slice(0, sub);
    }
    // a long first line over a second is the headline with its subtitle, not a kicker over it
    if (group.length === 2 && [...group[0]!.text].length > KICKER_MAX) {
      set('subtitle', group[1]!);
      group = group.slice(0, 1);
    }
    headline = group[group.length - 1]!;
    const kicker = group.length > 1 ? group[group.length - 2]! : null;
    for (const l of group.slice(0, kicker ? -2 : -1)) set('site-name', l);
    out.title = cleanHeadline(headline.text);
    // a line that repeats the breadcrumb's column (a tag page's heading) is no kicker
    const crumbs = head.filter((h) => h.kind === 'chrome' && h.chrome === 'breadcrumb').map((h) => columnOf(h.line.text));
    if (kicker && kicker.text.length <= 40 && !crumbs.includes(kicker.text)) out.kicker = kicker.text;
    else if (kicker) set('site-name', kicker);
  }
  const headlineAt = chosen ? chosen.to - 1 : -1;
  let crumbColumn: string | null = null;
  head.forEach((h, i) => {
    if (h.kind === 'chrome' && h.chrome === 'breadcrumb') crumbColumn = columnOf(h.line.text) ?? crumbColumn;
    if (h.kind === 'chrome') set(h.chrome, h.line);
    else if (h.kind === 'meta') {
      mergeMetadata(out, h.meta);
      if (h.meta.date) dates.push({ date: h.meta.date, rank: dateRank(h.meta.date, i < headlineAt), where: 'the metadata line', offset: h.line.start });
    } else if (!chosen || i < chosen.from || i >= chosen.to) set(i < (chosen?.from ?? 0) ? 'site-name' : 'caption', h.line);
  });

  // a labelled column wins; else the breadcrumb's last column
  out.category ??= crumbColumn;

  // ---- the report, with the site's lines set aside
  const body: Line[] = [];
  const notice: string[] = [];
  let kind: FurnitureKind | 'body' | null = null;
  let inNotice = false;
  let inRelated = false;
  const rest = lines.slice(bodyFrom);
  if (opener && rest[0]) rest[0] = { text: opener.text + rest[0].text, start: opener.start };
  for (const line of rest) {
    const t = line.text;
    const editors = editorOf(t);
    if (editors) {
      addUnique(out.editors, editors);
      inNotice = true; // what follows the editor line is the site's, not the report's
      kind = 'editor';
      continue;
    }
    if (inNotice || (body.length > 0 && startsNotice(t))) {
      inNotice = true;
      notice.push(t);
      continue;
    }
    if (inRelated || (body.length > 0 && startsRelatedList(t))) {
      inRelated = true;
      set('related', line);
      continue;
    }
    if (body.length > 0 && tailFields(out, line, dates)) {
      kind = 'editor';
      continue;
    }
    const chrome = chromeKind(t, kind);
    if (chrome) {
      set(chrome, line);
      kind = chrome;
      continue;
    }
    if (headline && body.length > 0 && t === headline.text) {
      set('repeated-headline', line);
      continue;
    }
    const prev = body[body.length - 1];
    if (prev && kind === 'body' && continues(prev.text, t)) {
      // a paragraph the page broke mid-sentence: one paragraph (offsets of the first part)
      prev.text += t;
      continue;
    }
    body.push({ ...line });
    kind = 'body';
  }
  out.sourceNotice = notice.length ? notice.join('\n') : null;
  // a closing credit alone, `(集团董办)`, names a desk, not a paragraph
  const lastLine = body[body.length - 1];
  if (lastLine && body.length > 1 && /^[(（][^()（）。，]{2,20}[)）]$/.test(lastLine.text) && signOffAuthors(lastLine.text.slice(1, -1)).length === 0) {
    set('credit', body.pop()!);
  }

  const filed = readOpeners(out, body);
  finishPlainText(out, body, dates, filed);
  const tree: Root = { type: 'root', children: body.map((l, i) => paragraphNode(l.text, l.start, i, i > 0 && out.reportStarts.includes(i))) };
  return { ...out, body: tree, script: detectScript(text) };
}


/** Dateline openers (本報訊, 又訊) and the reporters they name. */
function readOpeners(out: Out, body: Line[]): { month: number; day: number } | null {
  let monthDay: { month: number; day: number } | null = null;
  body.forEach((line, i) => {
    for (const re of [DATELINE, SECOND_REPORT]) {
      const m = re.exec(line.text);
      if (!m) continue;
      if (re === SECOND_REPORT) out.reportStarts.push(i);
      line.text = line.text.slice(m[0].length);
      line.start += m[0].length;
      // the report's date is the date it was filed, where the opener gives one (本報烏魯木齊5月10日訊 5月9日，…)
      if (re === DATELINE && i === 0) out.dateline = m[0].trim();
      if (re === DATELINE && i === 0) monthDay = datelineFilingDate(m) ?? leadingMonthDay(line.text);
      if (re === DATELINE) addUnique(out.authors, datelineAuthors(m[0]));
    }
  });
  dropEmptiedLines(body, out);
  if (!out.reportStarts.includes(0)) out.reportStarts.unshift(0);
  return monthDay;
}

function finishPlainText(out: Out, body: Line[], dates: DateSeen[], filed: { month: number; day: number } | null): void {
  let monthDay = filed;
  if (monthDay === null && body[0]) monthDay = leadingMonthDay(body[0].text);
  const impossible = body[0] ? impossibleLeadingDate(body[0].text) : null;
  if (impossible) out.messages.push({ code: 'impossible-date', message: `impossible date “${impossible}” at the start of the report`, offset: body[0]!.start });

  // `…有功。(編輯:林淑宜)`: the editor named at the end of the last paragraph
  const tail = body[body.length - 1];
  const editorNote = tail ? /[(（]\s*(?:編輯|编辑|責編|责编|責任編輯|责任编辑|審核|审核|校對|校对)\s*[:：]\s*([^()（）]{2,30})[)）]\s*$/.exec(tail.text) : null;
  if (tail && editorNote && editorNote.index > 0) {
    addUnique(out.editors, peopleIn(editorNote[1]!));
    tail.text = tail.text.slice(0, editorNote.index).trimEnd();
  }
  // Sign-off `(彼 岸)` closes the last paragraph.
  const last = body[body.length - 1];
  if (last) {
    const m = SIGN_OFF.exec(last.text);
    if (m) {
      const authors = signOffAuthors(m[2]!);
      if (authors.length) {
        addUnique(out.authors, authors);
        last.text = last.text.slice(0, m.index + m[1]!.length).trimEnd();
        if (!last.text) {
          body.pop();
          out.reportStarts = out.reportStarts.filter((s) => s === 0 || s < body.length); // a report of only a sign-off is none
        }
      }
    }
  }

  // a first sentence that opens with the whole date: 2024年10月29日上午，…
  const opening = body[0] ? /^((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日/.exec(body[0].text) : null;
  if (opening) dates.push({ date: { year: +opening[1]!, month: +opening[2]!, day: +opening[3]!, time: null, labelled: false, updated: false, weekday: false }, rank: 0, where: 'the first sentence', offset: body[0]!.start });
  // the date the page gives with most authority
  let best: DateSeen | null = null;
  for (const d of dates) if (!best || d.rank > best.rank) best = d;
  if (best) {
    const { year, month, day } = best.date;
    if (isValidDate(year, month, day)) {
      out.date = formatDate(year, month, day);
      out.dateEvidence = best.where === 'the metadata line' ? 'publication date from the metadata line' : `publication date from ${best.where}`;
    } else {
      out.messages.push({ code: 'impossible-date', message: `impossible date ${year}年${month}月${day}日 in the metadata line`, offset: best.offset });
    }
  }
  out.paragraphs = body.map((l) => l.text);
  out.paragraphSpans = body.map((l) => ({ start: l.start, end: l.start + l.text.length }));
  finishDateAndTitle(out, '', best ? null : monthDay);
}

