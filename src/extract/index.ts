// The extract stage: records (officials, organisations, meetings, figures,
// statements) from the normalized paragraphs of one article. Matching runs on
// a same-length Simplified copy, so rules and lexicons serve both scripts.
import type { ExtractedRecords, Figure, Meeting, Script } from '../types.js';
import { extractFigures } from './figures.js';
import { foldSameLength } from './fold.js';
import { extractMeetings } from './meetings.js';
import { extractOfficials } from './officials.js';
import { extractOrganisations, SHORT_NAME } from './organisations.js';
import { ownBodyWords, resolveOfficialBodies } from './resolve.js';
import { extractStatements } from './statements.js';
import { articleContext } from './context.js';

export interface ExtractInput {
  paragraphs: string[];
  /** paragraph indexes where a new report starts (又讯) */
  reportStarts: number[];
  date: string | null;
  script: Script;
  title?: string | null;
  dateline?: string | null;
  publication?: string | null;
  /** the front matter's place: */
  place?: string | null;
}

export function extractRecords(input: ExtractInput): ExtractedRecords {
  const { paragraphs } = input;
  const folded = paragraphs.map(foldSameLength);
  const declared = new Set(folded.flatMap((text) => [...text.matchAll(SHORT_NAME)].map((m) => m[1]!)));
  const { officials, bodies, unverified } = extractOfficials(paragraphs, folded, declared);
  const { organisations, canonical } = extractOrganisations(paragraphs, folded, bodies);
  resolveOfficialBodies(officials, organisations, unverified, { own: ownBodyWords(paragraphs, folded), folded, declared });
  // officials' bodies shown as the organisation record names them where known
  const meetings = extractMeetings({ paragraphs, folded, reportStarts: input.reportStarts, date: input.date, officials, organisations: canonical, organisationRecords: organisations });
  const figures = extractFigures(paragraphs);
  const statements = extractStatements(paragraphs, folded, officials);
  const context = articleContext({ folded, title: input.title ? foldSameLength(input.title) : null, dateline: input.dateline ?? null, publication: input.publication ?? null, place: input.place ?? null, organisations });
  return { officials, organisations, meetings, figures, statements, context };
}

/** A readable summary: who, what, where, when, how much. */
export function formatRecordsText(records: ExtractedRecords, paragraphs: string[]): string {
  const lines: string[] = [];
  const where = (m: { paragraph: number }) => `¶${m.paragraph}`;
  if (records.meetings.length) {
    lines.push('Meetings');
    for (const m of records.meetings) lines.push(`  ${m.name} — ${describeMeeting(m)} (${where(m.mention)})`);
  }
  if (records.officials.length) {
    lines.push('Officials');
    for (const o of records.officials) {
      const titles = o.titles.map((t) => (t.organisation ? `${t.organisation} ${t.title}` : t.title)).join('; ');
      lines.push(`  ${o.name}: ${titles || '—'} (${o.mentions.length} mention${o.mentions.length === 1 ? '' : 's'})`);
    }
  }
  if (records.organisations.length) {
    lines.push('Organisations');
    for (const o of records.organisations) lines.push(`  ${o.name}${o.aliases.length ? ` (also ${o.aliases.join(', ')})` : ''}`);
  }
  if (records.figures.length) {
    lines.push('Figures');
    for (const f of records.figures) lines.push(`  ${f.text} = ${describeFigure(f)}${f.label ? ` — ${f.label}` : ''} (${where(f.mention)})`);
  }
  if (records.statements.length) {
    lines.push('Statements');
    for (const s of records.statements) lines.push(`  ${s.speaker} ${s.verb}: ${s.text.length > 60 ? s.text.slice(0, 60) + '…' : s.text}`);
  }
  if (lines.length === 0) lines.push(`(no records in ${paragraphs.length} paragraph(s))`);
  return lines.join('\n');
}

function describeMeeting(m: Meeting): string {
  const parts = [
    [m.date, m.time].filter(Boolean).join(' '),
    m.venue && `at ${m.venue}`,
    m.organiser && `convened by ${m.organiser}`,
    m.chair && `chaired by ${m.chair}`,
    m.attendance && `${m.attendance.approx ? m.attendance.approx.replace('_', ' ') + ' ' : ''}${m.attendance.value} attending`,
    m.speakers.length > 0 && `speakers ${m.speakers.join('、')}`,
    m.participants.length > m.speakers.length && `present ${m.participants.filter((p) => !m.speakers.includes(p)).join('、')}`,
  ];
  return parts.filter(Boolean).join(', ') || 'no details';
}

function describeFigure(f: Figure): string {
  const approx = { more_than: '> ', about: '≈ ', nearly: '≈< ', less_than: '< ' } as const;
  return `${f.approx ? approx[f.approx] : ''}${f.value} ${f.unit}`;
}
