// Problems are reported the unified way: vfile messages with a place,
// printed by vfile-reporter. Codes are stable so users can grep and filter.
import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';

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

export function formatReport(files: VFile[], options: { quiet?: boolean } = {}): string {
  const withMessages = files.filter((f) => f.messages.length > 0);
  if (withMessages.length === 0) return '';
  return reporter(withMessages, { quiet: options.quiet ?? false });
}
