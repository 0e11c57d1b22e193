// What runs inside the page once paged.js is done. Kept as plain JavaScript
// text: a compiled TypeScript function could carry helpers the page lacks.

/** A bookmark target found in the laid-out pages. */
export interface OutlineAnchor {
  title: string;
  level: number;
  /** 0-based page index. */
  page: number;
  /** Distance from the top of the page, in CSS px. */
  top: number;
}

export interface FootnotePlacement {
  /** Printed number, or '*' for the first page's note. */
  number: string;
  callPage: number;
  notePage: number;
}

export interface LayoutReport {
  pageCount: number;
  anchors: OutlineAnchor[];
  footnotes: FootnotePlacement[];
  /** `src` of images that did not load. */
  missingImages: string[];
  /** Text laid out beyond a page's text block: it would be missing from the PDF. */
  lostText: { page: number; text: string }[];
  /** The first text of each page (60 characters), to name the block a page begins with. */
  pageStarts?: string[];
}

/**
 * Registered before paged.js starts.
 *
 * Word breaks: paged.js 0.4.3 breaks a word that is hyphenated across a page
 * boundary one letter after the soft hyphen (`Revolut‑ | ion`); the break is
 * moved back to the soft hyphen, or to the start of the word when it has none.
 *
 * Table heads: a table split across pages repeats its header rows on each page.
 * paged.js then adds the hyphen only when both letters match `\w` (ASCII), so a
 * Cyrillic word lost its hyphen at a page end (`казен | ного`): after the
 * overflow is removed, a text that ends at a soft hyphen before a letter gets it.
 *
 * Page floats: a figure that does not fit in what is left of its page (and is
 * not at the page's head) is taken out of the page; the text after it goes on
 * filling the page, and the figure opens the next page. A figure therefore
 * never moves before its place in the source and at most to the top of the
 * following page (docs/print-typography.md).
 */
export const beforeLayoutScript = String.raw`(() => {
  const letter = /[\p{L}\p{M}]/u;
  // paged.js keeps the last value its onOverflow hooks return, so both repairs live in one handler, in order.
  class GalleyBreaks extends window.Paged.Handler {
    constructor(chunker, polisher, caller) {
      super(chunker, polisher, caller);
      this.waiting = [];
    }
    onOverflow(overflow, rendered, bounds, layout) {
      this.breakText = undefined;
      if (!overflow) return overflow;
      const floated = this.floatFigure(overflow, rendered, bounds, layout);
      if (floated === null) return null;
      return this.moveWordBreak(floated || overflow);
    }
    floatFigure(overflow, rendered, bounds, layout) {
      const start = overflow.startContainer;
      const at = start.nodeType === 1 ? start.childNodes[overflow.startOffset] || start : start.parentElement;
      const figure = at && at.closest && at.closest('figure.figure');
      if (!figure || !rendered.contains(figure)) return undefined;
      // A figure at the head of its page goes no further: it would only leave another blank.
      // (Its position says nothing here: overflowing content is laid out in a column beside the page.)
      const first = rendered.querySelector('p, h1, h2, h3, h4, h5, h6, li, figure, table, blockquote');
      if (first === figure) return undefined;
      figure.remove();
      figure.dataset.floated = 'next-page';
      this.waiting.push(figure);
      // The text after the figure goes on filling this page; null: nothing overflows yet, keep laying out.
      return layout.findOverflow(rendered, bounds) || null;
    }
    moveWordBreak(overflow) {
      if (overflow.startContainer.nodeType !== 3) return overflow;
      const text = overflow.startContainer.data;
      const offset = overflow.startOffset;
      this.breakText = overflow.startContainer;
      if (offset === 0 || !letter.test(text[offset - 1] || '') || !letter.test(text[offset] || '')) return overflow;
      let k = offset - 1;
      while (k >= 0 && text[k] !== '\u00AD' && !/\s/.test(text[k])) k -= 1;
      if (k < 0) return overflow;
      const range = overflow.cloneRange();
      range.setStart(overflow.startContainer, k + 1);
      return range;
    }
    afterOverflowRemoved(removed) {
      const node = this.breakText;
      this.breakText = undefined;
      if (!node || !node.data.endsWith('\u00AD')) return;
      const rest = (removed && removed.textContent) || '';
      if (!letter.test(rest.replace(/^\u00AD/, '')[0] || '')) return;
      node.parentNode.classList.add('pagedjs_hyphen');
      node.data += '-';
    }
    onPageLayout(wrapper) {
      // Waiting figures open the next page, in their order.
      for (const figure of this.waiting.splice(0)) wrapper.appendChild(figure);
    }
    afterRendered() {
      window.__galleyUnplacedFigures = this.waiting.map((f) => f.id);
    }
  }
  // paged.js rebuilds a split table on the next page from the row where it broke,
  // without the header: the source table's <thead> is copied in when that row is
  // placed, before the page is measured, so the rows it pushes down move on too.
  class GalleyTableHeads extends window.Paged.Handler {
    renderNode(clone, node) {
      const element = clone && (clone.nodeType === 1 ? clone : clone.parentElement);
      const table = element && element.closest('table[data-split-from]');
      if (!table || table.querySelector(':scope > thead')) return;
      const original = node && (node.nodeType === 1 ? node : node.parentElement);
      const head = original && original.closest('table') && original.closest('table').querySelector(':scope > thead');
      if (!head) return;
      const copy = head.cloneNode(true);
      // No data-ref: paged.js must never map the copy back to the source rows.
      for (const el of [copy, ...copy.querySelectorAll('[data-ref]')]) el.removeAttribute('data-ref');
      copy.setAttribute('data-repeated-head', '');
      table.insertBefore(copy, table.firstChild);
    }
  }
  window.Paged.registerHandlers(GalleyBreaks, GalleyTableHeads);
  return true;
})()`;

