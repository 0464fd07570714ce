// Shared harness for the end-to-end tests (node --test tests/e2e/): the one setup every test
// file uses.
//
// Drives Debian's /usr/bin/chromium through playwright-core (no browser download), against the
// release build in dist/ served by ./server.mjs. Typical use:
//
//   let browser, server;
//   useBrowserAndApp((b, s) => { browser = b; server = s; });      // or useBrowser(...)
//   const { page, errors, close } = await openApp(browser, server, 'phone');   // app loaded
//   const { page, errors, close } = await newPage(browser, 'phone', { storage }); // nothing loaded
//   ...; assertNoErrors(errors); await close();
//
// The labels the tests press and look for are in ./labels.mjs.
//
// Environment: CHROME_PATH (default /usr/bin/chromium), E2E_DIST (default <repo>/dist),
// E2E_SCREENSHOTS (default <repo>/screenshots).

import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = resolve(process.env.E2E_DIST ?? join(REPO_ROOT, 'dist'));
export const SCREENSHOT_DIR = resolve(process.env.E2E_SCREENSHOTS ?? join(REPO_ROOT, 'screenshots'));
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

// Flags our closed network needs (shared/ENGINEERING.md); --no-sandbox because we run as root.
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

/** The two viewports every screen is checked at. */
export const VIEWPORTS = {
  phone: {
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  },
  desktop: {
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    isMobile: false,
    hasTouch: false,
  },
};

/** Launches headless Debian Chromium. Close it in `after()`. */
export async function launchBrowser(options = {}) {
  return chromium.launch({
    executablePath: CHROME_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    timeout: 60_000,
    ...options,
  });
}

/**
 * Starts Chromium before a test file's tests and closes it after them; `ready(browser)`
 * receives it (awaited, like useBrowserAndApp's).
 */
export function useBrowser(ready) {
  let browser;
  before(async () => {
    browser = await launchBrowser();
    await ready(browser);
  });
  after(async () => {
    await browser?.close();
  });
}

/**
 * Starts Chromium and the app's server before a test file's tests and stops both after them;
 * `ready(browser, server)` receives them. One line instead of the same hooks in every file.
 * `options` go to startApp (basePath, headers, root). `ready` is awaited: a file's own set-up
 * that needs the app (its URL, say) goes there, so it runs after the app has started (a second
 * top-level `before` is not ordered after this one).
 */
export function useBrowserAndApp(ready, options = {}) {
  let browser;
  let server;
  before(async () => {
    browser = await launchBrowser();
    server = await startApp(options);
    await ready(browser, server);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
}

/**
 * Serves dist/ on a free port. `basePath` mounts the app under a sub-folder (the build uses
 * relative URLs, so it must work anywhere); `headers` adds response headers (e.g. a CSP).
 */
export async function startApp({ basePath = '/', headers, root = DIST } = {}) {
  return startServer({ root, basePath, headers });
}

/**
 * A fresh browser context and a page in it, nothing loaded yet: the setup every test starts
 * from. `viewport` is a name of VIEWPORTS ('phone', 'desktop') or context options of its own.
 * Collects page errors, console errors and failed requests into `errors` (assert it empty).
 * Options:
 *   locale          'nl-NL' unless given (null: the browser's own)
 *   reducedMotion   'reduce' unless given (null: the browser's own)
 *   timeout         the page's default timeout, 15 s
 *   storage         localStorage before the first script runs: { origin, items: { key: value } }
 *   dialogs         true: an alert/confirm/prompt is dismissed and recorded as an error
 *   contextOptions  more options for browser.newContext (acceptDownloads, storageState, ...)
 * @returns {Promise<{context, page, errors: string[], close: () => Promise<void>}>}
 */
export async function newPage(browser, viewport = 'desktop', opts = {}) {
  const vp = typeof viewport === 'string' ? VIEWPORTS[viewport] : viewport;
  assert.ok(vp, `unknown viewport ${viewport}; use one of ${Object.keys(VIEWPORTS).join(', ')}`);
  const locale = opts.locale === undefined ? 'nl-NL' : opts.locale;
  const reducedMotion = opts.reducedMotion === undefined ? 'reduce' : opts.reducedMotion;
  const context = await browser.newContext({
    ...vp,
    ...(locale ? { locale } : {}),
    ...(reducedMotion ? { reducedMotion } : {}),
    ...(opts.storage ? { storageState: savedState(opts.storage.origin, opts.storage.items) } : {}),
    ...(opts.contextOptions ?? {}),
  });
  const { page, errors } = await addPage(context, opts);
  return { context, page, errors, close: () => context.close() };
}

/** Another page in `context`, with the same default timeout and error recording as newPage. */
export async function addPage(context, { timeout = 15_000, dialogs = false } = {}) {
  const page = await context.newPage();
  if (timeout !== null) page.setDefaultTimeout(timeout);
  const errors = collectErrors(page);
  if (dialogs) dismissDialogs(page, errors);
  return { page, errors };
}

/** A context's storageState with `items` (key: value) in the localStorage of `origin`. */
export function savedState(origin, items) {
  return { origins: [{ origin, localStorage: Object.entries(items).map(([name, value]) => ({ name, value })) }] };
}

/** Dismisses every dialog and records it in `errors`: the app never opens one. */
export function dismissDialogs(page, errors) {
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    d.dismiss();
  });
}

