// The strict Content-Security-Policy of the issue, with the hash of trunk's loader computed at
// build time (dist/csp.txt): the app runs with zero violations on every screen, in both
// languages, and so do the demo host page under its own strict policy and the widget in it,
// on the app's origin and from another origin. Violations are caught by listening for
// `securitypolicyviolation` in every frame (and Chromium's console errors for them).

import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import { after, describe, test } from 'node:test';
import { assertNoErrors, newPage, useBrowserAndApp, waitForApp, waitForHtmlLang } from './helpers.mjs';
import { startServer } from './server.mjs';
import { choose } from './scan.mjs';
import { appCsp, assertNoViolations, hostCsp, makeHostDir, recordViolationsAndEvents, violations, widget } from './embedding.mjs';
import { UI } from './labels.mjs';

const KEY = 'samenwerkingsscan.v1';
const WOERDEN_STATE = '1|nl|r|2|2232332212341233444433233454|Wijkteam Oost';
const SHARED = 'v1rANV2lqa3RlYW0gT29zdAImgXM4vm3j2fS16dl'; // one response, team "Wijkteam Oost"

let browser;
let app;
let host;
let hostDir;
let csp;

// As the nginx example in docs/hosting.md: the app's policy on everything, the demo page its own.
useBrowserAndApp(
  async (b, s) => {
    browser = b;
    app = s;
    csp = await appCsp();
    hostDir = await makeHostDir(app.url);
    host = await startServer({ root: hostDir, headers: { 'Content-Security-Policy': hostCsp(app.origin) } });
  },
  { headers: (rel) => ({ 'Content-Security-Policy': rel.startsWith('embed/') && rel.endsWith('.html') ? hostCsp() : csp }) },
);

after(async () => {
  await host?.close();
  if (hostDir) await rm(hostDir, { recursive: true, force: true });
});

