// Copy buttons for the citation blocks. The page is complete without this
// script: the buttons stay hidden and the citation text can be selected.
(function () {
  'use strict';
  var section = document.querySelector('.how-to-cite');
  if (!section) return;
  var status = section.querySelector('.copy-status');
  var say = function (text) {
    if (status) status.textContent = text;
  };
  var buttons = section.querySelectorAll('button[data-copy-target]');
  Array.prototype.forEach.call(buttons, function (button) {
    var target = document.getElementById(button.getAttribute('data-copy-target'));
    if (!target) return;
    button.hidden = false;
    button.addEventListener('click', function () {
      var text = target.textContent.replace(/\s+/g, ' ').trim();
      var done = function () { say(section.getAttribute('data-copied')); };
      var failed = function () {
        // No clipboard access (insecure context, permissions): select the text instead.
        var range = document.createRange();
        range.selectNodeContents(target);
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        say(section.getAttribute('data-copy-failed'));
      };
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).then(done, failed);
      else failed();
    });
  });
})();
