// Slides that hold (issue 22): every slide fits from 853x480 up to 1920x1080, full screen and in
// a window (1024x490 is a 1024x576 window less the browser's bars), in Dutch and English, with
// the worst case of data: 7 role groups of 3, agreements of 140 characters with long words and
// a 40-character team name. Nothing is cut off or outside the window, no field hides part of
// its text (tests/e2e/fit.mjs), every strip plot is at least 80 px high from 1024x490 up, and
// at 640x360 (200 % zoom) no two texts overlap. The join slide shows the invitation's QR code
// and link; the role slides show each group's median; a reload returns to the slide shown.
// One page per language: the viewport is resized and the slides are walked by key.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assertNoErrors, expectNoAxeViolations, openApp, screenshot, useBrowserAndApp } from './helpers.mjs';
import { misfits, overlaps } from './fit.mjs';
import { responseLink } from './links.mjs';
import { PRESENT, UI } from './labels.mjs';

let browser;
let server;
useBrowserAndApp((b, s) => {
  browser = b;
  server = s;
});

const TEAM = 'Samenwerkingsverband Jeugdhulp Zuid-Oost';
const SIZES = [
  [853, 480],
  [1024, 490],
  [1024, 576],
  [1280, 720],
  [1920, 1080],
];
/** Where the slides are looked at, screenshot and checked with axe. */
const LOOK = [1024, 576];

/** 21 participants: 3 in each of the 7 role groups, every response different (a duplicate link counts once). */
function team() {
  const out = [];
  for (let role = 1; role <= 7; role++) {
    for (let m = 0; m < 3; m++) {
      const now = Array.from({ length: 14 }, (_, i) => ((i * (role + 1) + m) % 5) + 1);
      const desired = Array.from({ length: 14 }, (_, i) => (i === 3 && m === 0 ? 0 : ((i + role * 2 + m * 3) % 5) + 1));
      out.push({ role, now, desired });
    }
  }
  return out;
}

/** Exactly `n` characters of long Dutch words. */
const long = (n) =>
  'Wijkteamcoördinatieoverleg met arbeidsmarktregio-ondersteuningsvoorzieningen, ervaringsdeskundigheidsbevordering en jeugdhulpverleningsorganisaties '.repeat(3).slice(0, n);

