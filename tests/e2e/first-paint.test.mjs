// The first paint needs no stylesheet request: index.html carries the first screen's CSS inline
// (styles/first-screen.css, scripts/post-build.mjs) and the loader adds the rest, app.css,
// after the first paint (scripts/finish-dist.mjs). These tests hold back app.css and the app's
// script to see the static first screens (welcome, a shared result, a workshop invitation, a
// team result) with the inline CSS alone, then let app.css arrive: no element may move, change
// size or change its look (no layout shift, no flash), at phone and desktop size. And the app
// starts only once app.css has loaded, so nothing it draws is ever shown unstyled.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assertNoErrors, newPage, useBrowserAndApp, waitForApp } from './helpers.mjs';
import { COPY, UI } from './labels.mjs';

let browser;
let server;
useBrowserAndApp((b, s) => {
  browser = b;
  server = s;
});

const FIRST_SCREENS = {
  welcome: '',
  'shared result': '#v1rANV2lqa3RlYW0gT29zdAImgXM4vm3j2fS16dl',
  'workshop invitation': '#v1wAAAA',
  'team result': '#v1tAAAA',
  'team result with agreements (version 2)': '#v2tAAAA',
};

/** The heading each first screen shows before the app has loaded. */
const FIRST_HEADINGS = {
  welcome: COPY.WELCOME_TITLE.nl,
  'shared result': UI.SHARED_TITLE.nl,
  'workshop invitation': UI.JOIN_TITLE.nl,
  'team result': UI.TEAM_TITLE.nl,
  'team result with agreements (version 2)': UI.TEAM_TITLE.nl,
};

/** Every element's box and the computed properties that show, in document order. */
const snapshot = (page) =>
  page.evaluate(() =>
    [...document.body.querySelectorAll('*')]
      .filter((el) => !el.closest('template, script, style'))
      .map((el) => {
        const r = el.getBoundingClientRect();
        const cs = getComputedStyle(el);
        const look = ['display', 'visibility', 'color', 'background-color', 'font-size', 'font-weight', 'font-family', 'line-height', 'border', 'padding', 'margin', 'outline'];
        return {
          el: `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}`,
          box: [r.x, r.y, r.width, r.height].map((v) => Math.round(v * 100) / 100),
          ...Object.fromEntries(look.map((p) => [p, cs.getPropertyValue(p)])),
        };
      }),
  );

/** Holds back requests matching `pattern` until release() (or for ever). */
async function holdBack(page, pattern) {
  let release;
  const released = new Promise((ok) => {
    release = ok;
  });
  let seen;
  const requested = new Promise((ok) => {
    seen = ok;
  });
  await page.route(pattern, async (route) => {
    seen();
    await released;
    await route.continue().catch(() => {});
  });
  return { release, requested };
}

describe('the first paint with the inline CSS alone', () => {
  for (const viewport of ['phone', 'desktop']) {
    for (const [screen, hash] of Object.entries(FIRST_SCREENS)) {
      test(`${screen} at ${viewport} size: nothing moves or changes when app.css arrives`, async () => {
        const { context, page } = await newPage(browser, viewport);
        try {
          const css = await holdBack(page, /\/app-[0-9a-f]+\.css$/);
          // The app's script never comes: the static first screen stays as index.html has it.
          await holdBack(page, /\.(js|wasm)$/);
          await page.goto(new URL(hash, server.url).href, { waitUntil: 'commit' });
          await css.requested;
          const linked = await page.evaluate(() => [...document.querySelectorAll('link[rel=stylesheet]')].map((l) => l.sheet === null));
          assert.deepEqual(linked, [true], 'one stylesheet link, added by the loader, not yet loaded');
          assert.equal(await page.locator('style').count(), 1, 'the first screen\'s inline CSS');
          const before = await snapshot(page);
          assert.ok(before.length >= 6, `only ${before.length} elements on the first screen`);
          assert.equal((await page.locator('main h1').textContent()).trim(), FIRST_HEADINGS[screen], 'the link\'s own first screen');

          css.release();
          await page.waitForFunction(() => document.querySelector('link[rel=stylesheet]')?.sheet?.cssRules.length > 0);
          await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
          const after = await snapshot(page);
          assert.deepEqual(after, before);
          assert.equal(await page.locator('#app[data-ready]').count(), 0, 'the app must not have started');
        } finally {
          await context.close();
        }
      });
    }
  }
});

test('the app starts only once app.css has loaded', async () => {
  const { context, page, errors } = await newPage(browser, 'phone');
  try {
    const css = await holdBack(page, /\/app-[0-9a-f]+\.css$/);
    const wasm = page.waitForResponse(/\.wasm$/);
    await page.goto(server.url, { waitUntil: 'commit' });
    await css.requested;
    await wasm;
    // The glue and the wasm are in; the app waits for the stylesheet.
    await page.waitForTimeout(500);
    assert.equal(await page.locator('#app[data-ready]').count(), 0);
    css.release();
    await waitForApp(page);
    assert.ok(await page.evaluate(() => document.querySelector('link[rel=stylesheet]').sheet.cssRules.length > 0));
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});
