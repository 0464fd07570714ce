// The participant's path (issue 22), from the invitation to the sent result, on a 360x740 phone
// and on a desktop, in Dutch and in English, with axe on every screen:
// - the language chosen on the invitation carries through "Doe mee";
// - the join step holds the role choice and starts the questions; the welcome text does not
//   come again;
// - every control of every question is on screen without scrolling and nothing covers it;
//   the test counts the taps (only to answer and to move on) and the scrolls (none);
// - no line of a dimension name breaks mid-word without a hyphen (soft hyphens, U+00AD);
// - the send step says what its QR code does, and the copy confirmation appears beside the
//   button that was tapped;
// - Back and Forward walk the questions without a page load, and Back from the first question
//   returns to the invitation; a finished participant who opens the invitation again lands on
//   the send step;
// - a result without a place on the line says per horizon what is missing;
// - the send step's code (issue 23): right under the sentence that says to hold it up, whole on
//   a 360 px phone, about as wide, black on white with its quiet zone; the screen kept on
//   (Screen Wake Lock, stubbed) while it is shown and asked for again when the page is visible
//   again, let go when the step is left; a browser that refuses or lacks it shows nothing.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  REPO_ROOT,
  addPage,
  assertNoErrors,
  expectNoAxeViolations,
  newPage,
  openApp,
  screenshot,
  useBrowserAndApp,
  waitForHtmlLang,
} from './helpers.mjs';
import { DIMENSIONS, golden } from './golden.mjs';
import { heading, plain } from './scan.mjs';
import { invitationLink, responseLink } from './links.mjs';
import { COPY, UI } from './labels.mjs';

let browser, server;
useBrowserAndApp((b, s) => {
  browser = b;
  server = s;
});

const TEAM = 'Wijkteam Noord';
// A Dutch invitation: the English participant switches on the invitation itself.
const INVITATION = invitationLink({ teamName: TEAM, lang: 'nl', roles: [1, 2, 3] });

/**
 * The lines in `selector`'s text that end mid-word without a hyphen: a line whose last
 * character is a letter while the next line starts with a letter of the same word. Soft
 * hyphens (U+00AD) take no room unless a line breaks at them, where they show a hyphen.
 */
async function midWordBreaks(page, selector) {
  return page.locator(selector).evaluateAll((elements) => {
    const found = [];
    for (const element of elements) {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.data;
        let previous = null;
        for (let i = 0; i < text.length; i++) {
          if (text[i] === '\u00ad' || /\s/.test(text[i])) continue;
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          // The last box: a letter right after a soft-hyphen break also reports one at the
          // hyphen, on the line before.
          const rect = [...range.getClientRects()].at(-1);
          if (!rect) continue;
          if (previous && rect.top > previous.top + previous.height / 2) {
            const before = text[i - 1];
            if (!/[\s\u00ad\-/]/.test(before)) found.push(`${text.slice(0, i)}|${text.slice(i)}`.replace(/\u00ad/g, ''));
          }
          previous = rect;
        }
      }
    }
    return found;
  });
}

/**
 * Every control a participant needs on a question, measured at the scroll position they see:
 * each of the 12 answers and both step buttons must lie inside the window, and be what a tap on
 * its middle hits (nothing, such as a sticky bar, covers it). Returns the problems.
 */
async function unreachableControls(page) {
  return page.evaluate(() => {
    const problems = [];
    if (window.scrollY !== 0) problems.push(`scrolled to ${window.scrollY}`);
    const controls = [...document.querySelectorAll('.scale label'), ...document.querySelectorAll('.step-buttons button')];
    if (controls.length !== 14) problems.push(`${controls.length} controls`);
    for (const control of controls) {
      const r = control.getBoundingClientRect();
      const name = control.htmlFor || control.textContent.trim();
      if (r.top < 0 || r.bottom > innerHeight || r.left < 0 || r.right > innerWidth) {
        problems.push(`${name} outside the window (${Math.round(r.top)}-${Math.round(r.bottom)} of ${innerHeight})`);
        continue;
      }
      for (const y of [r.top + 2, r.top + r.height / 2, r.bottom - 2]) {
        const hit = document.elementFromPoint(r.left + r.width / 2, y);
        if (!control.contains(hit)) problems.push(`${name} covered at ${Math.round(y)} by ${hit?.outerHTML.slice(0, 60)}`);
      }
    }
    return problems;
  });
}

