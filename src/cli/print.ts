// Everything the commands print goes through here: text from an archive or a
// site (file names, titles, messages) is shown with its control characters
// escaped, never obeyed by the terminal.
import { escapeControls } from '../control-chars.js';

export function printOut(text: string): void {
  process.stdout.write(escapeControls(text));
}

export function printErr(text: string): void {
  process.stderr.write(escapeControls(text));
}