/**
 * Opens the app in a fresh browser context at a named viewport ('phone' or 'desktop') and
 * waits until it has rendered (`waitForApp: false`: only until the page has loaded). `path`
 * is resolved against the app's URL; the other options are newPage's.
 * @returns {Promise<{context, page, errors: string[], close: () => Promise<void>}>}
 */
export async function openApp(browser, server, viewportName = 'desktop', opts = {}) {
  const opened = await newPage(browser, viewportName, opts);
  const url = new URL(opts.path ?? '', server.url).href;
  await opened.page.goto(url, { waitUntil: 'load' });
  if (opts.waitForApp !== false) await waitForApp(opened.page);
  return opened;
}

/**
 * Records uncaught exceptions, console.error output and failed or 4xx/5xx requests. The
 * browser's own /favicon.ico probe is ignored (the page did not ask for it).
 */
export function collectErrors(page) {
  const errors = [];
  const browserProbe = (url) => /\/favicon\.ico(\?|$)/.test(url ?? '');
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.stack ?? err.message ?? err}`));
  page.on('console', (msg) => {
    if (msg.type() !== 'error' || browserProbe(msg.location?.()?.url)) return;
    errors.push(`console.error: ${msg.text()} ${locationOf(msg)}`.trim());
  });
  page.on('requestfailed', (req) => {
    if (browserProbe(req.url())) return;
    errors.push(`requestfailed: ${req.url()} ${req.failure()?.errorText ?? ''}`.trim());
  });
  page.on('response', (res) => {
    if (res.status() >= 400 && !browserProbe(res.url())) errors.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  return errors;
}

function locationOf(msg) {
  const loc = msg.location?.();
  return loc?.url ? `(${loc.url}:${loc.lineNumber})` : '';
}

/** Fails with the collected errors listed, if there are any. */
export function assertNoErrors(errors, what = 'page') {
  assert.deepEqual(errors, [], `${what} reported errors:\n  ${errors.join('\n  ')}`);
}

/**
 * Waits until the app has rendered: Yew mounts on `#app` (replacing the static loading screen
 * of index.html) and marks it `data-ready` after its first render (src/platform.rs).
 */
export async function waitForApp(page, { timeout = 30_000 } = {}) {
  await page.waitForSelector('#app[data-ready]', { state: 'attached', timeout });
}

/**
 * Waits until some element whose text contains `text` is visible (several matching elements
 * are fine; hidden ones do not count). `exact: true` requires the whole text to match.
 */
export async function waitForVisibleText(page, text, { exact = false, timeout } = {}) {
  const locator = page.getByText(text, { exact }).filter({ visible: true }).first();
  await locator.waitFor({ state: 'visible', timeout });
  return locator;
}

/** Resolves to document.documentElement.lang once it equals `lang` (or fails after timeout). */
export async function waitForHtmlLang(page, lang, { timeout = 5_000 } = {}) {
  await page
    .waitForFunction((l) => document.documentElement.lang === l, lang, { timeout })
    .catch(async () => {
      const actual = await page.evaluate(() => document.documentElement.lang);
      assert.fail(`<html lang> is "${actual}", expected "${lang}"`);
    });
}

let axeSource;
/**
 * Runs axe-core (node_modules/axe-core/axe.min.js) on the page with the WCAG 2.0/2.1 A and AA
 * rules and returns the violations (an array; empty is good). `context` narrows what is checked.
 */
export async function axe(page, { context, tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'], rules } = {}) {
  axeSource ??= await readFile(join(REPO_ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  const hasAxe = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!hasAxe) await page.addScriptTag({ content: axeSource });
  return page.evaluate(
    async ({ context, tags, rules }) => {
      const result = await window.axe.run(context ?? document, {
        runOnly: { type: 'tag', values: tags },
        ...(rules ? { rules } : {}),
        resultTypes: ['violations'],
      });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, summary: n.failureSummary })),
      }));
    },
    { context, tags, rules },
  );
}

/** Fails with the readable listing when axe-core finds any violation on the page. */
export async function expectNoAxeViolations(page, what = 'page') {
  const violations = await axe(page);
  assert.deepEqual(violations, [], `${what}: axe violations\n${formatViolations(violations)}`);
}

/** A readable one-line-per-node listing of axe violations, for assertion messages. */
export function formatViolations(violations) {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}  ${n.html}`).join('\n')}`)
    .join('\n');
}

/** Saves a full-page PNG to screenshots/<name>.png (gitignored) and returns its path. */
export async function screenshot(page, name, { fullPage = true } = {}) {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = join(SCREENSHOT_DIR, `${name.replace(/[^A-Za-z0-9_.-]+/g, '-')}.png`);
  await page.screenshot({ path: file, fullPage, animations: 'disabled' });
  return file;
}
