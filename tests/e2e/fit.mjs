// Does it fit? A check for screens that must show everything at once (the presenter's slides):
// `misfits` lists every text or chart that is cut off by a box that hides its overflow (or
// would have to be scrolled to: overflow auto or scroll), or lies outside the window, and every
// field whose text is longer than it shows; `overlaps` lists every two text boxes that overlap.
// Both return readable strings, empty when all is well. `overflow: hidden` makes "nothing
// scrolls" true by cutting text off; these look for the text itself.
//
//   import { misfits, overlaps } from './fit.mjs';
//   assert.deepEqual(await misfits(page, '.presenter'), [], 'the slide fits');
//
// tests/e2e/slides.test.mjs checks these on a deliberately clipped page first, so they are
// known to catch what they look for.

/** Runs in the page: the boxes the checks look at, under `root`. */
function boxes(rootSelector) {
  const root = document.querySelector(rootSelector);
  if (!root) return { missing: true };
  const describe = (e) => {
    const cls = typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\s+/).join('.') : '';
    return `${e.tagName.toLowerCase()}${cls}`;
  };
  // Hidden on purpose: not rendered, invisible, or clipped to nothing (.visually-hidden).
  const hidden = (e) => {
    for (let a = e; a && a !== document.documentElement; a = a.parentElement) {
      const s = getComputedStyle(a);
      if (s.display === 'none' || (s.clip !== 'auto' && s.position === 'absolute') || s.clipPath !== 'none') return true;
    }
    return getComputedStyle(e).visibility !== 'visible';
  };
  // What of a box its clipping ancestors let show.
  const shown = (e, r) => {
    let [left, top, right, bottom] = [r.left, r.top, r.right, r.bottom];
    for (let a = e.parentElement; a && a !== document.documentElement; a = a.parentElement) {
      const s = getComputedStyle(a);
      if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
      const b = a.getBoundingClientRect();
      left = Math.max(left, b.left + a.clientLeft);
      top = Math.max(top, b.top + a.clientTop);
      right = Math.min(right, b.left + a.clientLeft + a.clientWidth);
      bottom = Math.min(bottom, b.top + a.clientTop + a.clientHeight);
    }
    return { left, top, right, bottom };
  };
  const items = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!node.textContent.trim() || parent.closest('svg') || hidden(parent)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
    if (rects.length) items.push({ element: parent, what: `"${node.textContent.trim().slice(0, 40)}" (${describe(parent)})`, rects, shown: rects.map((r) => shown(parent, r)) });
  }
  // Charts and fields are boxes of their own.
  for (const e of root.querySelectorAll('svg:not(svg svg), input, textarea, select')) {
    if (hidden(e)) continue;
    const r = e.getBoundingClientRect();
    if (r.width > 0 && r.height > 0) items.push({ element: e, what: describe(e), rects: [r], shown: [shown(e, r)], chart: true });
  }
  return { root, items, describe };
}

/** Runs in the page: see `misfits`. */
function findMisfits(rootSelector) {
  const { missing, items, describe } = boxes(rootSelector);
  if (missing) return [`nothing matches ${rootSelector}`];
  const found = new Set();
  const eps = 1;
  const [vw, vh] = [document.documentElement.clientWidth, document.documentElement.clientHeight];
  for (const { element, what, rects } of items) {
    for (const r of rects) {
      if (r.left < -eps || r.top < -eps || r.right > vw + eps || r.bottom > vh + eps) {
        found.add(`${what} is outside the window (${Math.round(r.left)},${Math.round(r.top)} to ${Math.round(r.right)},${Math.round(r.bottom)} in ${vw}x${vh})`);
      }
      for (let a = element.parentElement; a && a !== document.body && a !== document.documentElement; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
        const b = a.getBoundingClientRect();
        const left = b.left + a.clientLeft;
        const top = b.top + a.clientTop;
        const right = left + a.clientWidth;
        const bottom = top + a.clientHeight;
        const cutX = s.overflowX !== 'visible' && (r.left < left - eps || r.right > right + eps);
        const cutY = s.overflowY !== 'visible' && (r.top < top - eps || r.bottom > bottom + eps);
        if (cutX || cutY) {
          found.add(`${what} is cut off by ${describe(a)} (overflow ${s.overflowX} ${s.overflowY}; ${Math.round(r.top)}-${Math.round(r.bottom)} in ${Math.round(top)}-${Math.round(bottom)})`);
        }
      }
    }
  }
  for (const f of document.querySelector(rootSelector).querySelectorAll('input, textarea')) {
    if (f.type && !['text', 'search', 'textarea', 'url', ''].includes(f.type)) continue;
    const tall = f.scrollHeight > f.clientHeight + eps;
    const wide = f.scrollWidth > f.clientWidth + eps;
    if (tall || wide) {
      found.add(`the field ${describe(f)}#${f.id} shows only part of its text (${f.scrollWidth}x${f.scrollHeight} in ${f.clientWidth}x${f.clientHeight})`);
    }
  }
  return [...found];
}

/** Runs in the page: see `overlaps`. */
function findOverlaps(rootSelector) {
  const { missing, items } = boxes(rootSelector);
  if (missing) return [`nothing matches ${rootSelector}`];
  const found = [];
  const eps = 1;
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const [a, b] = [items[i], items[j]];
      // A field and its own text, or a chart and the text it holds, are one box.
      if (a.element.contains(b.element) || b.element.contains(a.element)) {
        if (a.chart || b.chart) continue;
      }
      // Only what shows: a text cut off under another box is the other check's.
      const hit = a.shown.some((p) =>
        b.shown.some((q) => Math.min(p.right, q.right) - Math.max(p.left, q.left) > eps && Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top) > eps),
      );
      if (hit) found.push(`${a.what} overlaps ${b.what}`);
    }
  }
  return found;
}

/**
 * Every text or chart under `root` (a selector) that is cut off by a box hiding its overflow, or
 * lies outside the window, and every field under it whose text is longer than it shows.
 */
export async function misfits(page, root = 'body') {
  return page.evaluate(`(() => { const boxesOf = ${boxes.toString()}; return (${findMisfits.toString().replace('boxes(', 'boxesOf(')})(${JSON.stringify(root)}) })()`);
}

/** Every two text boxes (or charts, or fields) under `root` that overlap. */
export async function overlaps(page, root = 'body') {
  return page.evaluate(`(() => { const boxesOf = ${boxes.toString()}; return (${findOverlaps.toString().replace('boxes(', 'boxesOf(')})(${JSON.stringify(root)}) })()`);
}