const words = (text) => text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

for (const [viewport, lang] of [['phone', 'nl'], ['phone', 'en'], ['desktop', 'en'], ['desktop', 'nl']]) {
  test(`a participant from invitation to sent, counted (${viewport}, ${lang})`, async (t) => {
    const { page, context, errors, close } = await openApp(browser, server, viewport, { path: `#${INVITATION}` });
    const tapOrClick = (locator) => (viewport === 'phone' ? locator.tap() : locator.click());
    let taps = 0;
    let read = 0;
    const tap = async (locator) => {
      taps++;
      await tapOrClick(locator);
    };
    try {
      // The invitation, in the workshop's language; the English participant switches here.
      await waitForHtmlLang(page, 'nl');
      let languageTaps = 0;
      if (lang === 'en') {
        await tapOrClick(page.getByRole('button', { name: UI.OTHER_LANGUAGE.nl }));
        languageTaps++;
        await waitForHtmlLang(page, 'en');
      }
      assert.equal(await heading(page), UI.JOIN_TITLE[lang]);
      const main = page.locator('main');
      const joinText = await main.innerText();
      read += words(joinText);
      assert.ok(joinText.includes(UI.JOIN_INTRO[lang]), 'what joining means');
      assert.ok(joinText.includes(COPY.WELCOME_DURATION[lang]), 'how long it takes, measured');
      assert.ok(!joinText.includes(COPY.WELCOME_INTRO[lang]), 'not the whole welcome text');
      // The join step holds the role and "join" (which starts), both without scrolling.
      const role = page.getByLabel(UI.ROLE_LABEL[lang]);
      const join = page.getByRole('button', { name: UI.JOIN[lang], exact: true });
      for (const control of [role, join]) {
        const box = await control.boundingBox();
        assert.ok(box.y + box.height <= (await page.evaluate(() => innerHeight)), 'the join step fits the screen');
      }
      const roles = { nl: ['Sociaal (wijk)team', 'Werk & inkomen', 'UWV'], en: ['Social (neighbourhood) team', 'Work & income', 'UWV (employee insurance agency)'] };
      assert.deepEqual((await role.locator('option').allTextContents()).map((s) => s.trim()), [UI.ROLE_NONE[lang], ...roles[lang]], "the workshop's role groups");
      await expectNoAxeViolations(page, `join step ${viewport} ${lang}`);
      await screenshot(page, `participant-join-${viewport}-${lang}`, { fullPage: false });
      taps += 2; // open the list, pick a group
      await role.selectOption({ label: lang === 'nl' ? 'Werk & inkomen' : 'Work & income' });
      await tap(join);

      // 14 questions: every control on screen, no scroll, a tap per answer and per step.
      const set = golden('woerden');
      for (let i = 0; i < 14; i++) {
        await page.locator('h1', { hasText: DIMENSIONS[lang][i] }).waitFor();
        assert.equal(await heading(page), DIMENSIONS[lang][i], `question ${i + 1}`);
        await waitForHtmlLang(page, lang);
        assert.deepEqual(await unreachableControls(page), [], `question ${i + 1}: every control within reach`);
        assert.deepEqual(await midWordBreaks(page, '.question h1, .pole dd'), [], `question ${i + 1}: no word broken without a hyphen`);
        read += words(await page.locator('.question').evaluate((q) => [...q.children].filter((c) => !c.matches('details')).map((c) => c.innerText).join(' ')));
        if (i === 3) {
          await expectNoAxeViolations(page, `question 4 ${viewport} ${lang}`);
          await screenshot(page, `participant-question-4-${viewport}-${lang}`, { fullPage: false });
        }
        for (const horizon of ['now', 'desired']) {
          const code = set[horizon][i];
          await tap(page.locator(`label[for="${horizon}-${i + 1}-${code}"]`));
          assert.ok(await page.locator(`#${horizon}-${i + 1}-${code}`).isChecked());
          // No auto-advance (WCAG 3.2.2): still on this question.
          assert.equal(await heading(page), DIMENSIONS[lang][i]);
        }
        assert.deepEqual(await unreachableControls(page), [], `question ${i + 1} answered: still within reach`);
        await tap(page.getByRole('button', { name: i === 13 ? UI.TO_RESULTS[lang] : UI.NEXT[lang], exact: true }));
      }

      // The send step: first, in the participant's language, saying what the QR code does.
      const share = page.locator('section.share');
      await share.getByRole('heading', { name: UI.SEND_HEADING[lang] }).waitFor();
      assert.equal(await heading(page), UI.RESULTS_TITLE[lang]);
      await waitForHtmlLang(page, lang);
      assert.ok((await share.innerText()).includes(UI.SEND_INTRO[lang]));
      assert.equal(await page.getByText(/laat de begeleider de QR-code scannen|let the facilitator scan/).count(), 0);
      read += words(await share.innerText());
      // No partner's page here: nothing said about one.
      assert.equal(await page.locator('.results > p.privacy').count(), 0);
      const link = await page.locator('#result-link').inputValue();
      assert.match(link, /#v1r/);
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin }).catch(() => {});
      const copy = share.getByRole('button', { name: UI.COPY[lang] });
      await tap(copy);
      const feedback = share.locator('p.copy-feedback');
      await feedback.filter({ hasText: new RegExp(`${UI.COPIED[lang]}|${UI.COPY_FAILED[lang].slice(0, 10)}`) }).waitFor();
      // Beside the button that was tapped: right under it, and on screen.
      const [button, line] = [await copy.boundingBox(), await feedback.boundingBox()];
      const gap = line.y - (button.y + button.height);
      assert.ok(gap >= 0 && gap < 48, `the confirmation ${Math.round(gap)} px under the button`);
      assert.ok(line.y + line.height <= (await page.evaluate(() => innerHeight)), 'the confirmation is on screen');
      // The result table breaks long names at their hyphens only.
      assert.deepEqual(await midWordBreaks(page, 'table.answers th, ol.priorities h3, .chart-label'), [], 'results: no word broken without a hyphen');
      await expectNoAxeViolations(page, `send step ${viewport} ${lang}`);
      await screenshot(page, `participant-sent-${viewport}-${lang}`, { fullPage: false });

      t.diagnostic(`${viewport} ${lang}: ${taps} taps (2 role, 1 join, 28 answers, 14 steps, 1 copy)` + `${languageTaps ? ` + ${languageTaps} to switch language` : ''}, 0 scrolls; ${read} words read up to the send step`);
      assert.equal(taps, 46);

      // The invitation opened again (from the chat, in a new tab): the send step, not question 1.
      const again = await addPage(context);
      await again.page.goto(`${server.url}#${INVITATION}`);
      await again.page.locator('#app[data-ready]').waitFor({ state: 'attached' });
      await again.page.getByRole('heading', { name: UI.SEND_HEADING[lang] }).waitFor();
      assert.equal(await heading(again.page), UI.RESULTS_TITLE[lang]);
      assert.equal(await again.page.locator('#result-link').inputValue(), link);
      await waitForHtmlLang(again.page, lang);
      assertNoErrors(again.errors, 'invitation again');
      assertNoErrors(errors, 'participant');
    } finally {
      await close();
    }
  });
}

