// Search page: reads ?q= and the filters from the address, runs the query
// through search-core.js on Pagefind (served) or on the classic-script
// fallback (file://, where Chromium blocks module scripts, fetch and Wasm),
// and lists results with excerpts from the original text.
// The page speaks the reader's script: ?lang=zh-Hans or zh-Hant (the 繁/简
// switch) overrides the site's language for the page's own words.
(function () {
  'use strict';
  var WORDS = {
    'zh-Hant': {
      heading: '搜尋文章', label: '搜尋', submit: '搜尋', filters: '篩選', any: '全部',
      sort: '排序', sortRelevance: '相關度', sortNew: '最新在前', sortOld: '最早在前',
      searching: '正在搜尋…', none: '找不到符合的結果。', count: function (n) { return '找到 ' + n + ' 個結果'; },
      more: '顯示更多結果', offline: '本頁從磁碟開啟（file://），搜尋改用離線索引；結果與線上相同，但第一次搜尋可能較慢。',
      failed: '搜尋無法啟動。', undated: '日期不詳', switchScript: '切換至簡體',
      times: function (n) { return '同名會議 ' + n + ' 次'; },
    },
    'zh-Hans': {
      heading: '搜索文章', label: '搜索', submit: '搜索', filters: '筛选', any: '全部',
      sort: '排序', sortRelevance: '相关度', sortNew: '最新在前', sortOld: '最早在前',
      searching: '正在搜索…', none: '没有找到符合的结果。', count: function (n) { return '找到 ' + n + ' 个结果'; },
      more: '显示更多结果', offline: '本页从磁盘打开（file://），搜索改用离线索引；结果与在线相同，但第一次搜索可能较慢。',
      failed: '搜索无法启动。', undated: '日期不详', switchScript: '切换至繁体',
      times: function (n) { return '同名会议 ' + n + ' 次'; },
    },
  };
  var PAGE = 10;

  var script = document.currentScript;
  // search.js sits at the site root
  var siteRoot = new URL('.', script ? script.src : new URL('../', location.href).href);
  var offline = location.protocol === 'file:';

  function start() {
    var config = window.BAOKAN_SEARCH;
    var Core = window.BaokanSearchCore;
    var form = document.getElementById('search-form');
    if (!config || !Core || !form) return;
    var params = new URLSearchParams(location.search);
    // the page is rendered in the site's script; every page has a twin in the other where the switch is shown
    var siteLang = document.documentElement.getAttribute('lang');
    var switcher = document.querySelector('.script-switch');
    var lang = params.get('lang');
    if (!WORDS[lang]) lang = siteLang;
    if (!WORDS[lang]) lang = 'zh-Hant';
    document.documentElement.setAttribute('lang', lang);
    // what kinds of page and filters are called comes with the site (its page kinds), in each script
    var named = (config.words && config.words[lang]) || {};
    var w = Object.assign({}, WORDS[lang], { kinds: named.kinds || {}, facets: named.facets || {} });
    Array.prototype.forEach.call(document.querySelectorAll('[data-i18n]'), function (el) {
      var text = w[el.getAttribute('data-i18n')];
      if (typeof text === 'string') el.textContent = text;
    });
    document.getElementById('search-q').setAttribute('placeholder', w.heading);
    var otherLang = lang === 'zh-Hans' ? 'zh-Hant' : 'zh-Hans';
    /** The switch leads to this page in the other script, with the same query and filters. */
    function updateSwitch(query) {
      if (!switcher) return;
      var next = new URLSearchParams(query);
      next.set('lang', otherLang);
      switcher.setAttribute('href', '?' + next.toString());
      switcher.setAttribute('hreflang', otherLang);
      switcher.textContent = w.switchScript;
    }
    updateSwitch(location.search);
    if (params.get('lang')) {
      var keep = document.createElement('input');
      keep.type = 'hidden';
      keep.name = 'lang';
      keep.value = lang;
      form.appendChild(keep);
    }

    var core = Core.create(config.fold);
    var sortField = document.getElementById('search-sort');
    sortField.value = params.get('sort') || '';
    var input = document.getElementById('search-q');
    var status = document.getElementById('search-status');
    var list = document.getElementById('search-results');
    input.value = params.get('q') || '';
    buildFilters(config, w, params);
    if (offline) {
      var note = document.getElementById('search-offline');
      note.textContent = w.offline;
      note.hidden = false;
    }

    var engine = null;
    function getEngine() {
      if (!engine) {
        engine = offline ? Promise.resolve(fallbackEngine(config)) : servedEngine(config, Core).catch(function () {
          // a server that cannot run Pagefind (no Wasm): the fallback gives the same results
          return fallbackEngine(config);
        });
      }
      return engine;
    }

    var run = 0;
    // meetings of one name (a body's monthly meeting) shown once, with how many there are
    var meetingsShown = new Map();
    async function search() {
      var mine = ++run;
      meetingsShown = new Map();
      var q = input.value.trim();
      list.textContent = '';
      if (!q) {
        status.textContent = '';
        return;
      }
      status.textContent = w.searching;
      list.setAttribute('aria-busy', 'true');
      var filters = currentFilters();
      try {
        var hits = await core.search(await getEngine(), q, filters, sortField.value);
        if (mine !== run) return;
        await show(hits, 0, q, mine);
        if (mine !== run) return;
        status.textContent = hits.length ? w.count(hits.length) : w.none;
      } catch (error) {
        status.textContent = w.failed;
        throw error;
      } finally {
        if (mine === run) list.setAttribute('aria-busy', 'false');
      }
    }

    async function show(hits, from, q, mine) {
      var items = await Promise.all(hits.slice(from, from + PAGE).map(function (h) { return h.load(); }));
      if (mine !== run) return;
      items.forEach(function (d) {
        var same = d.kind === 'meeting' ? meetingsShown.get(d.title) : null;
        if (same) {
          same.count += 1;
          if (!same.label) {
            same.label = document.createElement('span');
            same.label.className = 'result-count';
            same.li.querySelector('.result-meta').append(' · ', same.label);
          }
          same.label.textContent = w.times(same.count);
          return;
        }
        var li = resultItem(d, q);
        if (d.kind === 'meeting') meetingsShown.set(d.title, { count: 1, label: null, li: li });
        list.appendChild(li);
      });
      var old = document.getElementById('search-more');
      if (old) old.remove();
      if (from + PAGE < hits.length) {
        var more = document.createElement('button');
        more.type = 'button';
        more.id = 'search-more';
        more.textContent = w.more;
        more.addEventListener('click', function () { show(hits, from + PAGE, q, mine); });
        list.after(more);
      }
    }

    /** 2018-11-30 → 2018年11月30日, --11-05 → 11月5日 (no year known), as the pages write dates. */
    function dateLabel(iso) {
      var m = /^(\d{4}|--)(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
      if (!m) return iso;
      return (m[1] === '--' ? '' : m[1] + '年') + (m[2] ? Number(m[2]) + '月' : '') + (m[3] ? Number(m[3]) + '日' : '');
    }

    function resultItem(d, q) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.className = 'result-title';
      a.href = pageHref(inReadersScript(d));
      a.textContent = d.title;
      li.appendChild(a);
      var meta = document.createElement('p');
      meta.className = 'result-meta';
      // an article without a date says so; people and organisations have none, and show their post or names instead
      var when = d.date ? dateLabel(d.date) : d.kind === 'article' ? w.undated : null;
      meta.textContent = [w.kinds[d.kind] || d.kind, when, d.kicker].filter(Boolean).join(' · ');
      li.appendChild(meta);
      var p = document.createElement('p');
      p.className = 'result-excerpt';
      p.innerHTML = core.excerpt(d.text, q); // escaped by the core; only <mark> is markup
      li.appendChild(p);
      return li;
    }

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var next = new URLSearchParams();
      next.set('q', input.value.trim());
      var f = currentFilters();
      Object.keys(f).forEach(function (k) { f[k].forEach(function (v) { next.append(k, v); }); });
      if (sortField.value) next.set('sort', sortField.value);
      if (params.get('lang')) next.set('lang', lang);
      history.replaceState(null, '', '?' + next.toString());
      updateSwitch(next);
      search();
    });
    form.addEventListener('change', function (event) {
      if (event.target && event.target.id !== 'search-q') form.requestSubmit();
    });
    if (input.value) search();

    /**
     * A result's page in the reader's script: an article's own page is in its
     * own script (d.lang), an entity page in the site's; the other script's
     * version is under /zh-hans/ or /zh-hant/ (src/render/script-paths.ts), where
     * the site has them (the switch is shown).
     */
    function inReadersScript(d) {
      var own = d.kind === 'article' && WORDS[d.lang] ? d.lang : siteLang;
      if (!switcher || own === lang) return d.url;
      return (lang === 'zh-Hans' ? '/zh-hans' : '/zh-hant') + '/' + String(d.url).replace(/^\/+/, '');
    }
  }

  function buildFilters(config, w, params) {
    var box = document.getElementById('search-filters');
    var shown = 0;
    var typed = config.typedFacets || {};
    // the filters in the order the site lists them (src/search/documents.ts FACETS)
    (config.filters || []).forEach(function (name) {
      var values = (config.facets && config.facets[name]) || [];
      var count = values.length || typed[name] || 0;
      if (!count || (name === 'kind' && count < 2)) return;
      var label = document.createElement('label');
      label.appendChild(document.createTextNode(w.facets[name] || name));
      var field;
      if (!typed[name]) {
        field = document.createElement('select');
        var any = document.createElement('option');
        any.value = '';
        any.textContent = w.any;
        field.appendChild(any);
        values.forEach(function (v) {
          var o = document.createElement('option');
          o.value = v;
          o.textContent = name === 'kind' ? w.kinds[v] || v : v;
          field.appendChild(o);
        });
      } else {
        // thousands of names: suggestions from pagefind/baokan-facets.js, loaded when the field is first used
        field = document.createElement('input');
        field.type = 'text';
        var listId = 'facet-' + name + '-values';
        field.setAttribute('list', listId);
        var dl = document.createElement('datalist');
        dl.id = listId;
        label.appendChild(dl);
        var fill = function () {
          field.removeEventListener('focus', fill);
          field.removeEventListener('input', fill);
          typedValues().then(function (all) {
            (all[name] || []).forEach(function (v) {
              var o = document.createElement('option');
              o.value = v;
              dl.appendChild(o);
            });
          });
        };
        field.addEventListener('focus', fill);
        field.addEventListener('input', fill);
      }
      field.name = name;
      field.id = 'facet-' + name;
      field.className = 'search-facet';
      field.value = params.get(name) || '';
      label.appendChild(field);
      box.appendChild(label);
      shown++;
    });
    box.hidden = shown === 0;
  }

  var typedLoad = null;
  /** The typed facets' values: a classic script, so it loads from file:// too. */
  function typedValues() {
    if (!typedLoad) {
      typedLoad = new Promise(function (resolve) {
        var s = document.createElement('script');
        s.src = new URL('pagefind/baokan-facets.js', siteRoot).href;
        s.onload = s.onerror = function () { resolve(window.BAOKAN_FACETS || {}); };
        document.head.appendChild(s);
      });
    }
    return typedLoad;
  }

  function currentFilters() {
    var f = {};
    Array.prototype.forEach.call(document.querySelectorAll('.search-facet'), function (el) {
      if (el.value) f[el.name] = [el.value];
    });
    return f;
  }

  /** A result's page, relative to the site root (works under a sub-path and from disk). */
  function pageHref(url) {
    var href = new URL(String(url).replace(/^\/+/, ''), siteRoot).href;
    return offline && /\/$/.test(href) ? href + 'index.html' : href;
  }

  /** The entity pages' index (classic scripts, served and from disk alike). */
  function scriptIndex(config, name) {
    var F = window.BaokanFallback;
    return F.engine(new URL('pagefind/' + name + '/', siteRoot).href, config[name], F.scriptLoader(document), name);
  }

  async function servedEngine(config, Core) {
    if (!config.shards.length) return scriptIndex(config, 'entities');
    var bundles = new URL('pagefind/', siteRoot).href;
    var pf = await import(bundles + config.shards[0] + '/pagefind.js');
    await Core.openPagefind(pf, bundles, config.shards, document.documentElement);
    return Core.combineEngines([Core.pagefindEngine(pf, bundles), scriptIndex(config, 'entities')]);
  }

  /** From disk: each shard's articles from its classic-script index (in shard order, the global one), then the entity pages. */
  function fallbackEngine(config) {
    var F = window.BaokanFallback;
    var shards = config.shards.map(function (shard, i) {
      return F.engine(new URL('pagefind/' + shard + '/fallback/', siteRoot).href, config.fallback[i], F.scriptLoader(document), shard + '/fallback');
    });
    return window.BaokanSearchCore.combineEngines(shards.concat([scriptIndex(config, 'entities')]));
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
