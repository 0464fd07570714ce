// Presenter mode: the team view as slides on a projector, driven by a clicker or the keyboard
// only. At 1280x720 and 1920x1080, in Dutch and English: every slide fits (nothing scrolls),
// its text is large enough, the counter says where we are, axe finds nothing on each kind of
// slide, and leaving puts the focus back on the button. In the facilitator's view an agreement
// is typed on a dimension slide (the keys type, they do not turn slides) and shows on the
// closing slide; an opened team link shows the slides read-only.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assertNoErrors, expectNoAxeViolations, openApp, screenshot, useBrowserAndApp } from './helpers.mjs';
import { goldenSets } from './golden.mjs';
import { responseLink, teamLink } from './links.mjs';
import { PRESENT, UI } from './labels.mjs';

let browser;
let server;
useBrowserAndApp((b, s) => {
  browser = b;
  server = s;
});

const TEAM = 'Wijkteam Oost';
const SIZES = { hd: { width: 1280, height: 720 }, fullhd: { width: 1920, height: 1080 } };
const T = {
  nl: { present: PRESENT.PRESENT.nl, facilitate: UI.FACILITATE.nl, add: UI.ADD_PASTED.nl, agreements: PRESENT.AGREEMENTS.nl, none: PRESENT.NO_AGREEMENTS.nl },
  en: { present: PRESENT.PRESENT.en, facilitate: UI.FACILITATE.en, add: UI.ADD_PASTED.en, agreements: PRESENT.AGREEMENTS.en, none: PRESENT.NO_AGREEMENTS.en },
};

/** Six golden answer sets, three in role group 1 and three in 2: the role groups may be compared. */
const team = () => goldenSets().slice(0, 6).map((g, i) => ({ now: g.now, desired: g.desired, role: i < 3 ? 1 : 2 }));

async function open(size, lang, path) {
  const app = await openApp(browser, server, 'desktop', { path, contextOptions: { viewport: SIZES[size] } });
  if (lang === 'en') {
    await app.page.getByRole('button', { name: UI.OTHER_LANGUAGE.nl }).click();
    await app.page.waitForFunction(() => document.documentElement.lang === 'en');
  }
  return app;
}

/** The facilitator's screen with the team's result links pasted. */
async function facilitator(size, lang) {
  const app = await open(size, lang);
  const { page } = app;
  await page.getByRole('button', { name: T[lang].facilitate }).click();
  await page.fill('#paste', team().map((r) => '#' + responseLink(r, TEAM)).join('\n'));
  await page.getByRole('button', { name: T[lang].add, exact: true }).click();
  await page.locator('.participants').waitFor();
  return app;
}

const presenter = (page) => page.locator('section.presenter');

/** Waits for the slides and notes where the page behind them was scrolled to. */
async function enter(page) {
  await presenter(page).waitFor();
  await page.evaluate(() => (window.presentedAt = [document.scrollingElement.scrollTop, document.scrollingElement.scrollLeft]));
}

/** "k / n" of the counter. */
async function counter(page) {
  const text = await page.locator('.slide-count').textContent();
  const m = text.match(/(\d+) \/ (\d+)$/);
  assert.ok(m, `counter reads "k / n": ${text}`);
  return [Number(m[1]), Number(m[2])];
}

/** Presses `key` and waits until the counter shows slide `k`. */
async function press(page, key, k) {
  await page.keyboard.press(key);
  await page.waitForFunction((k) => / (\d+) \/ \d+$/.exec(document.querySelector('.slide-count')?.textContent ?? '')?.[1] === String(k), k);
}

/**
 * The slide in view fits: nothing scrolls, its body text is large enough. The page behind keeps
 * the place it was at when the slides opened (`window.presentedAt`, see `enter`).
 */
async function assertFits(page, size, what) {
  const m = await page.evaluate(() => {
    const slide = document.querySelector('.slide');
    const doc = document.scrollingElement;
    const texts = [...slide.querySelectorAll('p, li, label, input, caption, th, td')].filter((e) => e.textContent.trim() || e.tagName === 'INPUT');
    return {
      slide: [slide.scrollHeight, slide.clientHeight, slide.scrollWidth, slide.clientWidth],
      region: [slide.parentElement.scrollHeight, slide.parentElement.clientHeight],
      doc: [doc.scrollTop - window.presentedAt[0], doc.scrollLeft - window.presentedAt[1], getComputedStyle(document.documentElement).overflow],
      smallest: Math.min(...texts.map((e) => parseFloat(getComputedStyle(e).fontSize)).filter((s) => s > 0)),
      heading: parseFloat(getComputedStyle(slide.querySelector('h2')).fontSize),
    };
  });
  const [sh, ch, sw, cw] = m.slide;
  assert.ok(sh <= ch && sw <= cw, `${what}: the slide does not scroll (${sh}x${sw} in ${ch}x${cw})`);
  assert.ok(m.region[0] <= m.region[1], `${what}: the presenter does not scroll`);
  assert.deepEqual(m.doc, [0, 0, 'hidden'], `${what}: the document does not scroll`);
  if (size === 'hd') {
    assert.ok(m.smallest >= 24, `${what}: body text ${m.smallest}px >= 24px`);
    assert.ok(m.heading > m.smallest, `${what}: the heading is larger than the text`);
  }
}