test('Back and Forward walk the questions without a page load, and Back from the first returns to where it came from', async () => {
  const { page, errors, close } = await openApp(browser, server, 'phone', { path: `#${INVITATION}` });
  try {
    await page.evaluate(() => {
      window.__sameDocument = true;
    });
    const same = () => page.evaluate(() => window.__sameDocument === true);
    const on = async (i) => {
      await page.locator('h1', { hasText: DIMENSIONS.nl[i] }).waitFor();
      assert.equal(await heading(page), DIMENSIONS.nl[i]);
    };
    await page.getByRole('button', { name: UI.JOIN.nl, exact: true }).tap();
    for (let i = 0; i < 3; i++) {
      await on(i);
      assert.equal(await page.evaluate(() => location.hash), '', 'a step carries no link');
      await page.locator(`label[for="now-${i + 1}-${i + 2}"]`).tap();
      await page.getByRole('button', { name: UI.NEXT.nl, exact: true }).tap();
    }
    await on(3);
    await page.goBack();
    await on(2);
    assert.ok(await page.locator('#now-3-4').isChecked(), 'the answer is still there');
    await page.goBack();
    await on(1);
    await page.goBack();
    await on(0);
    // Back from the first question: the invitation it came from, its link intact.
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: UI.JOIN_TITLE.nl }).waitFor();
    assert.equal(await page.evaluate(() => location.hash), `#${INVITATION}`);
    await page.goForward();
    await on(0);
    assert.equal(await page.evaluate(() => location.hash), '');
    await page.goForward();
    await on(1);
    assert.ok(await same(), 'no page load');
    // The in-app "Vorige" is a step too; a reload stays where Back left off.
    await page.getByRole('button', { name: UI.BACK.nl, exact: true }).tap();
    await on(0);
    await page.goBack();
    await on(1);
    await page.reload();
    await page.locator('#app[data-ready]').waitFor({ state: 'attached' });
    await on(1);
    await page.goBack();
    await on(0);
    await expectNoAxeViolations(page, 'after Back');
    assertNoErrors(errors, 'history');
  } finally {
    await close();
  }
});

