// The only script the preview adds to pages: listen for builds (Server-Sent
// Events) and reload. In the preview page it updates the problem list and
// reloads both views; in a galley opened on its own it reloads that page and
// shows the problems in a box. Plain ES5 text: it runs as it is in the page.
import { routes } from './shell.js';

export const clientScript = `(function () {
  'use strict';
  var shell = document.getElementById('problems') && document.getElementById('html-view');
  if (!shell && window.top !== window) return; // a view inside the preview page: the page reloads it
  // The version the server rendered this page from, so a build that lands before the events connect still reloads it.
  var me = document.currentScript;
  var rendered = me && me.getAttribute('data-version');
  var current = rendered ? Number(rendered) : null;
  var source = new EventSource(${JSON.stringify(routes.events)});
  function list(target, items) {
    target.textContent = '';
    items.forEach(function (item) {
      var li = document.createElement('li');
      li.className = item.severity;
      li.textContent = item.text;
      target.appendChild(li);
    });
  }
  source.addEventListener('build', function (event) {
    var build = JSON.parse(event.data);
    var changed = current !== null && build.version !== current;
    current = build.version;
    window.galleyPreview = build;
    if (shell) {
      var status = document.getElementById('status');
      status.textContent = build.status;
      status.setAttribute('data-ok', String(build.ok));
      list(document.getElementById('problems'), build.items);
      if (changed) ['html-view', 'print-view'].forEach(function (id) {
        var frame = document.getElementById(id);
        try { frame.contentWindow.location.reload(); } catch (e) { frame.src = frame.src; }
      });
    } else if (changed) {
      location.reload();
    } else if (build.items.length) {
      var box = document.createElement('ol');
      box.setAttribute('role', 'alert');
      box.style.cssText = 'position:fixed;left:0;right:0;bottom:0;max-height:40vh;overflow:auto;margin:0;padding:8px 8px 8px 32px;background:#fff4f4;color:#8b0000;border-top:2px solid #b00020;font:13px/1.4 monospace;z-index:2147483647';
      list(box, build.items);
      document.body.appendChild(box);
    }
  });
})();
`;