/** The kind of slide in view, from its class. */
const kind = (page) => page.locator('.slide').evaluate((s) => [...s.classList].find((c) => c !== 'slide').replace('slide-', ''));

describe('presenter mode', () => {
  for (const size of Object.keys(SIZES)) {
    for (const lang of ['nl', 'en']) {
      test(`${size} ${lang}: by keyboard through every slide, and back to the button`, async () => {
        const { page, errors, close } = await facilitator(size, lang);
        const button = page.getByRole('button', { name: T[lang].present, exact: true });
        await button.focus();
        await page.keyboard.press('Enter');
        await enter(page);
        assert.equal(await page.evaluate(() => document.activeElement.classList.contains('presenter')), true, 'the slides have the focus');
        const [first, n] = await counter(page);
        assert.equal(first, 1);
        const seen = new Set();
        let roleMedians = 0;
        for (let k = 1; k <= n; k++) {
          if (k > 1) await press(page, 'PageDown', k);
          const kd = await kind(page);
          if (kd === 'role-medians') roleMedians++;
          assert.deepEqual(await counter(page), [k, n]);
          await assertFits(page, size, `${size} ${lang} slide ${k} (${kd})`);
          if (!seen.has(kd)) {
            seen.add(kd);
            if (size === 'hd') await expectNoAxeViolations(page, `${lang} ${kd} slide`);
            await screenshot(page, `presenter-${kd}-${size}-${lang}`, { fullPage: false });
          }
        }
        assert.ok(roleMedians >= 1 && roleMedians <= 3, `${roleMedians} slides of the groups' medians`);
        assert.equal(n, 2 + 14 + 1 + roleMedians + 1, 'title, continuum, 14 dimensions, role groups, their medians, agreements');
        assert.deepEqual([...seen], ['title', 'continuum', 'dimension', 'roles', 'role-medians', 'agreements']);
        assert.match(await page.locator('.slide h2').textContent(), new RegExp(T[lang].agreements));
        assert.equal(await page.locator('.slide').getByText(T[lang].none).count(), 1, 'no agreements yet, and it says so');
        await press(page, 'PageDown', n); // stays on the last
        await press(page, 'PageUp', n - 1);
        await press(page, 'Home', 1);
        await press(page, 'PageUp', 1); // stays on the first
        await press(page, 'End', n);
        await press(page, 'Home', 1);
        await press(page, 'ArrowRight', 2);
        await press(page, 'Space', 3);
        await press(page, 'ArrowLeft', 2);
        await page.keyboard.press('Escape');
        await presenter(page).waitFor({ state: 'detached' });
        await page.waitForFunction((name) => document.activeElement?.textContent === name, T[lang].present);
        assertNoErrors(errors, `${size} ${lang}`);
        await close();
      });
    }
  }

  test('an agreement typed on a dimension slide: the keys type, and it shows on the closing slide', async () => {
    const { page, errors, close } = await facilitator('hd', 'nl');
    await page.getByRole('button', { name: PRESENT.PRESENT.nl, exact: true }).click();
    await enter(page);
    await press(page, 'PageDown', 2);
    await press(page, 'PageDown', 3);
    const [, n] = await counter(page);
    const dimension = (await page.locator('.slide h2').textContent()).trim();
    const what = page.getByLabel(UI.AGREEMENT.nl, { exact: true });
    await what.focus();
    await page.keyboard.type('Samen plannen');
    // Space, arrows, Home, End and PageDown/PageUp stay in the field.
    for (const key of ['Space', 'ArrowLeft', 'ArrowRight', 'Home', 'PageDown', 'PageUp', 'End']) await page.keyboard.press(key);
    await page.keyboard.type('x');
    assert.deepEqual(await counter(page), [3, n], 'still on the same slide');
    assert.equal(await what.inputValue(), 'Samen plannen x');
    await page.getByLabel(UI.AGREEMENT_OWNER_LABEL.nl).fill('Fatima');
    await page.getByLabel(UI.AGREEMENT_DUE_LABEL.nl).fill('Q3');
    assert.equal(await page.getByLabel(UI.AGREEMENT_DUE_LABEL.nl).getAttribute('maxlength'), '40');
    assert.equal(await what.getAttribute('maxlength'), null, 'counted in characters, not by maxlength');
    // Escape in a field: back to the slide, not out of it.
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.activeElement.classList.contains('presenter'));
    assert.equal(await presenter(page).count(), 1);
    await screenshot(page, 'presenter-dimension-typed-hd-nl', { fullPage: false });
    await press(page, 'End', n);
    const closing = page.locator('.slide .agreement-list');
    assert.match(await closing.textContent(), new RegExp(`${dimension}.*Afspraak: Samen plannen x.*Wie pakt het op: Fatima.*Wanneer: Q3`));
    await expectNoAxeViolations(page, 'closing slide with an agreement');
    await assertFits(page, 'hd', 'closing slide');
    await screenshot(page, 'presenter-agreements-typed-hd-nl', { fullPage: false });
    // Agreements as long as they may be (in words): as many to a closing slide as fit by their
    // length (src/slides.rs), and each slide still fits.
    const words = (n) => 'Maandelijks casusoverleg met werk en inkomen, de inwoner aan tafel '.repeat(4).slice(0, n);
    await press(page, 'Home', 1);
    for (const k of [2, 3]) await press(page, 'PageDown', k);
    for (const k of [4, 5, 6]) {
      await press(page, 'PageDown', k);
      await page.getByLabel(UI.AGREEMENT.nl, { exact: true }).fill(words(140));
      await page.getByLabel(UI.AGREEMENT_OWNER_LABEL.nl).fill(words(40));
      await page.getByLabel(UI.AGREEMENT_DUE_LABEL.nl).fill(words(40));
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => document.activeElement.classList.contains('presenter'));
      await assertFits(page, 'hd', `dimension slide ${k} with a long agreement`);
    }
    await press(page, 'End', n + 1);
    assert.equal(await page.locator('.slide .agreement-list li').count(), 2, 'two long ones on a second closing slide');
    await assertFits(page, 'hd', 'second closing slide of long agreements');
    await press(page, 'PageUp', n);
    assert.equal(await page.locator('.slide .agreement-list li').count(), 2);
    assert.match(await page.locator('.slide h2').textContent(), /Afspraken \(1\/2\)/);
    await assertFits(page, 'hd', 'first closing slide of long agreements');
    await screenshot(page, 'presenter-agreements-long-hd-nl', { fullPage: false });
    // The timer: a countdown mm:ss that runs (no timings asserted: the machine may be busy).
    await page.getByLabel(PRESENT.TIMER.nl).selectOption('1');
    const countdown = page.locator('[role=timer]');
    assert.match(await countdown.textContent(), /^(01:00|00:[0-5]\d)$/);
    await page.waitForFunction(() => /^00:[0-5]\d$/.test(document.querySelector('[role=timer]').textContent));
    await page.getByLabel(PRESENT.TIMER.nl).focus();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.activeElement.classList.contains('presenter'));
    // Leave with the button; the agreement is kept with the facilitator's workshop.
    await page.getByRole('button', { name: PRESENT.STOP.nl }).click();
    await presenter(page).waitFor({ state: 'detached' });
    await page.waitForFunction((name) => document.activeElement?.textContent === name, PRESENT.PRESENT.nl);
    const stored = await page.evaluate(() => localStorage.getItem('samenwerkingsscan.workshop.v1'));
    assert.match(stored, /Samen plannen x/);
    await page.getByRole('button', { name: PRESENT.PRESENT.nl, exact: true }).click();
    await press(page, 'End', n + 1);
    await press(page, 'PageUp', n);
    assert.match(await page.locator('.slide .agreement-list').textContent(), /Samen plannen x/);
    assertNoErrors(errors, 'agreement');
    await close();
  });

  test('an opened team link: the slides read-only, full screen on F', async () => {
    const { page, errors, close } = await open('hd', 'en', '/#' + teamLink(team(), TEAM));
    await page.getByRole('button', { name: PRESENT.PRESENT.en, exact: true }).click();
    await presenter(page).waitFor();
    assert.equal((await page.locator('.slide h2').textContent()).trim(), TEAM);
    await press(page, 'PageDown', 2);
    await press(page, 'PageDown', 3);
    assert.equal(await page.locator('.slide input').count(), 0, 'no fields where the agreements cannot be changed');
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement?.classList.contains('presenter'));
    await page.getByRole('button', { name: PRESENT.LEAVE_FULL_SCREEN.en }).waitFor();
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement === null);
    await press(page, 'PageDown', 4);
    await page.getByRole('button', { name: PRESENT.STOP.en }).click();
    await page.waitForFunction((name) => document.activeElement?.textContent === name, PRESENT.PRESENT.en);
    assertNoErrors(errors, 'team link');
    await close();
  });
});
