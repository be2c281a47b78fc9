// Control characters from an archive are never obeyed. In a terminal they
// are shown escaped (a file name or front-matter value holding `ESC ]0;…`
// would set the window title, `ESC [2J` clear the screen); in a page they are
// removed (the text a reader sees has no use for them). Tab and line feed are
// text; the bidi overrides and isolates are controls too, since they reorder
// what is shown (a name reading backwards).
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const hex4 = (c: string) => c.charCodeAt(0).toString(16).padStart(4, '0');

/**
 * Text safe to print: every control character as `\uXXXX`. Inside a JSON
 * string that is the same character, so JSON stays valid and equal.
 */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, (c) => `\\u${hex4(c)}`);
}

/** Text with its control characters (but tab and line feed) removed. */
export function stripControls(text: string): string {
  return text.replace(CONTROLS, '');
}

/** A parsed YAML value with every string in it stripped of control characters (keys too). */
export function stripControlsDeep(value: unknown): unknown {
  if (typeof value === 'string') return stripControls(value);
  if (Array.isArray(value)) return value.map(stripControlsDeep);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [stripControls(k), stripControlsDeep(v)]));
  }
  return value;
}
