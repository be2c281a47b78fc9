// Editor's corrections from a sidecar `NAME.corrections.yaml`: a list of
// {find, replace, note}, applied to the clean paragraphs and shown on the page.
import { parse as parseYaml } from 'yaml';
import type { AppliedCorrection, Warning } from '../types.js';
import { stripControls } from '../control-chars.js';

export interface CorrectionRule {
  find: string;
  replace: string;
  note: string | null;
}

export function parseCorrections(yamlText: string): CorrectionRule[] {
  const data: unknown = parseYaml(yamlText);
  const list = Array.isArray(data) ? data : data && typeof data === 'object' && Array.isArray((data as { corrections?: unknown }).corrections) ? (data as { corrections: unknown[] }).corrections : null;
  if (!list) throw new Error('expected a list of {find, replace, note}');
  return list.map((item, i) => {
    const r = item as Record<string, unknown>;
    // what a sidecar puts on a page holds no control character; the text it finds has none either (normalize drops them)
    const find = typeof r?.find === 'string' ? stripControls(r.find) : '';
    if (!find || typeof r.replace !== 'string') throw new Error(`entry ${i + 1}: needs text fields find and replace`);
    return { find, replace: stripControls(r.replace), note: typeof r.note === 'string' ? stripControls(r.note) : null };
  });
}

export interface CorrectionResult {
  paragraphs: string[];
  applied: AppliedCorrection[];
  unmatched: CorrectionRule[];
}

/**
 * Apply each rule at its first occurrence in the paragraphs. Warnings inside a
 * corrected span are marked corrected and moved onto the corrected text;
 * warnings after it in the same paragraph are shifted.
 */
export function applyCorrections(paragraphs: string[], rules: CorrectionRule[], warnings: Warning[]): CorrectionResult {
  const out = [...paragraphs];
  const applied: AppliedCorrection[] = [];
  const unmatched: CorrectionRule[] = [];
  for (const rule of rules) {
    const p = out.findIndex((text) => text.includes(rule.find));
    if (p < 0) {
      unmatched.push(rule);
      continue;
    }
    const start = out[p]!.indexOf(rule.find);
    const end = start + rule.find.length;
    const delta = rule.replace.length - rule.find.length;
    out[p] = out[p]!.slice(0, start) + rule.replace + out[p]!.slice(end);
    for (const w of warnings) {
      if (w.paragraph !== p || w.start === undefined || w.end === undefined) continue;
      if (w.start < end && w.end > start) {
        w.corrected = true;
        w.start = start;
        w.end = start + rule.replace.length;
      } else if (w.start >= end) {
        w.start += delta;
        w.end += delta;
      }
    }
    for (const c of applied) {
      if (c.paragraph === p && c.start >= end) {
        c.start += delta;
        c.end += delta;
      }
    }
    applied.push({ find: rule.find, replace: rule.replace, note: rule.note, paragraph: p, start, end: start + rule.replace.length });
  }
  return { paragraphs: out, applied, unmatched };
}
