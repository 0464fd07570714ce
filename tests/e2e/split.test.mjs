// Issue 15: the app in two builds (docs/build.md, docs/architecture.md). A
// participant's page loads the participant's wasm only; the facilitator's screens load the
// facilitator's wasm, which takes over the page with the state, the language and the focus as
// they were; a team link loads the facilitator's wasm only; when it cannot be loaded, the
// reader is told so and can try again, and nothing is lost. At phone and desktop width, in
// Dutch and English, by keyboard, with axe.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  assertNoErrors,
  expectNoAxeViolations,
  openApp,
  screenshot,
  useBrowserAndApp,
  waitForApp,
  waitForHtmlLang,
} from './helpers.mjs';
import { DIMENSIONS, golden } from './golden.mjs';
import { heading } from './scan.mjs';
import { teamLink } from './links.mjs';
import { UI } from './labels.mjs';

let browser;
let server;
useBrowserAndApp((b, s) => {
  browser = b;
  server = s;
});

const TEXT = Object.fromEntries(
  ['nl', 'en'].map((lang) => [
    lang,
    {
      facilitate: UI.FACILITATE[lang],
      team: UI.TEAM_TITLE[lang],
      failed: UI.FACILITATOR_LOAD_FAILED[lang],
      retry: UI.TRY_AGAIN[lang],
      toStart: UI.TO_WELCOME[lang],
      teamField: UI.WORKSHOP_TEAM_LABEL[lang],
    },
  ]),
);

const PARTICIPANT = /\/samenwerkingsscan-[0-9a-f]+(_bg\.wasm|\.js)$/;
const FACILITATOR = /\/facilitator-[0-9a-f]+\.(wasm|js)$/;

/** The app's wasm and glue requested by the page so far, by build. */
function recordBuilds(page) {
  const seen = { participant: 0, facilitator: 0 };
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (PARTICIPANT.test(path)) seen.participant++;
    if (FACILITATOR.test(path)) seen.facilitator++;
  });
  return seen;
}

async function focused(page) {
  return page.evaluate(() => `${document.activeElement?.tagName}: ${document.activeElement?.textContent?.trim()}`);
}

/** Switches the language by keyboard: Tab to the switch, Enter. */
async function switchToEnglish(page) {
  await page.locator('.lang-switch').focus();
  await page.keyboard.press('Enter');
  await waitForHtmlLang(page, 'en');
}

for (const viewport of ['phone', 'desktop']) {
  for (const lang of ['nl', 'en']) {
    const t = TEXT[lang];
    describe(`${viewport}, ${lang}`, () => {
      test('a participant loads only the participant build; the workshop brings the facilitator build, with the focus', async () => {
        const { context, page, errors, close } = await openApp(browser, server, viewport, { path: 'about:blank', waitForApp: false });
        try {
          const seen = recordBuilds(page);
          await page.goto(server.url);
          await waitForApp(page);
          if (lang === 'en') await switchToEnglish(page);
          // The welcome screen is all there, and the facilitator's build was never asked for.
          await page.locator('footer.source').waitFor();
          assert.equal(seen.facilitator, 0, 'the welcome screen loads no facilitator code');
          assert.ok(seen.participant >= 2, 'the participant build (wasm and glue) was loaded');

          // By keyboard: to the button, Enter.
          await page.getByRole('button', { name: t.facilitate }).focus();
          await page.keyboard.press('Enter');
          const field = page.getByLabel(t.teamField);
          await field.waitFor();
          assert.equal(seen.facilitator, 2, 'the facilitator build (wasm and glue) was loaded once');
          assert.equal(await heading(page), t.facilitate);
          // Ready again once the facilitator's build has rendered everything (the participant's
          // took the mark off while it loaded); the focus is then on the new heading.
          await waitForApp(page);
          await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
          assert.equal(await focused(page), `H1: ${t.facilitate}`);
          assert.equal(await page.locator('html').getAttribute('lang'), lang, 'the language came along');
          // The facilitator's app works: it takes typing and keeps it.
          await field.fill('Wijkteam Noord');
          assert.equal(await field.inputValue(), 'Wijkteam Noord');
          await expectNoAxeViolations(page, `facilitator after the hand-over (${viewport}, ${lang})`);
          await screenshot(page, `split-handover-${viewport}-${lang}`);

          assertNoErrors(errors, 'hand-over');
          await context.close();
        } finally {
          await close().catch(() => {});
        }
      });

      test('a team link loads only the facilitator build', async () => {
        const set = golden('woerden');
        const link = teamLink([set, golden('less'), golden('middle')], 'Wijkteam Oost');
        const { page, errors, close } = await openApp(browser, server, viewport, { path: 'about:blank', waitForApp: false });
        try {
          const seen = recordBuilds(page);
          await page.goto(`${server.url}${lang === 'en' ? '?lang=en' : ''}#${link}`);
          await waitForApp(page);
          assert.equal(await heading(page), t.team);
          assert.equal(seen.participant, 0, 'a team link loads no participant build');
          assert.equal(seen.facilitator, 2);
          // The first screen was not left by the reader: the focus stays where the page put it.
          assert.notEqual(await focused(page), `H1: ${t.team}`);
          assertNoErrors(errors, 'team link');
        } finally {
          await close();
        }
      });

      test('when the facilitator build cannot be loaded: a message, nothing lost, and trying again works', async () => {
        // No service worker: the test's network failure must reach the page's own requests
        // (Playwright does not route what a service worker fetches).
        const { context, page, errors, close } = await openApp(browser, server, viewport, {
          path: 'about:blank',
          waitForApp: false,
          contextOptions: { serviceWorkers: 'block' },
        });
        try {
          await page.goto(server.url);
          await waitForApp(page);
          if (lang === 'en') await switchToEnglish(page);
          await page.route(FACILITATOR, (route) => route.abort('internetdisconnected'));
          await page.getByRole('button', { name: t.facilitate }).click();
          const alert = page.getByRole('alert');
          await alert.waitFor();
          assert.ok((await alert.textContent()).startsWith(t.failed), await alert.textContent());
          assert.equal(await heading(page), t.facilitate);
          await expectNoAxeViolations(page, `facilitator build failed (${viewport}, ${lang})`);
          await screenshot(page, `split-failed-${viewport}-${lang}`);

          // "To the start" leaves for the welcome screen, where everything works as before.
          await page.getByRole('button', { name: t.toStart }).click();
          await page.getByRole('button', { name: t.facilitate }).waitFor();
          await page.getByRole('button', { name: t.facilitate }).click();
          await alert.waitFor();

          // The network is back: "Try again" loads the page again, at the workshop, in the language chosen.
          await page.unroute(FACILITATOR);
          await page.getByRole('button', { name: t.retry }).focus();
          await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
          await waitForApp(page);
          await page.getByLabel(t.teamField).waitFor();
          assert.equal(await heading(page), t.facilitate);
          assert.equal(await page.locator('html').getAttribute('lang'), lang);
          const unexpected = errors.filter((e) => !(FACILITATOR.test(e.split(' ')[1] ?? '') || /facilitator-[0-9a-f]+\.(js|wasm)/.test(e)));
          assertNoErrors(unexpected, 'failed hand-over');
          await context.close();
        } finally {
          await close().catch(() => {});
        }
      });
    });
  }
}

