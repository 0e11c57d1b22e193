// Runs in the print view after paged.js has laid the pages out: keeps the page
// and the scroll position across the reloads every save causes, and shows the
// page count against the article's page range (pages beyond it are marked).
// Plain ES5 text: it runs as it is in the page.

/** The sessionStorage key: one position per article (a tab previews one at a time). */
export const scrollKey = (articleId: string) => `galley-preview-print:${articleId}`;

export function printPaneScript(articleId: string, firstPage: number, lastPage: number | undefined): string {
  return `(function () {
  var key = ${JSON.stringify(scrollKey(articleId))};
  var first = ${JSON.stringify(firstPage)}, last = ${JSON.stringify(lastPage ?? null)};
  var pages = Array.prototype.slice.call(document.querySelectorAll('.pagedjs_page'));
  var count = pages.length;
  var expected = last === null ? null : last - first + 1;
  var badge = document.createElement('div');
  badge.id = 'galley-page-count';
  badge.setAttribute('role', 'status');
  var range = first + (count > 1 ? '\\u2013' + (first + count - 1) : '');
  var over = expected !== null && count > expected, under = expected !== null && count < expected;
  badge.textContent = count + ' page' + (count === 1 ? '' : 's') + ' (' + range + ')' +
    (expected === null ? ', no last page set: the layout decides it' : over ? ', ' + (count - expected) + ' beyond ' + first + '\\u2013' + last : under ? ', ' + (expected - count) + ' short of ' + first + '\\u2013' + last : ', fits ' + first + '\\u2013' + last);
  badge.setAttribute('data-fits', String(!over && !under));
  badge.style.cssText = 'position:fixed;top:6px;right:6px;z-index:2147483647;padding:3px 8px;border-radius:3px;font:12px/1.4 system-ui,sans-serif;color:#fff;background:' + (over || under ? '#b00020' : '#2d6a2d');
  document.body.appendChild(badge);
  if (expected !== null) pages.forEach(function (page, i) {
    if (i < expected) return;
    page.setAttribute('data-beyond-range', 'true');
    page.style.outline = '4px solid #b00020';
  });
  // Where the reader was: the page at the top of the pane and how far into it.
  function save() {
    var y = window.scrollY, index = 0;
    for (var i = 0; i < pages.length; i++) if (pages[i].offsetTop <= y + 1) index = i;
    try { sessionStorage.setItem(key, JSON.stringify({ page: index, offset: pages.length ? y - pages[index].offsetTop : y, x: window.scrollX })); } catch (e) {}
  }
  var saved = null;
  try { saved = JSON.parse(sessionStorage.getItem(key) || 'null'); } catch (e) {}
  if (saved && pages.length) {
    var page = pages[Math.min(saved.page, pages.length - 1)];
    window.scrollTo(saved.x || 0, page.offsetTop + Math.min(saved.offset, page.offsetHeight));
  }
  var timer = null;
  window.addEventListener('scroll', function () { clearTimeout(timer); timer = setTimeout(save, 100); });
  window.addEventListener('pagehide', save);
  document.documentElement.setAttribute('data-page-count', String(count));
})();`;
}
