// The self-assessment as a person meets it: welcome, 14 dimensions by touch, click or keyboard,
// the results for golden answer sets, resuming after a reload, surviving blocked storage, start
// over, print, and axe-core on every screen, at phone and desktop size, in Dutch and English.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  assertNoErrors,
  expectNoAxeViolations,
  useBrowserAndApp,
  openApp,
  screenshot,
  waitForHtmlLang,
} from './helpers.mjs';
import { DIMENSIONS, MODELS, golden } from './golden.mjs';
import { answerAll, choose, heading, plain } from './scan.mjs';
import { COPY, UI } from './labels.mjs';

let browser;
let server;
useBrowserAndApp((b, s) => {
  browser = b;
  server = s;
});

/** No horizontal scrolling: the page is no wider than the viewport. */
async function expectNoHorizontalScroll(page, what) {
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: window.innerWidth,
  }));
  assert.ok(scroll <= width, `${what}: page is ${scroll}px wide in a ${width}px viewport`);
}

/** Every visible button and radio label is at least 44 by 44 CSS pixels. */
async function expectTouchTargets(page, what) {
  const small = await page.evaluate(() =>
    [...document.querySelectorAll('button, .scale label, select, input[type=text], summary')]
      .filter((el) => el.offsetParent !== null)
      .map((el) => ({ el: el.outerHTML.slice(0, 80), r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width < 44 || r.height < 44)
      .map(({ el, r }) => `${Math.round(r.width)}x${Math.round(r.height)} ${el}`),
  );
  assert.deepEqual(small, [], `${what}: touch targets under 44px`);
}


/** The results show the golden set's models and priorities, in order. */
async function expectResults(page, set, lang) {
  const title = UI.RESULTS_TITLE[lang];
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  const nowText = await page.locator('.continuum p.placement.now').textContent();
  const desiredText = await page.locator('.continuum p.placement.desired').textContent();
  for (const [text, model] of [[nowText, set.nowModel], [desiredText, set.desiredModel]]) {
    if (model === null) assert.match(text, lang === 'nl' ? /te weinig ingevuld/ : /too few answers/);
    else assert.ok(text.endsWith(`${model} ${lang === 'nl' ? 'van' : 'of'} 7, ${MODELS[lang][model - 1]}`), text);
  }
  const priorities = (await page.locator('ol.priorities h3').allTextContents()).map(plain);
  assert.deepEqual(priorities, set.priorities.map((p) => DIMENSIONS[lang][p.id - 1]));
  // The table has one row per dimension with the answers as numbers.
  const rows = await page.locator('table.answers tbody tr').count();
  assert.equal(rows, 14);
  const firstRow = await page.locator('table.answers tbody tr').first().locator('td').allTextContents();
  const show = (code) => (code === 0 ? (lang === 'nl' ? 'weet ik niet' : "don't know") : String(code));
  assert.deepEqual(firstRow.slice(0, 2), [show(set.now[0]), show(set.desired[0])]);
}

const RUNS = [
  { viewport: 'phone', lang: 'nl', set: 'woerden', tap: true },
  { viewport: 'phone', lang: 'en', set: 'less', tap: true },
  { viewport: 'desktop', lang: 'nl', set: 'dontknow' },
  { viewport: 'desktop', lang: 'en', set: 'boundary' },
];

for (const { viewport, lang, set: setName, tap } of RUNS) {
  describe(`the scan at ${viewport} size in ${lang === 'nl' ? 'Dutch' : 'English'}`, () => {
    test(`answering the golden set "${setName}" by ${tap ? 'touch' : 'click'} shows its models and priorities`, async () => {
      const set = golden(setName);
      const { page, errors, close } = await openApp(browser, server, viewport);
      try {
        if (lang === 'en') {
          await page.getByRole('button', { name: UI.OTHER_LANGUAGE.nl, exact: true }).click();
          await waitForHtmlLang(page, 'en');
        }
        await expectNoAxeViolations(page, 'welcome');
        await expectNoHorizontalScroll(page, 'welcome');
        await expectTouchTargets(page, 'welcome');
        await screenshot(page, `welcome-${viewport}-${lang}`);

        await page.getByLabel(UI.TEAM_NAME_LABEL[lang]).fill('Wijkteam Oost');
        await page.getByRole('button', { name: UI.START[lang] }).click();
        await page.locator('h1', { hasText: DIMENSIONS[lang][0] }).waitFor();
        await expectNoAxeViolations(page, 'question (empty)');
        await choose(page, 'now', 1, set.now[0], { tap });
        await expectNoAxeViolations(page, 'question (answered)');
        await expectNoHorizontalScroll(page, 'question');
        await expectTouchTargets(page, 'question');
        await screenshot(page, `question-${viewport}-${lang}`);
        // The jump list opens and lists all 14.
        await page.locator('details.jump summary').click();
        assert.equal(await page.locator('details.jump li').count(), 14);
        await expectNoAxeViolations(page, 'question with jump list');
        await page.locator('details.jump summary').click();

        await answerAll(page, set, lang, { tap });
        await expectResults(page, set, lang);
        assert.equal((await page.locator('.team-name').textContent()).trim(), 'Wijkteam Oost');
        await page.locator('details.how summary').click();
        await expectNoAxeViolations(page, 'results');
        await expectNoHorizontalScroll(page, 'results');
        await expectTouchTargets(page, 'results');
        await screenshot(page, `results-${viewport}-${lang}`);
        assertNoErrors(errors);
      } finally {
        await close();
      }
    });
  });
}

describe('by keyboard only', () => {
  test('the golden set "middle" is answered with Tab, Space, arrows and Enter', async () => {
    const set = golden('middle');
    const { page, errors, close } = await openApp(browser, server, 'desktop');
    try {
      await page.locator('#team-name').focus();
      await page.keyboard.press('Tab'); // role
      await page.keyboard.press('Tab'); // start
      await page.keyboard.press('Enter');
      for (let i = 0; i < 14; i++) {
        await page.locator('h1', { hasText: DIMENSIONS.nl[i] }).waitFor();
        // Focus is on the heading; Tab enters the first radio group.
        for (const codes of [set.now, set.desired]) {
          await page.keyboard.press('Tab');
          await page.keyboard.press('Space'); // selects 1
          const code = codes[i];
          if (code === 0) await page.keyboard.press('ArrowLeft'); // wraps to "weet ik niet"
          for (let k = 1; k < code; k++) await page.keyboard.press('ArrowRight');
        }
        await page.keyboard.press('Tab'); // Vorige
        await page.keyboard.press('Tab'); // Volgende / Naar de uitkomst
        await page.keyboard.press('Enter');
      }
      await expectResults(page, set, 'nl');
      // The focus moved to the results heading, so a screen reader starts there.
      assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');
      assertNoErrors(errors);
    } finally {
      await close();
    }
  });
});

describe('saving', () => {
  test('reloading halfway resumes on the same dimension with every answer intact', async () => {
    const set = golden('woerden');
    const { page, errors, close } = await openApp(browser, server, 'phone');
    try {
      await page.getByLabel(UI.TEAM_NAME_LABEL.nl).fill('  Team W&I  ');
      await page.getByLabel(UI.ROLE_LABEL.nl).selectOption({ label: 'Werk & inkomen' });
      await page.getByRole('button', { name: UI.START.nl }).click();
      for (let i = 0; i < 7; i++) {
        await choose(page, 'now', i + 1, set.now[i]);
        await choose(page, 'desired', i + 1, set.desired[i]);
        await page.getByRole('button', { name: UI.NEXT.nl, exact: true }).click();
      }
      await choose(page, 'now', 8, set.now[7]); // half of dimension 8
      await page.reload();
      await page.waitForSelector('#app[data-ready]', { state: 'attached' });
      assert.equal(await heading(page), DIMENSIONS.nl[7]);
      assert.ok(await page.locator(`#now-8-${set.now[7]}`).isChecked());
      assert.equal(await page.locator('input[name="desired-8"]:checked').count(), 0);
      for (let i = 6; i >= 0; i--) {
        await page.getByRole('button', { name: UI.BACK.nl, exact: true }).click();
        assert.equal(await heading(page), DIMENSIONS.nl[i]);
        assert.ok(await page.locator(`#now-${i + 1}-${set.now[i]}`).isChecked(), `now ${i + 1}`);
        assert.ok(await page.locator(`#desired-${i + 1}-${set.desired[i]}`).isChecked(), `desired ${i + 1}`);
      }
      // The welcome screen now offers to continue.
      await page.getByRole('button', { name: UI.BACK.nl, exact: true }).click();
      // The start form shows the saved (trimmed) team name and role.
      assert.equal(await page.locator('#team-name').inputValue(), 'Team W&I');
      assert.equal(await page.locator('#role').inputValue(), '2');
      await page.getByRole('button', { name: UI.RESUME.nl }).click();
      assert.equal(await heading(page), DIMENSIONS.nl[7]);
      assertNoErrors(errors);
    } finally {
      await close();
    }
  });

  for (const [what, script] of [
    ['blocked', `Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });`],
    ['full', `Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };`],
  ]) {
    test(`${what} storage: the app says so once and still completes the scan`, async () => {
      const set = golden('boundary');
      // A fresh context whose storage throws, from before the app's first line runs.
      const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
      await context.addInitScript(script);
      const p = await context.newPage();
      const errs = [];
      p.on('pageerror', (e) => errs.push(e.message));
      await p.goto(server.url);
      await p.waitForSelector('#app[data-ready]', { state: 'attached' });
      await p.getByRole('button', { name: UI.START.nl }).click();
      await choose(p, 'now', 1, set.now[0]);
      const notice = p.locator('.notice[role=status]');
      await notice.waitFor();
      assert.match(await notice.textContent(), /niet worden bewaard/);
      await p.getByRole('button', { name: UI.DISMISS.nl }).click();
      await choose(p, 'desired', 1, set.desired[0]);
      await p.getByRole('button', { name: UI.NEXT.nl, exact: true }).click();
      for (let i = 1; i < 14; i++) {
        await choose(p, 'now', i + 1, set.now[i]);
        await choose(p, 'desired', i + 1, set.desired[i]);
        await p.getByRole('button', { name: i === 13 ? UI.TO_RESULTS.nl : UI.NEXT.nl, exact: true }).click();
      }
      await expectResults(p, set, 'nl');
      assert.equal(await p.locator('.notice').count(), 0, 'the notice is shown once, not again');
      assert.deepEqual(errs, []);
      await context.close();
    });
  }
});

describe('results actions', () => {
  test('start over asks first; print hides the buttons', async () => {
    const set = golden('middle');
    const { page, errors, close } = await openApp(browser, server, 'desktop');
    try {
      await page.getByRole('button', { name: UI.START.nl }).click();
      await answerAll(page, set, 'nl');
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.getByRole('button', { name: UI.PRINT.nl }).isVisible(), false);
      assert.equal(await page.locator('.topbar').isVisible(), false);
      assert.ok(await page.locator('table.answers').isVisible());
      await screenshot(page, 'results-print-a4');
      await page.emulateMedia({ media: 'screen' });

      // By keyboard: the focus moves to the safe answer, and back to the button after "no".
      const focused = () => page.evaluate(() => `${document.activeElement?.tagName}: ${document.activeElement?.textContent}`);
      await page.getByRole('button', { name: UI.START_OVER.nl }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: UI.CONFIRM_NO.nl }).waitFor();
      assert.equal(await focused(), 'BUTTON: Nee, ga terug');
      await page.keyboard.press('Enter');
      assert.equal(await heading(page), UI.RESULTS_TITLE.nl);
      assert.equal(await focused(), 'BUTTON: Opnieuw beginnen');
      // The language switch keeps the focus on itself.
      await page.locator('.lang-switch').focus();
      await page.keyboard.press('Enter');
      await waitForHtmlLang(page, 'en');
      assert.equal(await page.evaluate(() => document.activeElement?.className), 'lang-switch');
      await page.keyboard.press('Enter');
      await waitForHtmlLang(page, 'nl');
      await page.getByRole('button', { name: UI.START_OVER.nl }).click();
      await expectNoAxeViolations(page, 'start-over confirmation');
      await page.getByRole('button', { name: UI.CONFIRM_YES.nl }).click();
      assert.equal(await heading(page), COPY.WELCOME_TITLE.nl);
      await page.reload();
      await page.waitForSelector('#app[data-ready]', { state: 'attached' });
      await page.getByRole('button', { name: UI.START.nl }).click();
      assert.equal(await page.locator('input[type=radio]:checked').count(), 0);
      assertNoErrors(errors);
    } finally {
      await close();
    }
  });
});
