// Our own index as classic scripts. Chromium refuses module scripts, fetch and
// WebAssembly from a file origin, so Pagefind cannot start there: the build
// writes the articles' index in this form too (pagefind/fallback/). The entity
// pages (people, organisations, meetings) live only in this form
// (pagefind/entities/), served or not: thousands of short pages would each
// cost every first query a line of Pagefind's meta file, here a query loads
// the buckets of its own tokens. Postings are sharded by the first character
// of each token; what results show and their filters are in blocks of
// consecutive documents (a few kilobytes a block); each file calls BaokanFallback.put(key, data)
// when a <script> tag loads it. The engine answers like the Pagefind engine in
// search-core.js: phrases as consecutive tokens, a single character as a
// prefix, hits in the index's order.
(function (root) {
  'use strict';
  var store = Object.create(null);

  function put(key, data) {
    store[key] = data;
  }

  /**
   * base: URL of the index's folder; layout: { buckets, block, shown, kinds: [[kind, from, to], …] }
   * (documents per filter block and per display block; documents from..to-1 are of that kind); load(url) → Promise, resolved once the script
   * ran; name: the folder's name, which its files' keys start with (`entities/t/3`) and
   * which keeps hit ids unique across engines.
   */
  function engine(base, layout, load, name) {
    var buckets = layout.buckets;
    var pending = Object.create(null);
    function get(file) {
      var key = name + '/' + file;
      if (key in store) return Promise.resolve(store[key]);
      if (!pending[key]) {
        pending[key] = load(base + file + '.js').then(function () {
          if (!(key in store)) throw new Error('search index: ' + key + '.js did not register');
          return store[key];
        });
      }
      return pending[key];
    }
    function bucketOf(token) {
      return 't/' + (token.codePointAt(0) % buckets);
    }
    function kindOf(doc) {
      for (var i = 0; i < layout.kinds.length; i++) {
        var k = layout.kinds[i];
        if (doc >= k[1] && doc < k[2]) return k[0];
      }
      return 'article';
    }
    /** A document's filters (kind included); its block is loaded only when a filter needs it. */
    function filtersOf(doc, filters) {
      var keys = Object.keys(filters);
      if (keys.every(function (k) { return k === 'kind'; })) return Promise.resolve({ kind: [kindOf(doc)] });
      var block = Math.floor(doc / layout.block);
      return get('f/' + block).then(function (b) { return b[doc - block * layout.block] || {}; });
    }
    function passes(have, filters) {
      return Object.keys(filters).every(function (k) {
        var values = have[k] || [];
        return filters[k].some(function (v) { return values.indexOf(v) >= 0; });
      });
    }
    async function find(tokens, exact, filters) {
      var found = new Map(); // doc → Set of word positions
      if (exact) {
        // Tokens are overlapping bigrams, so those at even offsets and the last
        // fix every character of the phrase: the ones between need not be loaded.
        var picks = [];
        for (var i = 0; i < tokens.length; i += 2) picks.push(i);
        if (picks[picks.length - 1] !== tokens.length - 1) picks.push(tokens.length - 1);
        var tables = await Promise.all(picks.map(function (k) { return get(bucketOf(tokens[k])).then(function (b) { return decodePostings(b[tokens[k]] || ''); }); }));
        tables[0].forEach(function (starts, doc) {
          var words = new Set();
          starts.forEach(function (p) {
            for (var k = 1; k < picks.length; k++) {
              var at = tables[k].get(doc);
              if (!at || at.indexOf(p + picks[k]) < 0) return;
            }
            for (var j = 0; j < tokens.length; j++) words.add(p + j);
          });
          if (words.size) found.set(doc, words);
        });
      } else {
        var bucket = await get(bucketOf(tokens[0]));
        Object.keys(bucket).forEach(function (t) {
          if (t.indexOf(tokens[0]) !== 0) return;
          decodePostings(bucket[t]).forEach(function (positions, doc) {
            var words = found.get(doc) || new Set();
            positions.forEach(function (p) { words.add(p); });
            found.set(doc, words);
          });
        });
      }
      filters = filters || {};
      var docs = Array.from(found.keys()).sort(function (a, b) { return a - b; });
      var kept = await Promise.all(docs.map(function (doc) {
        return filtersOf(doc, filters).then(function (have) { return passes(have, filters); });
      }));
      var hits = [];
      docs.forEach(function (doc, i) {
        if (!kept[i]) return;
        hits.push({
          id: name + ':' + doc,
          doc: doc,
          kind: kindOf(doc),
          words: Array.from(found.get(doc)).sort(function (a, b) { return a - b; }),
          load: function () {
            var block = Math.floor(doc / layout.shown);
            return get('d/' + block).then(function (b) { return b[doc - block * layout.shown]; });
          },
        });
      });
      return hits;
    }
    return { find: find };
  }

  var DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  /**
   * A token's postings as one string of base-64 variable-length numbers (5 bits a
   * character, the sixth says "more follows"): per document, the gap from the
   * previous document, the number of positions, the gaps between positions. A
   * common token in thousands of short entity pages costs ~3 characters a page,
   * not the ~10 of JSON arrays. Written by src/search/fallback.ts encodePostings.
   */
  function decodePostings(s) {
    var out = new Map();
    var i = 0;
    function next() {
      var n = 0, shift = 0, d;
      do {
        d = DIGITS.indexOf(s.charAt(i++));
        if (d < 0) throw new Error('search index: bad postings');
        n += (d & 31) * Math.pow(2, shift);
        shift += 5;
      } while (d & 32);
      return n;
    }
    var doc = -1;
    while (i < s.length) {
      doc += next() + 1;
      var count = next() + 1;
      var positions = new Array(count);
      var at = -1;
      for (var k = 0; k < count; k++) positions[k] = at += next() + 1;
      out.set(doc, positions);
    }
    return out;
  }

  /** Load a classic script with a <script> tag (works from file://). */
  function scriptLoader(doc) {
    return function (url) {
      return new Promise(function (resolve, reject) {
        var s = doc.createElement('script');
        s.src = url;
        s.async = true;
        s.onload = function () { s.remove(); resolve(); };
        s.onerror = function () { s.remove(); reject(new Error('could not load ' + url)); };
        doc.head.appendChild(s);
      });
    };
  }

  root.BaokanFallback = { put: put, engine: engine, scriptLoader: scriptLoader, decodePostings: decodePostings };
})(typeof globalThis !== 'undefined' ? globalThis : this);