/** The facilitator's screen with an invitation, the team's links pasted and four long agreements. */
async function workshop(lang) {
  const app = await openApp(browser, server, 'desktop', { contextOptions: { viewport: { width: 1280, height: 720 } } });
  const { page } = app;
  if (lang === 'en') {
    await page.getByRole('button', { name: UI.OTHER_LANGUAGE.nl }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
  }
  assert.equal(TEAM.length, 40);
  await page.getByRole('button', { name: UI.FACILITATE[lang] }).click();
  await page.getByLabel(UI.WORKSHOP_TEAM_LABEL[lang]).fill(TEAM);
  await page.getByRole('button', { name: UI.MAKE_INVITATION[lang] }).click();
  await page.fill('#paste', team().map((r) => '#' + responseLink(r, TEAM)).join('\n'));
  await page.getByRole('button', { name: UI.ADD_PASTED[lang], exact: true }).click();
  await page.locator('.participants').waitFor();
  for (const id of [1, 2, 3, 4, 5]) {
    await page.fill(`#agreement-${id}`, long(140));
    await page.fill(`#agreement-${id}-owner`, long(40));
    await page.fill(`#agreement-${id}-due`, long(40));
  }
  return app;
}

/** After a resize or a key: until the next frames are drawn (the slides follow the window). */
const settled = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

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

/** The kind of slide in view, from its class. */
const kind = (page) => page.locator('.slide').evaluate((s) => [...s.classList].find((c) => c.startsWith('slide-')).replace('slide-', ''));

/** Walks every slide at the current size, calling `check(k, kind)` on each. */
async function walk(page, check) {
  await page.keyboard.press('Home');
  await page.waitForFunction(() => / 1 \/ \d+$/.test(document.querySelector('.slide-count')?.textContent ?? ''));
  const [, n] = await counter(page);
  for (let k = 1; k <= n; k++) {
    if (k > 1) await press(page, 'PageDown', k);
    await check(k, await kind(page));
  }
  return n;
}

/** Fields on the slides that show only part of their text, found by the walks below. */
const fieldProblems = [];

describe('slides that hold', () => {
  test('the fit check finds what is cut off, outside the window, hidden in a field or overlapping', async () => {
    const page = await browser.newPage({ viewport: { width: 400, height: 300 } });
    await page.setContent(`<!doctype html><html lang="en"><body style="margin:0;font:16px sans-serif">
      <div id="clip" style="width:200px;height:40px;overflow:hidden"><p style="margin:0">one<br>two<br>three</p></div>
      <textarea id="field" rows="1" style="width:100px">${'long '.repeat(20)}</textarea>
      <input id="line" style="width:60px" value="${'wide '.repeat(10)}">
      <p style="position:absolute;left:500px;top:0">outside</p>
      <p style="position:absolute;left:0;top:200px;margin:0">overlap A</p>
      <p style="position:absolute;left:20px;top:205px;margin:0">overlap B</p>
      <div style="height:30px;overflow:hidden"><svg width="50" height="80" style="display:block"></svg></div>
      <span class="visually-hidden" style="position:absolute;clip:rect(0 0 0 0);width:1px;height:1px;overflow:hidden">hidden on purpose, never reported</span>
    </body></html>`);
    const found = await misfits(page);
    const has = (pattern) => assert.ok(found.some((f) => pattern.test(f)), `finds ${pattern}: ${JSON.stringify(found, null, 1)}`);
    has(/"three" \(p\) is cut off by div/);
    has(/the field textarea#field shows only part/);
    has(/the field input#line shows only part/);
    has(/"outside" \(p\) is outside the window/);
    has(/svg is cut off by div/);
    assert.ok(!found.some((f) => /"one"|"two"|hidden on purpose|overlap/.test(f)), `only those: ${JSON.stringify(found, null, 1)}`);
    assert.deepEqual(await overlaps(page), ['"overlap A" (p) overlaps "overlap B" (p)']);
    // The same page with room for everything: nothing found.
    await page.setContent(`<!doctype html><html lang="en"><body style="margin:0">
      <div style="width:200px;overflow:hidden"><p>one<br>two<br>three</p></div>
      <textarea rows="3" cols="30">short</textarea><svg width="50" height="50"></svg></body></html>`);
    assert.deepEqual(await misfits(page), []);
    assert.deepEqual(await overlaps(page), []);
    await page.close();
  });

  for (const lang of ['nl', 'en']) {
    test(`${lang}: every slide fits at every projector size, and at 200 % zoom nothing overlaps`, async () => {
      const { page, errors, close } = await workshop(lang);
      await page.getByRole('button', { name: PRESENT.PRESENT[lang], exact: true }).click();
      await page.locator('section.presenter').waitFor();
      const kinds = new Set();
      const problems = [];
      for (const [width, height] of SIZES) {
        await page.setViewportSize({ width, height });
        await settled(page);
        const size = `${width}x${height}`;
        const n = await walk(page, async (k, kd) => {
          const what = `${lang} ${size} slide ${k} (${kd})`;
          for (const found of await misfits(page, '.presenter')) {
            (found.startsWith('the field') ? fieldProblems : problems).push(`${what}: ${found}`);
          }
          if (width >= 1024) {
            const strips = await page.locator('.slide svg.strip').evaluateAll((s) => s.map((e) => e.getBoundingClientRect().height));
            for (const h of strips) if (h < 80) problems.push(`${what}: the strip plot is ${h}px high, not at least 80`);
            if (kd === 'dimension') assert.equal(strips.length, 1, `${what}: a strip plot`);
          }
          if (width === LOOK[0] && height === LOOK[1] && !kinds.has(kd)) {
            kinds.add(kd);
            await expectNoAxeViolations(page, `${what}`);
            if (lang === 'nl') await screenshot(page, `slides-${kd}-${size}-${lang}`, { fullPage: false });
          }
        });
        assert.ok(n >= 3 + 14 + 1 + 1, `${size}: ${n} slides`);
      }
      assert.deepEqual(problems, [], 'every slide fits');
      assert.deepEqual(
        [...kinds].sort(),
        ['agreement', 'agreements', 'continuum', 'dimension', 'join', 'role-medians', 'roles', 'title'],
        'every kind of slide seen at 1024x576',
      );
      // 200 % zoom on a 1280x720 screen: more slides, and no two texts on top of each other.
      await page.setViewportSize({ width: 640, height: 360 });
      await settled(page);
      await walk(page, async (k, kd) => {
        for (const found of await overlaps(page, '.presenter')) problems.push(`${lang} 640x360 slide ${k} (${kd}): ${found}`);
      });
      assert.deepEqual(problems, [], 'at 640x360 nothing overlaps');
      assertNoErrors(errors, lang);
      await close();
    });
  }

  // What is agreed wraps (up to 140 characters); who and by when are one line of up to 40.
  test('every agreement field on the slides shows its whole text', () => {
    assert.deepEqual(fieldProblems, []);
  });

  test('the join slide, the role groups medians, and a reload that returns to the slide shown', async () => {
    const { page, errors, close } = await workshop('nl');
    await page.setViewportSize({ width: LOOK[0], height: LOOK[1] });
    await page.getByRole('button', { name: PRESENT.PRESENT.nl, exact: true }).click();
    await page.locator('section.presenter').waitFor();
    // The first slide: the invitation's QR code and link, the team's name.
    assert.equal(await kind(page), 'join');
    const link = (await page.locator('.join-link').textContent()).trim();
    assert.match(link, /#v1w/);
    assert.equal(await page.locator('.slide svg.qr').count(), 1);
    assert.match(await page.locator('.slide').textContent(), new RegExp(TEAM));
    const qr = await page.locator('.slide svg.qr').boundingBox();
    assert.ok(qr.height >= 200, `the QR code is ${qr.height}px, large enough to scan from a seat`);
    // The role slides: each of the 7 groups with its medians now and desired.
    const [, n] = await counter(page);
    let k = 1;
    while ((await kind(page)) !== 'role-medians' && k < n) await press(page, 'PageDown', ++k);
    assert.equal(await kind(page), 'role-medians');
    const rows = await page.locator('.slide tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent.trim())));
    assert.equal(rows.length, 7, 'a row for each role group');
    for (const [group, now, desired] of rows) {
      assert.match(group, /\(3\)$/, `${group}: its size`);
      assert.match(now, /^\d(,5)?$/);
      assert.match(desired, /^\d(,5)?$/);
    }
    // A dimension's question and agreement on slides of their own (at 1024x576: the question's,
    // then the agreement's, then the next dimension); a reload returns to it, in this tab only.
    k = 1;
    await press(page, 'Home', 1);
    while ((await kind(page)) !== 'agreement' && k < n) await press(page, 'PageDown', ++k);
    for (let i = 0; i < 3; i++) await press(page, 'PageDown', ++k);
    assert.equal(await kind(page), 'agreement');
    const heading = await page.locator('.slide h2').textContent();
    await page.reload();
    await page.locator('section.presenter').waitFor();
    await page.waitForFunction((k) => / (\d+) \/ \d+$/.exec(document.querySelector('.slide-count')?.textContent ?? '')?.[1] === String(k), k);
    assert.equal(await page.locator('.slide h2').textContent(), heading, 'the same slide after a reload');
    assert.equal(await kind(page), 'agreement');
    // A larger window: the agreement joins its dimension's slide, and that slide is shown.
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.waitForFunction(() => document.querySelector('.slide')?.classList.contains('slide-dimension'));
    assert.equal(await page.locator('.slide h2').textContent(), heading);
    // Another tab of the same browser opens on the facilitator's screen, not on the slides.
    const other = await page.context().newPage();
    await other.goto(page.url());
    await other.locator('.participants').waitFor();
    assert.equal(await other.locator('section.presenter').count(), 0);
    await other.close();
    // Stopping forgets the slide: a reload shows the facilitator's screen.
    await page.keyboard.press('Escape');
    await page.locator('section.presenter').waitFor({ state: 'detached' });
    await page.reload();
    await page.locator('.participants').waitFor();
    assert.equal(await page.locator('section.presenter').count(), 0);
    assertNoErrors(errors, 'join, roles, reload');
    await close();
  });
});
