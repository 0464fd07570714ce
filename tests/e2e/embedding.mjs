// Shared by embed.test.mjs, csp.test.mjs and offline.test.mjs: the strict Content-Security-
// Policies, a recorder of CSP violations, host pages on another origin, and checks that the
// widget's iframe fits its content.

import assert from 'node:assert/strict';
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST } from './helpers.mjs';

/**
 * The app's policy as the build wrote it (dist/csp.txt, made by scripts/finish-dist.mjs): the
 * hashes of the inline scripts, and of the inline first-screen CSS.
 */
export async function appCsp() {
  const csp = (await readFile(join(DIST, 'csp.txt'), 'utf8')).trim();
  assert.match(csp, /^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/]+=*')+; style-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+; img-src 'self' data:; object-src 'none'; base-uri 'none'$/);
  return csp;
}

/**
 * A partner page's own strict policy: its own scripts and styles, the embed script and the
 * iframe from the app's origin (`'self'` when the app is on the same origin).
 */
export function hostCsp(appOrigin = "'self'") {
  const app = appOrigin === "'self'" ? '' : ` ${appOrigin}`;
  return [
    "default-src 'self'",
    `script-src 'self'${app}`,
    "style-src 'self'",
    "img-src 'self' data:",
    `frame-src 'self'${app}`,
    "object-src 'none'",
    "base-uri 'none'",
  ].join('; ');
}

/**
 * Records, in every frame of the page, the CSP violations (window.__csp) and the widget's
 * events on the host page (window.__scanEvents). Call before the first navigation.
 */
export async function recordViolationsAndEvents(page) {
  await page.addInitScript(() => {
    window.__csp = [];
    window.__scanEvents = [];
    document.addEventListener(
      'securitypolicyviolation',
      (e) => window.__csp.push(`${e.effectiveDirective}: ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`),
      true,
    );
    for (const type of ['ready', 'finished']) {
      document.addEventListener(`samenwerkingsscan:${type}`, (e) => {
        window.__scanEvents.push({ type, detail: e.detail, target: e.target?.id || null });
      });
    }
  });
}

/** The violations recorded in the page and every frame, each prefixed by its frame's URL. */
export async function violations(page) {
  const all = [];
  for (const frame of page.frames()) {
    const list = await frame.evaluate(() => window.__csp ?? []).catch(() => []);
    all.push(...list.map((v) => `${frame.url()}: ${v}`));
  }
  return all;
}

export async function assertNoViolations(page, what) {
  const found = await violations(page);
  assert.deepEqual(found, [], `${what}: CSP violations\n  ${found.join('\n  ')}`);
}

/** The host page's recorded widget events. */
export function scanEvents(page) {
  return page.evaluate(() => window.__scanEvents);
}

/**
 * A directory with host pages for another origin: `demo.html` is embed/demo.html with the
 * embed script and the app taken from `appUrl` (a partner's setup), plus demo.css and demo.js;
 * `pages` adds more pages: { 'name.html': { attrs: 'data-lang="en" ...' } }, each with one
 * widget (id "widget") between two paragraphs.
 */
export async function makeHostDir(appUrl, pages = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'scan-host-'));
  for (const name of ['demo.css', 'demo.js']) await copyFile(join(DIST, 'embed', name), join(dir, name));
  const demo = await readFile(join(DIST, 'embed', 'demo.html'), 'utf8');
  const rewritten = demo
    .replace('<script src="embed.js" defer></script>', `<script src="${appUrl}embed/embed.js" defer></script>`)
    .replaceAll('data-src="../"', `data-src="${appUrl}"`)
    .replaceAll('href="../"', `href="${appUrl}"`);
  assert.ok(rewritten.includes(`${appUrl}embed/embed.js`) && rewritten.includes(`data-src="${appUrl}"`), 'demo.html changed shape');
  await writeFile(join(dir, 'demo.html'), rewritten);
  for (const [name, { attrs }] of Object.entries(pages)) {
    await writeFile(
      join(dir, name),
      `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Partner</title>
<link rel="stylesheet" href="demo.css">
<script src="${appUrl}embed/embed.js" defer></script>
</head>
<body>
<main class="wrap">
<h1>Partner</h1>
<p>Tekst boven de scan.</p>
<div id="widget" class="scan__frame" data-samenwerkingsscan data-src="${appUrl}" ${attrs}></div>
<p>Tekst onder de scan.</p>
</main>
</body>
</html>
`,
    );
  }
  await writeFile(join(dir, 'blank.html'), '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Blank</title></head><body></body></html>\n');
  return dir;
}

/** The widget's iframe element and its frame, once the app in it has rendered. */
export async function widget(page, selector = '[data-samenwerkingsscan] iframe') {
  const element = await page.waitForSelector(selector, { state: 'attached' });
  const frame = await element.contentFrame();
  await frame.waitForSelector('#app[data-ready]', { state: 'attached', timeout: 30_000 });
  return { element, frame };
}

/** The iframe's height on the host page, in CSS pixels. */
export function frameHeight(element) {
  return element.evaluate((el) => el.getBoundingClientRect().height);
}

/**
 * Sizes inside the frame: the document's scroll size and viewport (no inner scrollbar when
 * scroll <= client), and the content's own height (the root element's box, which unlike
 * scrollHeight does not grow with the viewport).
 */
export function frameSizes(frame) {
  return frame.evaluate(() => {
    const root = document.documentElement;
    return {
      scrollHeight: root.scrollHeight,
      clientHeight: root.clientHeight,
      scrollWidth: root.scrollWidth,
      clientWidth: root.clientWidth,
      content: Math.ceil(root.getBoundingClientRect().height),
    };
  });
}

/**
 * Waits (up to `timeout` ms) until the iframe fits its content: no inner scrollbar either way,
 * and no more than 1 px of empty space below the content (the height follows the content down
 * as well as up; 200 px is the embed script's minimum).
 */
export async function expectFits(element, frame, what, { timeout = 5_000 } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    const height = await frameHeight(element);
    const s = await frameSizes(frame);
    last = { height, ...s };
    const noScrollbar = s.scrollHeight <= height + 1 && s.scrollHeight <= s.clientHeight && s.scrollWidth <= s.clientWidth;
    const followsContent = height <= Math.max(200, s.content) + 1;
    if (noScrollbar && followsContent) return last;
    if (Date.now() > deadline) {
      assert.fail(`${what}: the iframe does not fit its content: ${JSON.stringify(last)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
