// Problems are reported the unified way: vfile messages with a place,
// printed by vfile-reporter. Codes are stable so users can grep and filter.
import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import { escapeControls } from './control-chars.js';

export type Severity = 'error' | 'warning' | 'info';

export function newFile(path: string, value?: string): VFile {
  return new VFile({ path, value });
}

export function report(
  file: VFile,
  severity: Severity,
  code: string,
  reason: string,
  place?: { line: number; column: number } | { start: { line: number; column: number }; end: { line: number; column: number } },
): void {
  const message = file.message(reason, { place, ruleId: code, source: 'baokan' });
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined;
}

export function hasErrors(files: VFile[]): boolean {
  return files.some((f) => f.messages.some((m) => m.fatal === true));
}

/**
 * Every file's messages (files without any are not listed), control
 * characters escaped (file names and reasons quote the archive; no colours,
 * whose escapes could not be told from an article's). errorsOnly (build
 * --quiet): the errors (files left out), then a count of the rest; formatting
 * every message of 10,000 articles took a second of a rebuild.
 */
export function formatReport(files: VFile[], options: { errorsOnly?: boolean } = {}): string {
  const withMessages = files.filter((f) => f.messages.length > 0);
  if (withMessages.length === 0) return '';
  if (!options.errorsOnly) return escapeControls(reporter(withMessages, { quiet: true, color: false }));
  const withErrors = withMessages.filter((f) => f.messages.some((m) => m.fatal === true));
  const others = withMessages.reduce((n, f) => n + f.messages.filter((m) => m.fatal !== true).length, 0);
  const lines = withErrors.length ? [escapeControls(reporter(withErrors, { quiet: true, silent: true, color: false }))] : [];
  if (others) lines.push(`${others} warning(s) and note(s) not shown (--quiet)`);
  return lines.join('\n');
}
