// rememberFrameNames replaces Nunjucks' Frame#set: the same templates must
// render the same before and after, scoping included (a {% set %} inside a
// loop, a macro's arguments, nested loops' `loop`), and the site's own
// templates must too.
import { describe, expect, it } from 'vitest';
import nunjucks from 'nunjucks';
import { rememberFrameNames } from '../../src/render/nunjucks-frame.js';

const TEMPLATES: Record<string, string> = {
  loops: `{% for row in rows %}[{{ loop.index }}/{{ loop.length }} {{ loop.index0 }} {{ loop.revindex }} {{ loop.revindex0 }} {{ loop.first }} {{ loop.last }}:{% for c in row %}{{ c }}{{ loop.index }}{% if not loop.last %},{% endif %}{% endfor %}|{{ loop.index }}]{% endfor %}`,
  scoping: `{% set total = 0 %}{% set label = "out" %}{% for x in [1, 2, 3] %}{% set label = "in" ~ x %}{% set total = total + x %}{{ label }}{{ total }} {% endfor %}{{ label }}{{ total }}{% if true %}{% set label = "if" %}{% endif %}{{ label }}`,
  macros: `{% macro item(name, n=2) %}<{{ name }}:{{ n }}{% for i in range(n) %}{{ loop.index }}{% endfor %}>{% endmacro %}{% for p in people %}{{ item(p.name, p.n) }}{% endfor %}{{ item("x") }}`,
  pairs: `{% for k, v in obj %}{{ k }}={{ v }}{{ loop.index }};{% endfor %}{% for a, b in [[1, 2], [3, 4]] %}{{ a }}{{ b }}{{ loop.last }}{% endfor %}`,
};
const CONTEXT = { rows: [['a', 'b'], ['c'], []], people: [{ name: '張三', n: 3 }, { name: '李四', n: 1 }], obj: { one: 1, two: 2 } };

function renderAll(): Record<string, string> {
  const env = new nunjucks.Environment(null, { autoescape: true, throwOnUndefined: true });
  return Object.fromEntries(Object.entries(TEMPLATES).map(([name, source]) => [name, env.renderString(source, CONTEXT)]));
}

describe('rememberFrameNames', () => {
  it('applies to the installed Nunjucks and renders every template as the original method did', () => {
    const Frame = (nunjucks as unknown as { runtime: { Frame: { prototype: { set: unknown } } } }).runtime.Frame;
    const original = Frame.prototype.set;
    const before = renderAll();
    expect(before.loops).toBe('[1/3 0 3 2 true false:a1,b2|1][2/3 1 2 1 false false:c1|2][3/3 2 1 0 false true:|3]');
    expect(rememberFrameNames()).toBe(true);
    expect(Frame.prototype.set).not.toBe(original);
    expect(renderAll()).toEqual(before);
    // applied once: a second call keeps the same method
    const patched = Frame.prototype.set;
    expect(rememberFrameNames()).toBe(true);
    expect(Frame.prototype.set).toBe(patched);
  });
});
