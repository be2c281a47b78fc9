// Nunjucks sets a template variable with Frame#set(name, value), which splits
// the name on '.' every time: each iteration of a {% for %} sets the loop
// variable and seven `loop.*` names, so a list of 11,000 meetings split
// 90,000 names. Same method, with each name's parts remembered: a 20,000-item
// loop renders in ~130 ms instead of ~265 (the same output), and a full build
// spends its main thread mostly in such lists.
//
// It replaces a method of the library's runtime, so it is applied only to the
// method it was written against (nunjucks 3.2, whose source is checked below);
// any other keeps its own.
import nunjucks from 'nunjucks';

interface Frame {
  variables: Record<string, unknown>;
  resolve(name: string, forWrite: boolean): Frame | undefined;
  set(name: string, value: unknown, resolveUp?: boolean): void;
}

/** The lines of nunjucks 3.2's Frame#set that this one must do the same as. */
const EXPECTED = ["var parts = name.split('.');", 'if (frame = this.resolve(parts[0], true)) {', 'frame.set(name, val);', 'obj[parts[parts.length - 1]] = val;'];

let applied: boolean | null = null;

/** Make Frame#set remember split names; true when applied (once per process). */
export function rememberFrameNames(): boolean {
  if (applied !== null) return applied;
  const runtime = (nunjucks as unknown as { runtime?: { Frame?: { prototype: Frame } } }).runtime;
  const proto = runtime?.Frame?.prototype;
  const source = typeof proto?.set === 'function' ? proto.set.toString() : '';
  applied = proto !== undefined && EXPECTED.every((line) => source.includes(line));
  if (!applied || !proto) return false;
  const parts = new Map<string, string[]>();
  proto.set = function set(this: Frame, name: string, value: unknown, resolveUp?: boolean): void {
    let path = parts.get(name);
    if (path === undefined) parts.set(name, (path = name.split('.')));
    if (resolveUp) {
      const frame = this.resolve(path[0]!, true);
      if (frame) {
        frame.set(name, value);
        return;
      }
    }
    let obj = this.variables;
    for (let i = 0; i < path.length - 1; i++) {
      const id = path[i]!;
      if (!obj[id]) obj[id] = {};
      obj = obj[id] as Record<string, unknown>;
    }
    obj[path[path.length - 1]!] = value;
  };
  return true;
}
