// Search without a server (file://): Chromium refuses module scripts, fetch and
// WebAssembly from a file origin, so Pagefind cannot start. The build writes the
// same index as classic scripts under pagefind/fallback/ (postings sharded by the
// first character of each token, one file per document for excerpts); each file
// calls BaokanFallback.put(key, data) when a <script> tag loads it. The engine
// answers like the Pagefind engine in search-core.js: phrases as consecutive
// tokens, a single character as a prefix, hits in the site's global order.
(function (root) {
  'use strict';
  var store = Object.create(null);

  function put(key, data) {
    store[key] = data;
  }

  /** base: URL of pagefind/fallback/; load(url) → Promise, resolved once the script ran. */
  function engine(base, buckets, load) {
    var pending = Object.create(null);
    function get(key) {
      if (key in store) return Promise.resolve(store[key]);
      if (!pending[key]) {
        pending[key] = load(base + key + '.js').then(function () {
          if (!(key in store)) throw new Error('search fallback: ' + key + '.js did not register');
          return store[key];
        });
      }
      return pending[key];
    }
    function bucketOf(token) {
      return 't/' + (token.codePointAt(0) % buckets);
    }
    function passes(doc, filters) {
      return Object.keys(filters).every(function (k) {
        var have = doc[k] || [];
        return filters[k].some(function (v) { return have.indexOf(v) >= 0; });
      });
    }
    /** postings: [[doc, pos, pos…], …] by doc → Map doc → positions */
    function byDoc(postings) {
      var m = new Map();
      (postings || []).forEach(function (p) { m.set(p[0], p.slice(1)); });
      return m;
    }

    async function find(tokens, exact, filters) {
      var docs = await get('docs');
      var found = new Map(); // doc → Set of word positions
      if (exact) {
        var tables = await Promise.all(tokens.map(function (t) { return get(bucketOf(t)).then(function (b) { return byDoc(b[t]); }); }));
        tables[0].forEach(function (starts, doc) {
          var words = new Set();
          starts.forEach(function (p) {
            for (var i = 1; i < tables.length; i++) {
              var at = tables[i].get(doc);
              if (!at || at.indexOf(p + i) < 0) return;
            }
            for (var j = 0; j < tables.length; j++) words.add(p + j);
          });
          if (words.size) found.set(doc, words);
        });
      } else {
        var bucket = await get(bucketOf(tokens[0]));
        Object.keys(bucket).forEach(function (t) {
          if (t.indexOf(tokens[0]) !== 0) return;
          byDoc(bucket[t]).forEach(function (positions, doc) {
            var words = found.get(doc) || new Set();
            positions.forEach(function (p) { words.add(p); });
            found.set(doc, words);
          });
        });
      }
      var hits = [];
      found.forEach(function (words, doc) {
        if (!passes(docs[doc], filters || {})) return;
        hits.push({
          id: String(doc),
          doc: doc,
          kind: (docs[doc].kind || ['article'])[0],
          words: Array.from(words).sort(function (a, b) { return a - b; }),
          load: function () { return get('d/' + doc); },
        });
      });
      hits.sort(function (a, b) { return a.doc - b.doc; });
      return hits;
    }
    return { find: find };
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

  root.BaokanFallback = { put: put, engine: engine, scriptLoader: scriptLoader };
})(typeof globalThis !== 'undefined' ? globalThis : this);
