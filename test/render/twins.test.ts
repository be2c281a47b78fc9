// ScriptTwins.convert: a view in the other script, for the twin page.
import { describe, expect, it } from 'vitest';
import { ScriptTwins } from '../../src/render/twins.js';
import { toTraditional } from '../../src/script.js';

describe('ScriptTwins.convert', () => {
  it('converts every string of a view, nested in objects and arrays, and leaves the view as it was', () => {
    const view = { page: { name: '张三', items: [{ label: '发展改革委', url: '/people/zhang-san/', date: { datetime: '2021-03-04', label: '2021年3月4日' } }], count: 3, none: null } };
    const before = JSON.stringify(view);
    const twin = new ScriptTwins('zh-Hans').convert(view, 'zh-Hant');
    expect(twin).toEqual({ page: { name: toTraditional('张三'), items: [{ label: toTraditional('发展改革委'), url: '/people/zhang-san/', date: { datetime: '2021-03-04', label: toTraditional('2021年3月4日') } }], count: 3, none: null } });
    expect(twin.page.name).not.toBe('张三');
    expect(JSON.stringify(view)).toBe(before);
  });

  it('drops the marks of text in the other script (after conversion there is none), not other lang values', () => {
    const twin = new ScriptTwins('zh-Hans').convert({ a: { lang: 'zh-Hant', label: '国' }, b: { lang: 'en' } }, 'zh-Hant');
    expect(twin).toEqual({ a: { lang: null, label: '國' }, b: { lang: 'en' } });
  });

  it('keeps an own __proto__ key an own property (as Object.fromEntries would), never a prototype', () => {
    const view = JSON.parse('{"__proto__": "国", "x": {"__proto__": {"polluted": "yes"}}}') as Record<string, unknown>;
    const twin = new ScriptTwins('zh-Hans').convert(view, 'zh-Hant');
    expect(Object.getPrototypeOf(twin)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(twin, '__proto__')?.value).toBe('國');
    const inner = twin.x as Record<string, unknown>;
    expect(Object.getPrototypeOf(inner)).toBe(Object.prototype);
    expect((inner as { polluted?: string }).polluted).toBeUndefined();
    expect(Object.getOwnPropertyDescriptor(inner, '__proto__')?.value).toEqual({ polluted: 'yes' });
  });

  it('leaves objects that are not plain (a Date, a class instance) as they are', () => {
    const when = new Date(0);
    const twin = new ScriptTwins('zh-Hant').convert({ when, label: '國' }, 'zh-Hans');
    expect(twin.when).toBe(when);
    expect(twin.label).toBe('国');
  });
});