describe('state handed over', () => {
  test('the language switched while the facilitator build loads comes along', async () => {
    // No service worker, so the test can hold the facilitator's files back.
    const { page, errors, close } = await openApp(browser, server, 'phone', {
      path: 'about:blank',
      waitForApp: false,
      contextOptions: { serviceWorkers: 'block' },
    });
    try {
      await page.goto(server.url);
      await waitForApp(page);
      let release;
      const released = new Promise((done) => {
        release = done;
      });
      await page.route(FACILITATOR, async (route) => {
        await released;
        await route.continue();
      });
      await page.getByRole('button', { name: TEXT.nl.facilitate }).click();
      await page.getByRole('status').filter({ hasText: 'wordt geladen' }).waitFor();
      await switchToEnglish(page);
      release();
      await page.getByLabel(TEXT.en.teamField).waitFor();
      assert.equal(await heading(page), TEXT.en.facilitate);
      assert.equal(await page.locator('html').getAttribute('lang'), 'en');
      assertNoErrors(errors, 'language switched while loading');
    } finally {
      await close();
    }
  });

  test('with localStorage blocked, the answers, the screen and the notice come along in memory', async () => {
    const { page, errors, close } = await openApp(browser, server, 'phone', { path: 'about:blank', waitForApp: false });
    try {
      // Storage that throws, as in a blocked third-party iframe or a strict private mode.
      await page.addInitScript(() => {
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('blocked', 'SecurityError');
          },
        });
      });
      await page.goto(server.url);
      await waitForApp(page);
      await page.locator('.notice').waitFor();
      // The first dimension answered, then back to the start: the answers live in memory only.
      await page.getByRole('button', { name: UI.START.nl }).click();
      await page.locator('label[for="now-1-3"]').click();
      await page.locator('label[for="desired-1-5"]').click();
      await page.getByRole('button', { name: UI.BACK.nl, exact: true }).click();
      await page.getByRole('button', { name: UI.FACILITATE.nl }).click();
      await page.getByLabel(UI.WORKSHOP_TEAM_LABEL.nl).waitFor();
      assert.equal(await heading(page), UI.FACILITATE.nl, 'the screen came along without storage');
      assert.equal(await page.locator('.notice').count(), 1, 'the storage notice is still said');
      // In the facilitator build: back to the scan, where the answers are as they were.
      await page.getByRole('button', { name: UI.DO_SCAN_YOURSELF.nl }).click();
      await page.getByRole('button', { name: UI.RESUME.nl }).click();
      // It goes on at the first open dimension, the second; the first is as it was answered.
      await page.locator('h1', { hasText: DIMENSIONS.nl[1] }).waitFor();
      await page.getByRole('button', { name: UI.BACK.nl, exact: true }).click();
      await page.locator('h1', { hasText: DIMENSIONS.nl[0] }).waitFor();
      assert.ok(await page.locator('#now-1-3').isChecked(), 'the answer "now" came along');
      assert.ok(await page.locator('#desired-1-5').isChecked(), 'the answer "desired" came along');
      assertNoErrors(errors, 'blocked storage');
    } finally {
      await close();
    }
  });
});
