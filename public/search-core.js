// Search core, shared word for word by the search page, the file:// fallback
// and Node (`baokan search`, the harness): the one place where text becomes
// index form, a query becomes tokens, hits are ranked and excerpts are cut.
// Index and query agree because both go through `sequence()` here.
//
// Index form: the text as a sequence of searchable characters (letters and
// digits, accents dropped, lower case, Traditional folded to Simplified one
// character at a time, punctuation and spaces removed), written as
// overlapping bigrams ("骆东山强" → "骆东 东山 山强" + the last character
// alone). Token i starts at character i, so a phrase is a run of consecutive
// tokens and Pagefind's exact-phrase search finds exactly the texts that
// contain it. Folding per character (not by OpenCC phrases) keeps
// fold(a + b) = fold(a) + fold(b): a query that is in the text is in the
// folded text.
//
// Classic script (no import/export): it must load from file:// too.
(function (root) {
  'use strict';

  var ENTITY_KINDS = ['person', 'organisation', 'meeting'];

  /**
   * The word a filter value is indexed as in an article's Pagefind record
   * (facets are words there, not Pagefind filters): ǆ and 16 digits of a
   * 53-bit hash of name and value. All such words have one length, so a
   * prefix search for one finds it alone; and no query starts with ǆ (it
   * folds to "dz"), so no query finds one by accident.
   */
  function filterWord(name, value) {
    var text = name + '\u0000' + value;
    var h1 = 0xdeadbeef;
    var h2 = 0x41c6ce57;
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    var n = 4294967296 * (2097151 & h2) + (h1 >>> 0);
    return '\u01c6' + String(n).padStart(16, '0');
  }
  var SEARCHABLE = /^[\p{L}\p{N}]$/u;
  var MARKS = /\p{M}/gu;

  /** foldPairs: "TSTS…", each Traditional character followed by its Simplified form. */
  function create(foldPairs) {
    var fold = new Map();
    var chars = Array.from(foldPairs || '');
    for (var i = 0; i + 1 < chars.length; i += 2) fold.set(chars[i], chars[i + 1]);

    /** What one character of a text becomes: its searchable characters, folded (often one, maybe none). */
    function searchableOf(c) {
      var out = [];
      for (var d of c.normalize('NFKD').replace(MARKS, '').toLowerCase()) {
        var f = fold.get(d) || d;
        if (SEARCHABLE.test(f)) out.push(f);
      }
      return out;
    }
    // Remembered per distinct character: a text has few of them (an archive a
    // few thousand), and normalizing each occurrence was most of indexing's time.
    var searchableMemo = new Map();

    /** Searchable characters of a text, each with the offset (UTF-16) of the character it came from. */
    function sequence(text) {
      var out = [];
      var at = [];
      var offset = 0;
      for (var c of String(text)) {
        var made = searchableMemo.get(c);
        if (made === undefined) searchableMemo.set(c, (made = searchableOf(c)));
        for (var i = 0; i < made.length; i++) {
          out.push(made[i]);
          at.push(offset);
        }
        offset += c.length;
      }
      return { chars: out, at: at };
    }

    /** Tokens of a character sequence: bigrams, then the last character alone. */
    function tokens(chars) {
      var out = [];
      for (var i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
      if (chars.length) out.push(chars[chars.length - 1]);
      return out;
    }

    /** What the index holds for a document: title first (a match at position 0 is a title match). */
    function indexForm(title, text) {
      return tokens(sequence(title + '\n' + text).chars).join(' ');
    }

    /** A query: one phrase per space-separated word, each the folded character sequence. */
    function parseQuery(query) {
      var words = [];
      var seen = new Set();
      for (var word of String(query).trim().split(/\s+/)) {
        var chars = sequence(word).chars;
        var key = chars.join('');
        if (chars.length && !seen.has(key)) {
          seen.add(key);
          words.push(chars);
        }
      }
      return words;
    }

    /** The tokens a phrase search needs: bigrams only (a single character is searched as a prefix). */
    function phraseTokens(chars) {
      if (chars.length === 1) return [chars[0]];
      var out = [];
      for (var i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
      return out;
    }

    /**
     * Run a query through an engine and rank the hits.
     * engine.find(tokens, exact, filters) → Promise<Array<{id, kind, words, load}>> in the site's
     * global order (year shards newest first, each by date), every page whose index form holds
     * the tokens as consecutive words (exact) or starting with the one token (not exact).
     * filters: { name: [values] }, any of the values.
     * Ranking (stable, so the global order breaks ties): entity page whose title starts with
     * the query, other entity pages, pages whose title starts with the query, the rest.
     * sort 'new': the global order alone (newest first, undated and entity pages last);
     * sort 'old': articles oldest first, then the entity pages.
     */
    async function search(engine, query, filters, sort) {
      var words = parseQuery(query);
      if (!words.length) return [];
      filters = filters || {};
      // Pages holding every word; what decides the rank is whether the first
      // match is at position 0 (the title starts with the query). Pagefind's exact
      // search reports the first occurrence only, so no occurrence counts.
      var byId = null;
      for (var w of words) {
        var hits = await engine.find(phraseTokens(w), w.length > 1, filters);
        var next = new Map();
        for (var h of hits) {
          var prev = byId ? byId.get(h.id) : { hit: h, start: false };
          if (prev) next.set(h.id, { hit: prev.hit, start: prev.start || h.words.indexOf(0) >= 0 });
        }
        byId = next;
        if (!byId.size) return [];
      }
      // every engine's hits carry their kind (Pagefind's are articles; the script index's from its layout)
      var entities = new Set();
      byId.forEach(function (v, id) {
        if (ENTITY_KINDS.indexOf(v.hit.kind) >= 0) entities.add(id);
      });
      var ranked = [];
      var order = 0;
      byId.forEach(function (v, id) {
        var entity = entities.has(id);
        ranked.push({ id: id, hit: v.hit, order: order++, key: [entity && v.start ? 1 : 0, entity ? 1 : 0, v.start ? 1 : 0] });
      });
      ranked.sort(function (a, b) {
        if (sort === 'new') return a.order - b.order;
        if (sort === 'old') return a.key[1] - b.key[1] || (a.key[1] ? a.order - b.order : b.order - a.order);
        for (var i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return b.key[i] - a.key[i];
        return a.order - b.order;
      });
      return ranked.map(function (r) { return r.hit; });
    }

    /** Does a text hold every word of the query (folded)? The harness's ground truth. */
    function contains(text, query) {
      var hay = sequence(text).chars.join('');
      return parseQuery(query).every(function (w) { return hay.indexOf(w.join('')) >= 0; });
    }

    // Excerpts start and end where a clause does, so a name is never cut in half.
    var CLAUSE_END = /[。！？；，、：,.;:!?\s“”「」『』（）()]/;

    /** The start of the clause `radius` or so characters before `at` (0 when the text starts nearer). */
    function clauseStart(text, at, radius) {
      if (at - radius <= 0) return 0;
      for (var i = at - radius; i > Math.max(0, at - radius * 2); i--) if (CLAUSE_END.test(text[i - 1])) return i;
      for (var k = at - radius; k < at; k++) if (CLAUSE_END.test(text[k - 1])) return k;
      return at;
    }

    /** The end of the clause that reaches `at` (the text's end when it is near). */
    function clauseEnd(text, at, radius) {
      if (at + radius >= text.length) return text.length;
      for (var i = at; i < at + radius; i++) if (CLAUSE_END.test(text[i])) return i + 1;
      for (var k = at; k > at - radius; k--) if (CLAUSE_END.test(text[k])) return k + 1;
      return at;
    }

    /**
     * A readable excerpt: the original text around the first match, matches in <mark>,
     * everything escaped. Returns HTML.
     */
    function excerpt(text, query, radius) {
      radius = radius || 40;
      text = String(text).replace(/\s+/g, ' ');
      var seq = sequence(text);
      var hay = seq.chars;
      var spans = [];
      for (var w of parseQuery(query)) {
        for (var i = 0; i + w.length <= hay.length; i++) {
          var ok = true;
          for (var j = 0; j < w.length && ok; j++) ok = hay[i + j] === w[j];
          if (ok) {
            var last = seq.at[i + w.length - 1];
            spans.push([seq.at[i], last + (text.codePointAt(last) > 0xffff ? 2 : 1)]);
          }
        }
      }
      spans.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
      var first = spans.length ? spans[0][0] : 0;
      var from = clauseStart(text, first, radius);
      var to = clauseEnd(text, Math.max(first + radius * 2, spans.length ? spans[0][1] : 0), radius);
      var html = from > 0 ? '…' : '';
      var pos = from;
      for (var s of spans) {
        if (s[0] < pos || s[0] >= to) continue;
        html += escapeHtml(text.slice(pos, s[0])) + '<mark>' + escapeHtml(text.slice(s[0], s[1])) + '</mark>';
        pos = s[1];
      }
      if (pos < to) html += escapeHtml(text.slice(pos, to));
      if (to < text.length) html += '…';
      return html;
    }

    return {
      sequence: sequence,
      tokens: tokens,
      indexForm: indexForm,
      parseQuery: parseQuery,
      phraseTokens: phraseTokens,
      search: search,
      contains: contains,
      excerpt: excerpt,
      fold: function (text) { return sequence(text).chars.join(''); },
      filterWord: filterWord,
    };
  }

  function escapeHtml(s) {
    return s.replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  /**
   * An engine over Pagefind (the served site's articles; entity pages are in the script
   * index, search-fallback.js): phrases as exact searches ("骆东 东山"),
   * a single character as a prefix search. Without a sort, exact results come in shard
   * order, then in the order records were added: the site's global order.
   * A filter is a search for its value's word (filterWord), any of a facet's values,
   * every facet; what a result shows is our own file the record's URL names
   * (src/search/pagefind-bundle.ts), under `bundleBase`.
   */
  function pagefindEngine(pf, bundleBase) {
    async function ids(words) {
      var found = new Set();
      for (var i = 0; i < words.length; i++) {
        var r = await pf.search(words[i]);
        ((r && r.results) || []).forEach(function (x) { found.add(x.id); });
      }
      return found;
    }
    return {
      find: async function (tokens, exact, filters) {
        filters = filters || {};
        if (filters.kind && filters.kind.length && filters.kind.indexOf('article') < 0) return [];
        var term = exact ? '"' + tokens.join(' ') + '"' : tokens[0];
        var r = await pf.search(term);
        var hits = (r && r.results) || [];
        var names = Object.keys(filters).filter(function (k) { return k !== 'kind' && filters[k].length; }).sort();
        for (var i = 0; i < names.length && hits.length; i++) {
          var allowed = await ids(filters[names[i]].map(function (v) { return filterWord(names[i], v); }));
          hits = hits.filter(function (x) { return allowed.has(x.id); });
        }
        return hits.map(function (x) {
          return {
            id: x.id,
            kind: 'article',
            words: x.words,
            load: function () {
              return x.data().then(function (fragment) {
                return fetch(bundleBase + fragment.raw_url).then(function (response) {
                  if (!response.ok) throw new Error('search: no result data at ' + fragment.raw_url);
                  return response.json();
                });
              });
            },
          };
        });
      },
    };
  }

  /**
   * Start Pagefind on the site's shards: the first is the primary bundle, the others are
   * merged (mergeIndex). Pagefind reads the query language from <html lang> when it starts
   * and would split a zh query into words (Intl.Segmenter), breaking the bigrams: the index
   * language ('en', no segmentation) is set around that one synchronous moment.
   */
  async function openPagefind(pf, bundleBase, shards, html) {
    var previous = html ? html.getAttribute('lang') : null;
    // noWorker: Pagefind's worker would fetch its own copy of Pagefind (pagefind-worker.js,
    // 41 KB) and run the same work off the main thread; a query here is milliseconds.
    await pf.options({ basePath: bundleBase + shards[0] + '/', baseUrl: '/', noWorker: true });
    if (html) html.setAttribute('lang', 'en');
    var started;
    try {
      started = pf.init();
    } finally {
      if (html && previous !== null) html.setAttribute('lang', previous);
    }
    await started;
    for (var i = 1; i < shards.length; i++) await pf.mergeIndex(bundleBase + shards[i] + '/', { language: 'en' });
    return pf;
  }

  /**
   * One engine over several (the articles' index, then the entity pages' index): hits
   * in the engines' order, so the site's global order is articles, then entity pages.
   */
  function combineEngines(engines) {
    return {
      find: async function (tokens, exact, filters) {
        var all = await Promise.all(engines.map(function (e) { return e.find(tokens, exact, filters); }));
        return [].concat.apply([], all);
      },
    };
  }

  root.BaokanSearchCore = {
    create: create,
    combineEngines: combineEngines,
    pagefindEngine: pagefindEngine,
    filterWord: filterWord,
    openPagefind: openPagefind,
    ENTITY_KINDS: ENTITY_KINDS,
    escapeHtml: escapeHtml,
  };
})(typeof globalThis !== 'undefined' ? globalThis : this);
