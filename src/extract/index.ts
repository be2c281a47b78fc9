// TEMPORARY STUB (lead's smoke test) — replaced by the extraction stage.
import type { ExtractedRecords, Script } from '../types.js';
export interface ExtractInput { paragraphs: string[]; reportStarts: number[]; date: string | null; script: Script; title?: string | null }
export function extractRecords(_input: ExtractInput): ExtractedRecords { return { officials: [], organisations: [], meetings: [], figures: [], statements: [] }; }
export function formatRecordsText(_records: ExtractedRecords, _paragraphs: string[]): string { return ""; }