/**
 * The repair and the measurements. paged.js 0.4.3 numbers only the first page
 * from `counter-reset: page N`, so the first page's counter is set here instead
 * (`counter-set` is applied after the page's own increment).
 */
export function afterLayoutScript(firstPage: number): string {
  if (!Number.isInteger(firstPage)) throw new TypeError(`Unexpected first page ${firstPage}, expected an integer`);
  return `(() => {
  const pages = Array.from(document.querySelectorAll('.pagedjs_page'));
  if (pages.length) pages[0].style.setProperty('counter-set', 'page ${firstPage}');
  // Elements by the value of an attribute, in document order: one query each instead of one per note or call.
  const byValue = (selector, attribute) => {
    const found = new Map();
    for (const el of document.querySelectorAll(selector)) {
      const value = el.getAttribute(attribute);
      if (!found.has(value)) found.set(value, []);
      found.get(value).push(el);
    }
    return found;
  };
  // paged.js names notes by random uuids; Chromium turns call links into named destinations: make them stable.
  const callLinks = byValue('a[data-footnote-call]', 'data-footnote-call');
  let noteIndex = 0;
  for (const note of document.querySelectorAll('.pagedjs_footnote_area [data-note="footnote"]:not([data-split-from])')) {
    const stable = 'note-' + (++noteIndex);
    for (const call of callLinks.get(note.getAttribute('data-ref')) || []) call.setAttribute('href', '#' + stable);
    note.id = stable;
  }
  const pageOf = (el) => pages.indexOf(el.closest('.pagedjs_page'));
  const topOf = (el) => {
    const page = el.closest('.pagedjs_page');
    return el.getBoundingClientRect().top - page.getBoundingClientRect().top;
  };
  const anchors = [];
  const seen = new Set();
  for (const el of document.querySelectorAll('[data-outline-title]')) {
    if (el.hasAttribute('data-split-from')) continue;
    const key = el.getAttribute('data-ref') || el.id || el.getAttribute('data-outline-title');
    if (seen.has(key)) continue;
    seen.add(key);
    anchors.push({ title: el.getAttribute('data-outline-title'), level: Number(el.getAttribute('data-outline-level') || 1), page: pageOf(el), top: topOf(el) });
  }
  const footnotes = [];
  const notes = byValue('.pagedjs_footnote_area [data-ref]:not([data-split-from])', 'data-ref');
  for (const call of document.querySelectorAll('[data-footnote-call]')) {
    const note = (notes.get(call.getAttribute('data-footnote-call')) || [])[0];
    footnotes.push({
      number: call.classList.contains('footnote-star') ? '*' : (note && note.getAttribute('data-number')) || '?',
      callPage: pageOf(call),
      notePage: note ? pageOf(note) : -1,
    });
  }
  const missingImages = Array.from(document.images).filter((img) => !img.complete || img.naturalWidth === 0).map((img) => img.getAttribute('src'));
  // paged.js keeps overflow it failed to carry over in hidden columns beside the page: find visible text there.
  const lostText = [];
  pages.forEach((page, i) => {
    const content = page.querySelector('.pagedjs_page_content');
    if (!content) return;
    const box = content.getBoundingClientRect();
    const outside = (rects) => Array.from(rects).some((r) => r.width > 0 && (r.left >= box.right - 1 || r.top >= box.bottom - 1));
    // One query for the whole page first: its rectangles include those of every text node in it,
    // so a page with none outside its text block (nearly every page) needs no walk, node by node.
    const whole = document.createRange();
    whole.selectNodeContents(content);
    if (!outside(whole.getClientRects())) return;
    const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.data.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      if (outside(range.getClientRects())) {
        lostText.push({ page: i, text: node.data.replace(/\u00AD/g, '').trim().slice(0, 60) });
        break;
      }
    }
  });
  const pageStarts = pages.map((page) => {
    const content = page.querySelector('.pagedjs_page_content');
    return content ? content.textContent.replace(/\u00AD/g, '').replace(/\s+/g, ' ').trim().slice(0, 60) : '';
  });
  // A figure still waiting for a page when the text ran out was never printed.
  for (const id of window.__galleyUnplacedFigures || []) lostText.push({ page: pages.length - 1, text: 'figure #' + id });
  return { pageCount: pages.length, anchors, footnotes, missingImages, lostText, pageStarts };
})()`;
}