async function open(viewport, { storage } = {}) {
  const { context, page, errors } = await newPage(browser, viewport, {
    storage: storage ? { origin: app.origin, items: { [KEY]: storage } } : undefined,
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
  await recordViolationsAndEvents(page);
  return { context, page, errors };
}

async function check(page, errors, what) {
  await page.waitForTimeout(100); // let a late violation event arrive
  await assertNoViolations(page, what);
  assertNoErrors(errors, what);
}

// Without the soft hyphens of the displayed dimension names (U+00AD).
const h1 = async (page) => (await page.locator('h1').first().textContent()).replace(/\u00ad/g, '').trim();

describe('the app under the strict policy', () => {
  test('csp.txt is the issue\'s policy plus the hash of each inline script', async () => {
    assert.match(csp, /'sha256-[A-Za-z0-9+/]{43}='/);
    const res = await fetch(app.url);
    assert.equal(res.headers.get('content-security-policy'), csp);
  });

  for (const viewport of ['phone', 'desktop']) {
    test(`welcome, questions, results, shared, compare and broken link at ${viewport} size: zero violations`, async () => {
      const { context, page, errors } = await open(viewport);
      try {
        await page.goto(app.url);
        await waitForApp(page);
        await check(page, errors, 'welcome nl');
        await page.getByRole('button', { name: UI.OTHER_LANGUAGE.nl, exact: true }).click();
        await waitForHtmlLang(page, 'en');
        await check(page, errors, 'welcome en');
        await page.getByRole('button', { name: UI.OTHER_LANGUAGE.en, exact: true }).click();
        await waitForHtmlLang(page, 'nl');
        await page.getByLabel(UI.TEAM_NAME_LABEL.nl).fill('Wijkteam <b>Oost</b>');
        await page.getByRole('button', { name: UI.START.nl }).click();
        assert.equal(await h1(page), 'Systemen');
        await choose(page, 'now', 1, 3);
        await choose(page, 'desired', 1, 4);
        await check(page, errors, 'question 1');
        await page.getByRole('button', { name: UI.NEXT.nl, exact: true }).click();
        assert.equal(await h1(page), 'Faciliteiten');
        await choose(page, 'now', 2, 0);
        await page.locator('.jump summary').click();
        await check(page, errors, 'question 2 with the list of dimensions open');
        await page.getByRole('button', { name: /^14\./ }).click();
        await page.getByRole('button', { name: UI.TO_RESULTS.nl }).click();
        await check(page, errors, 'results with too few answers');
      } finally {
        await context.close();
      }

      const own = await open(viewport, { storage: WOERDEN_STATE });
      try {
        await own.page.goto(app.url);
        await waitForApp(own.page);
        assert.equal(await h1(own.page), UI.RESULTS_TITLE.nl);
        await own.page.locator('svg.qr').waitFor();
        await check(own.page, own.errors, 'results with the share panel and QR code');
        await own.page.locator('.how summary').click();
        await own.page.getByRole('button', { name: UI.COPY.nl }).click();
        await check(own.page, own.errors, 'results, link copied, calculation open');
        await own.page.getByRole('button', { name: UI.START_OVER.nl }).click();
        await own.page.getByRole('alertdialog').waitFor();
        await check(own.page, own.errors, 'start over, asking first');
        await own.page.getByRole('button', { name: UI.CONFIRM_NO.nl }).click();
        await own.page.getByRole('button', { name: UI.OTHER_LANGUAGE.nl, exact: true }).click();
        await waitForHtmlLang(own.page, 'en');
        await check(own.page, own.errors, 'results en');
        await own.page.getByRole('button', { name: UI.OTHER_LANGUAGE.en, exact: true }).click();

        await own.page.goto('about:blank');
        await own.page.goto(`${app.url}#${SHARED}`);
        await waitForApp(own.page);
        assert.equal(await h1(own.page), UI.SHARED_TITLE.nl);
        await check(own.page, own.errors, 'shared link');
        await own.page.getByRole('button', { name: UI.COMPARE.nl }).click();
        await own.page.locator('h1', { hasText: UI.COMPARE_TITLE.nl }).waitFor();
        await check(own.page, own.errors, 'compare');

        for (const broken of ['v1rAAAAbroken', 'v9rAAAA', 'x'.repeat(100_000)]) {
          await own.page.goto('about:blank');
          await own.page.goto(`${app.url}#${broken}`);
          await waitForApp(own.page);
          assert.equal(await h1(own.page), UI.BROKEN_TITLE.nl);
          await check(own.page, own.errors, `broken link ${broken.slice(0, 16)}`);
        }
        await own.page.getByRole('button', { name: UI.OTHER_LANGUAGE.nl, exact: true }).click();
        await waitForHtmlLang(own.page, 'en');
        await check(own.page, own.errors, 'broken link en');

        // The listener works: an inline style attribute is reported.
        await own.page.evaluate(() => {
          const el = document.createElement('div');
          el.setAttribute('style', 'color: red');
          document.body.append(el);
        });
        await own.page.waitForFunction(() => window.__csp.length > 0);
        assert.match((await violations(own.page))[0], /style-src-attr/);
      } finally {
        await own.context.close();
      }
    });
  }
});

describe('the demo page and the widget under strict policies', () => {
  for (const [name, url] of [
    ['on the app origin', () => `${app.url}embed/demo.html`],
    ['from another origin', () => `${host.url}demo.html`],
  ]) {
    test(`${name}: zero violations in the page and in the widget`, async () => {
      const { context, page, errors } = await open('desktop');
      try {
        const response = await page.goto(url());
        assert.match(response.headers()['content-security-policy'], /frame-src/);
        const { frame } = await widget(page);
        await check(page, errors, `demo ${name}, welcome`);
        await frame.getByRole('button', { name: UI.START.nl }).click();
        await choose(frame, 'now', 1, 2);
        await choose(frame, 'desired', 1, 5);
        await frame.getByRole('button', { name: UI.NEXT.nl, exact: true }).click();
        await frame.locator('h1', { hasText: 'Faciliteiten' }).waitFor();
        await check(page, errors, `demo ${name}, question`);
        assert.equal(page.frames().length, 2);
        // The listener works inside the widget too.
        await frame.evaluate(() => document.body.setAttribute('style', 'color: red'));
        await frame.waitForFunction(() => window.__csp.length > 0);
        const found = await violations(page);
        assert.equal(found.length, 1);
        assert.ok(found[0].startsWith(frame.url()), found[0]);
      } finally {
        await context.close();
      }
    });
  }
});
