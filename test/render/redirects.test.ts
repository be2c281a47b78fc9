// Old entity URLs → the entity holding most of their records (render/redirects.ts).
import { describe, expect, it } from 'vitest';
import { findRedirects, redirectPage } from '../../src/render/redirects.js';

describe('redirects', () => {
  it('sends an old URL to the entity holding most of its records, and follows earlier redirects', () => {
    const previous = { '/people/a/': ['x/p/0', 'y/p/0', 'z/p/1'], '/people/keep/': ['k/p/0'], '/meetings/m/': ['x/m/0'] };
    const current = { '/people/b/': ['x/p/0'], '/people/c/': ['y/p/0', 'z/p/1'], '/people/keep/': ['k/p/0'], '/meetings/n/': ['x/m/0'] };
    expect(findRedirects(previous, [{ from: '/people/older/', to: '/people/a/' }, { from: '/people/gone/', to: '/people/nowhere/' }], current)).toEqual([
      { from: '/meetings/m/', to: '/meetings/n/' },
      { from: '/people/a/', to: '/people/c/' },
      { from: '/people/older/', to: '/people/c/' },
    ]);
  });

  it('never takes a path from the previous site that is not an entity page', () => {
    const current = { '/people/b/': ['x/p/0'] };
    const tampered = { '/people/../../../etc/': ['x/p/0'], '/../x/': ['x/p/0'], '/people/a/index.html': ['x/p/0'] };
    expect(findRedirects(tampered, [{ from: '/../../evil/', to: '/people/b/' }], current)).toEqual([]);
  });

  it('writes a page with a refresh, a canonical link and a visible link, escaped', () => {
    const html = redirectPage('/people/b/', 'https://example.org/archive');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/people/b/">');
    expect(html).toContain('<link rel="canonical" href="https://example.org/archive/people/b/">');
    expect(html).toContain('<a href="/people/b/">');
    expect(redirectPage('/people/"><script>/')).not.toContain('<script>');
  });
});
