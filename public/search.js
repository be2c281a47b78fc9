// Search page: Pagefind UI in the page's script, started with the query from
// the address (?q=…), so the search box in every page's header lands here
// with results shown.
(function () {
  'use strict';
  var TRANSLATIONS = {
    'zh-hant': {
      placeholder: '搜尋文章',
      clear_search: '清除',
      load_more: '載入更多結果',
      search_label: '搜尋本站',
      filters_label: '篩選',
      zero_results: '找不到 [SEARCH_TERM] 的結果',
      many_results: '找到 [COUNT] 個 [SEARCH_TERM] 的結果',
      one_result: '找到 [COUNT] 個 [SEARCH_TERM] 的結果',
      alt_search: '找不到 [SEARCH_TERM] 的結果，改為顯示 [DIFFERENT_TERM] 的結果',
      search_suggestion: '找不到 [SEARCH_TERM] 的結果，請嘗試以下搜尋：',
      searching: '正在搜尋 [SEARCH_TERM]…'
    },
    'zh-hans': {
      placeholder: '搜索文章',
      clear_search: '清除',
      load_more: '加载更多结果',
      search_label: '搜索本站',
      filters_label: '筛选',
      zero_results: '没有找到 [SEARCH_TERM] 的结果',
      many_results: '找到 [COUNT] 个 [SEARCH_TERM] 的结果',
      one_result: '找到 [COUNT] 个 [SEARCH_TERM] 的结果',
      alt_search: '没有找到 [SEARCH_TERM] 的结果，改为显示 [DIFFERENT_TERM] 的结果',
      search_suggestion: '没有找到 [SEARCH_TERM] 的结果，请尝试以下搜索：',
      searching: '正在搜索 [SEARCH_TERM]…'
    }
  };
  function start() {
    if (!document.getElementById('search') || typeof window.PagefindUI !== 'function') return;
    var lang = (document.documentElement.getAttribute('lang') || '').toLowerCase();
    var options = { element: '#search', showSubResults: true, showImages: false };
    if (TRANSLATIONS[lang]) options.translations = TRANSLATIONS[lang];
    var ui = new window.PagefindUI(options);
    var q = new URLSearchParams(window.location.search).get('q');
    if (q) ui.triggerSearch(q);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