test('Back from the first question of a plain start goes to the welcome', async () => {
  const { page, errors, close } = await openApp(browser, server, 'desktop');
  try {
    await page.getByRole('button', { name: UI.START.nl }).click();
    await page.locator('h1', { hasText: DIMENSIONS.nl[0] }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: COPY.WELCOME_TITLE.nl }).waitFor();
    await page.goForward();
    await page.locator('h1', { hasText: DIMENSIONS.nl[0] }).waitFor();
    assertNoErrors(errors, 'plain start');
  } finally {
    await close();
  }
});

for (const lang of ['nl', 'en']) {
  test(`a result with every "desired" unknown says what is missing per horizon (phone, ${lang})`, async () => {
    const now = Array(14).fill(3);
    const desired = Array(14).fill(0);
    const { page, errors, close } = await openApp(browser, server, 'phone', { path: `#${responseLink({ now, desired })}` });
    try {
      if (lang === 'en') await page.getByRole('button', { name: UI.OTHER_LANGUAGE.nl }).tap();
      const warning = page.locator('p.warning');
      await warning.waitFor();
      const text = plain(await warning.innerText());
      const expected = {
        nl: ['Nu: 14 van de 14 beantwoord, dus geplaatst.', "Gewenst: 0 van de 14 beantwoord, de rest 'weet ik niet'"],
        en: ['Now: 14 of the 14 answered, so it is placed.', "Desired: 0 of the 14 answered, the rest 'don't know'"],
      }[lang];
      for (const part of expected) assert.ok(text.includes(part), `${text} says ${part}`);
      assert.ok(!/minder dan 7 van de 14|fewer than 7 of the 14/.test(text), text);
      assert.deepEqual(await midWordBreaks(page, 'table.answers th, .chart-label'), [], 'no word broken without a hyphen');
      await expectNoAxeViolations(page, `too few ${lang}`);
      assertNoErrors(errors, 'too few');
    } finally {
      await close();
    }
  });
}

/**
 * A stand-in for navigator.wakeLock (headless Chromium's own may refuse or grant at will): it
 * counts requests, and releases by the page and by the "browser" (a hidden page), in
 * window.__wake. `window.__wakeMode` (set by a later init script) makes it refuse ('refuse')
 * or be missing ('missing').
 */
function stubWakeLock() {
  const wake = { requests: 0, released: 0, held: [] };
  window.__wake = wake;
  Object.defineProperty(Navigator.prototype, 'wakeLock', {
    configurable: true,
    get() {
      if (window.__wakeMode === 'missing') return undefined;
      return {
        request(type) {
          wake.requests++;
          if (window.__wakeMode === 'refuse' || type !== 'screen') return Promise.reject(new DOMException('refused', 'NotAllowedError'));
          const sentinel = {
            type,
            released: false,
            release() {
              if (!this.released) {
                this.released = true;
                wake.released++;
                wake.held = wake.held.filter((s) => s !== this);
              }
              return Promise.resolve();
            },
          };
          wake.held.push(sentinel);
          return Promise.resolve(sentinel);
        },
      };
    },
  });
  // The test turns the page hidden and visible again, as switching apps on a phone does.
  window.__setHidden = (hidden) => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
    // The browser lets every lock go when the page is hidden.
    if (hidden) for (const s of wake.held.splice(0)) s.released = true;
    document.dispatchEvent(new Event('visibilitychange'));
  };
}

// The send step straight from storage: a finished participant of a workshop.
const FINISHED = (lang) => `2|${lang}|r|2|2232332212341233444433233454|7|${TEAM}`;

for (const lang of ['nl', 'en']) {
  test(`the send step shows the code large for the camera and keeps the screen on while it is shown (phone, ${lang})`, async () => {
    const origin = new URL(server.url).origin;
    const { page, context, errors, close } = await newPage(browser, 'phone', { storage: { origin, items: { 'samenwerkingsscan.v1': FINISHED(lang) } } });
    const wake = () => page.evaluate(() => ({ requests: window.__wake.requests, held: window.__wake.held.length, released: window.__wake.released }));
    try {
      await context.addInitScript(stubWakeLock);
      await page.goto(server.url);
      const share = page.locator('section.share');
      await share.getByRole('heading', { name: UI.SEND_HEADING[lang] }).waitFor();
      await waitForHtmlLang(page, lang);

      // Camera first: the sentence, then the code right under it, whole on the phone's screen
      // without scrolling, about as wide as the screen; black on white, crisp, with the quiet
      // zone of 4 modules drawn white.
      const code = share.locator('svg.qr');
      assert.equal(await share.locator('h2 + p').innerText(), UI.SEND_INTRO[lang]);
      assert.equal(await share.locator('h2 + p + svg.qr').count(), 1, 'the code right under the sentence');
      const drawn = await code.evaluate((svg) => {
        const r = svg.getBoundingClientRect();
        const [, , side] = svg.getAttribute('viewBox').split(' ').map(Number);
        const xy = [...svg.querySelector('path.qr-dark').getAttribute('d').matchAll(/M(\d+),(\d+)h(\d+)/g)].map((m) => m.slice(1).map(Number));
        const opaque = (el) => { for (; el; el = el.parentElement) if (getComputedStyle(el).opacity !== '1') return false; return true; };
        const light = svg.querySelector('rect.qr-light');
        return {
          top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, scrollY, innerWidth, innerHeight,
          side, crisp: svg.getAttribute('shape-rendering'),
          dark: getComputedStyle(svg.querySelector('path.qr-dark')).fill,
          light: getComputedStyle(light).fill,
          lightCovers: light.getAttribute('width') === String(side) && light.getAttribute('height') === String(side) && !light.getAttribute('x') && !light.getAttribute('y'),
          minX: Math.min(...xy.map(([x]) => x)), minY: Math.min(...xy.map(([, y]) => y)),
          maxX: Math.max(...xy.map(([x, , w]) => x + w)), maxY: Math.max(...xy.map(([, y]) => y + 1)),
          opaque: opaque(svg),
        };
      });
      assert.equal(drawn.scrollY, 0);
      assert.ok(drawn.top >= 0 && drawn.bottom <= drawn.innerHeight && drawn.left >= 0 && drawn.right <= drawn.innerWidth, `the code whole on screen: ${JSON.stringify(drawn)}`);
      assert.ok(drawn.width >= 0.85 * drawn.innerWidth, `the code ${drawn.width} px wide of ${drawn.innerWidth}`);
      assert.deepEqual([drawn.dark, drawn.light, drawn.opaque, drawn.crisp], ['rgb(0, 0, 0)', 'rgb(255, 255, 255)', true, 'crispEdges']);
      assert.ok(drawn.lightCovers, 'the white square covers the whole drawing');
      // The app has no dark theme; under the system's forced colours (dark high contrast, where
      // the page turns white on black) the code stays black on white.
      await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
      const forced = await code.evaluate((svg) => [getComputedStyle(document.body).backgroundColor, ...['path.qr-dark', 'rect.qr-light'].map((s) => getComputedStyle(svg.querySelector(s)).fill)]);
      assert.deepEqual(forced, ['rgb(0, 0, 0)', 'rgb(0, 0, 0)', 'rgb(255, 255, 255)'], 'the page forced to black, the code black on white');
      await page.emulateMedia({ forcedColors: 'none', colorScheme: null });
      assert.deepEqual([drawn.minX, drawn.minY, drawn.side - drawn.maxX, drawn.side - drawn.maxY], [4, 4, 4, 4], 'a quiet zone of 4 modules on every side');
      // What the phone shows, cut at the code's own edges, reads back as the results link.
      const shown = (await code.screenshot()).toString('base64');
      const blank = await context.newPage();
      await blank.addScriptTag({ content: readFileSync(join(REPO_ROOT, 'node_modules', 'jsqr', 'dist', 'jsQR.js'), 'utf8') });
      const decoded = await blank.evaluate(async (png) => {
        const img = new Image();
        img.src = `data:image/png;base64,${png}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        [canvas.width, canvas.height] = [img.naturalWidth, img.naturalHeight];
        const ctx = canvas.getContext('2d');
        ctx.drawImage(img, 0, 0);
        return window.jsQR(ctx.getImageData(0, 0, canvas.width, canvas.height).data, canvas.width, canvas.height)?.data ?? null;
      }, shown);
      await blank.close();
      assert.equal(decoded, await page.locator('#result-link').inputValue(), 'the code on screen reads back as the link');
      await expectNoAxeViolations(page, `send step with the code ${lang}`);
      await screenshot(page, `participant-send-code-phone-${lang}`, { fullPage: false });

      // The screen kept on while the code is shown.
      await page.waitForFunction(() => window.__wake.held.length === 1);
      assert.deepEqual(await wake(), { requests: 1, held: 1, released: 0 });
      // Hidden (another app): the browser lets the lock go, nothing is asked while hidden;
      // visible again: asked again, still one held.
      await page.evaluate(() => window.__setHidden(true));
      assert.deepEqual(await wake(), { requests: 1, held: 0, released: 0 });
      await page.evaluate(() => window.__setHidden(false));
      await page.waitForFunction(() => window.__wake.held.length === 1);
      assert.equal((await wake()).requests, 2);

      // Leaving the step lets it go, and a visible page asks for nothing more.
      await page.getByRole('button', { name: UI.EDIT_ANSWERS[lang] }).tap();
      await page.locator('h1', { hasText: DIMENSIONS[lang][0] }).waitFor();
      await page.waitForFunction(() => window.__wake.held.length === 0);
      await page.evaluate(() => window.__setHidden(true));
      await page.evaluate(() => window.__setHidden(false));
      assert.deepEqual(await wake(), { requests: 2, held: 0, released: 1 });
      assertNoErrors(errors, 'send step');

      // A browser that refuses, and one without the API: the step as before, nothing said.
      for (const mode of ['refuse', 'missing']) {
        const other = await addPage(context);
        // The first page left the step: this one starts on it again.
        await other.page.addInitScript(([m, saved]) => {
          window.__wakeMode = m;
          localStorage.setItem('samenwerkingsscan.v1', saved);
        }, [mode, FINISHED(lang)]);
        await other.page.goto(server.url);
        await other.page.getByRole('heading', { name: UI.SEND_HEADING[lang] }).waitFor();
        await other.page.locator('section.share svg.qr').waitFor();
        if (mode === 'refuse') await other.page.waitForFunction(() => window.__wake.requests === 1);
        await other.page.evaluate(() => window.__setHidden(true));
        await other.page.evaluate(() => window.__setHidden(false));
        if (mode === 'refuse') await other.page.waitForFunction(() => window.__wake.requests === 2);
        // A round trip through the app: any rejection would have been reported by now.
        await other.page.getByRole('button', { name: UI.OTHER_LANGUAGE[lang] }).tap();
        await waitForHtmlLang(other.page, lang === 'nl' ? 'en' : 'nl');
        assert.equal(await other.page.locator('.notice, [role=alert]').count(), 0, `${mode}: nothing said`);
        assertNoErrors(other.errors, `wake lock ${mode}`);
      }
    } finally {
      await close();
    }
  });
}
