// Issue 12: nothing a person types is lost, and the focus is set on purpose. At 360x740 and
// 1280x800, starting in Dutch and in English:
// - text typed into the facilitator's paste box survives copying the join link, the language
//   switch, the "erase the collected results" question and a paste that adds nothing;
// - text typed into a team link's compare field survives copying the team link, the language
//   switch and a failed comparison;
// - the welcome screen's team name survives the language switch and the start-over question;
// - each question puts the focus on its safe answer and gives it back to the button that
//   opened it; the language switch keeps the focus; a new screen focuses its h1; the focus is
//   never left on the body;
// - a whitespace-only (or empty) team name in the invitation form gets the app's own message,
//   tied to the field (role="alert", aria-invalid, aria-describedby), and makes no invitation.
//
// Locators are role + accessible name (the texts of src/i18n/ui.rs) and the field ids the UI
// keeps (#paste, #compare-link, #team-name, #workshop-team, #workshop-lang, #join-link).

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  assertNoErrors,
  expectNoAxeViolations,
  openApp,
  useBrowserAndApp,
  waitForHtmlLang,
} from './helpers.mjs';
import { DIMENSIONS, golden } from './golden.mjs';
import { responseLink, teamLink } from './links.mjs';
import { COPY, UI } from './labels.mjs';

let browser;
let server;
useBrowserAndApp((b, s) => {
  browser = b;
  server = s;
});

const KEY = 'samenwerkingsscan.v1';
const TEAM = 'Wijkteam Oost';

// The texts the tests press and look for are the app's own (./labels.mjs); the role's name is
// the domain's (src/domain/instrument.rs), and either message of the copy button will do.
const UWV = { nl: 'UWV', en: 'UWV (employee insurance agency)' };
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const COPY_DONE = Object.fromEntries(
  ['nl', 'en'].map((lang) => [lang, new RegExp([UI.COPIED[lang], UI.COPY_FAILED[lang]].map(escapeRegExp).join('|'))]),
);
const participants = (lang, n) => (lang === 'nl' ? `${n} deelnemers` : `${n} participants`);
const other = (lang) => (lang === 'nl' ? 'en' : 'nl');

const button = (page, name) => page.getByRole('button', { name, exact: true });

/** Clicks on desktop, taps on the phone (as a person there would). */
async function press(locator, viewport) {
  if (viewport === 'phone') await locator.tap();
  else await locator.click();
}

/** Presses the language switch and waits until the page is in `to`. */
async function switchLanguage(page, to, viewport) {
  const from = other(to);
  await press(button(page, UI.OTHER_LANGUAGE[from]), viewport);
  await waitForHtmlLang(page, to);
  await button(page, UI.OTHER_LANGUAGE[to]).waitFor();
}

/** What has the focus, for messages: tag, role and text. */
function describeFocus(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'the body';
    if (el === document.documentElement) return 'the document';
    const role = el.getAttribute('role');
    return `<${el.tagName.toLowerCase()}${el.id ? ` id=${el.id}` : ''}${role ? ` role=${role}` : ''}> "${el.textContent.trim().slice(0, 60)}"`;
  });
}

/**
 * Waits until the focus is on the element with tag `tag` whose text is `text` (a button by its
 * label, a heading by its text), and fails saying where the focus is instead. Never the body.
 */
async function expectFocus(page, tag, text, what) {
  const landed = await page
    .waitForFunction(
      ([tag, text]) => {
        const el = document.activeElement;
        // Without the soft hyphens of the displayed dimension names (U+00AD).
        return !!el && el !== document.body && el.tagName === tag && el.textContent.replace(/\u00ad/g, '').trim() === text;
      },
      [tag, text],
    )
    .then(
      () => true,
      () => false,
    );
  const actual = await describeFocus(page);
  assert.notEqual(actual, 'the body', `${what}: the focus fell to the body (expected ${tag} "${text}")`);
  assert.ok(landed, `${what}: the focus should be on ${tag} "${text}", but is on ${actual}`);
}

/** The field holds exactly what was typed into it. */
async function expectValue(page, selector, typed, what) {
  const field = page.locator(selector);
  assert.equal(await field.count(), 1, `${what}: ${selector} is on the page`);
  assert.equal(await field.inputValue(), typed, `${what}: ${selector} still holds the typed text`);
}

/**
 * Checks that do not stop the test at the first one that fails, so one run shows every
 * behaviour that is broken: `await check(() => expectFocus(...))`, then `check.done()` fails
 * with all the failed checks listed.
 */
function checks() {
  const failed = [];
  const check = async (fn) => {
    try {
      await fn();
    } catch (error) {
      if (!(error instanceof assert.AssertionError)) throw error;
      failed.push(error.message.split('\n')[0] + (error.actual !== undefined ? ` (actual: ${JSON.stringify(error.actual)})` : ''));
    }
  };
  check.done = () => assert.deepEqual(failed, [], `${failed.length} check(s) failed:\n  ${failed.join('\n  ')}`);
  return check;
}

/** Opens the app (clipboard allowed) and, for English, switches to it with the button. */
async function open(viewport, lang, opts = {}) {
  const app = await openApp(browser, server, viewport, {
    ...opts,
    contextOptions: { permissions: ['clipboard-read', 'clipboard-write'], ...(opts.contextOptions ?? {}) },
  });
  if (lang === 'en') await switchLanguage(app.page, 'en', viewport);
  return app;
}

/** The facilitator's screen, from the welcome screen's button. */
async function toFacilitator(page, lang, viewport) {
  await press(button(page, UI.FACILITATE[lang]), viewport);
  await page.getByRole('heading', { level: 1, name: UI.FACILITATE[lang], exact: true }).waitFor();
  await facilitatorBuild(page);
}

/**
 * Waits until the facilitator's build has taken over the page: while it loads, the
 * participant's shows a placeholder with the same heading (docs/build.md). The paste box is
 * the facilitator's own.
 */
async function facilitatorBuild(page) {
  await page.locator('#paste').waitFor({ state: 'attached' });
}

/** Makes an invitation with the form: team name, the participants' language, role groups. */
async function makeInvitation(page, lang, viewport) {
  await page.locator('#workshop-team').fill(TEAM);
  await page.locator('#workshop-lang').selectOption(other(lang));
  await page.getByRole('checkbox', { name: UWV[lang], exact: true }).uncheck();
  await press(button(page, UI.MAKE_INVITATION[lang]), viewport);
  await page.locator('#join-link').waitFor();
}

/** The facilitator's screen with an invitation and two collected results (so "erase" is there). */
async function facilitatorWithResults(viewport, lang) {
  const app = await open(viewport, lang);
  const { page } = app;
  await toFacilitator(page, lang, viewport);
  await makeInvitation(page, lang, viewport);
  const links = ['woerden', 'less'].map((name) => `${server.url}#${responseLink(golden(name), TEAM)}`);
  await page.locator('#paste').fill(`Sanne: ${links[0]}\nMo: ${links[1]}`);
  await press(button(page, UI.ADD_PASTED[lang]), viewport);
  await page.getByText(participants(lang, 2), { exact: true }).first().waitFor();
  await button(page, UI.CLEAR_COLLECTED[lang]).waitFor();
  return app;
}

/** Types into a field as a person does: focus, then keys (the fields' input events fire). */
async function typeInto(page, selector, text) {
  await page.locator(selector).click();
  await page.locator(selector).pressSequentially(text);
  assert.equal(await page.locator(selector).inputValue(), text, `${selector} holds what was typed`);
}

const NOTE = 'Nog 3 mensen: Anouk, Bram en Fatima';

for (const viewport of ['phone', 'desktop']) {
  for (const lang of ['nl', 'en']) {
    const where = `at ${viewport === 'phone' ? '360x740' : '1280x800'}, starting in ${lang === 'nl' ? 'Dutch' : 'English'}`;

    describe(`typed text and focus ${where}`, () => {
      test('facilitator: the paste box keeps its text when the join link is copied', async () => {
        const { page, errors, close } = await facilitatorWithResults(viewport, lang);
        try {
          await typeInto(page, '#paste', NOTE);
          const invitation = page.getByRole('region', { name: UI.INVITATION_HEADING[lang], exact: true });
          await press(invitation.getByRole('button', { name: UI.COPY_INVITATION[lang], exact: true }), viewport);
          await page.getByText(COPY_DONE[lang]).first().waitFor();
          const check = checks();
          await check(() => expectValue(page, '#paste', NOTE, 'after copying the join link'));
          await check(() => expectFocus(page, 'BUTTON', UI.COPY_INVITATION[lang], 'after copying the join link'));
          check.done();
          assertNoErrors(errors);
        } finally {
          await close();
        }
      });

      test('facilitator: the paste box keeps its text over the language switch, which keeps the focus', async () => {
        const { page, errors, close } = await facilitatorWithResults(viewport, lang);
        try {
          await typeInto(page, '#paste', NOTE);
          await switchLanguage(page, other(lang), viewport);
          await page.getByRole('heading', { level: 1, name: UI.FACILITATE[other(lang)], exact: true }).waitFor();
          const check = checks();
          await check(() => expectFocus(page, 'BUTTON', UI.OTHER_LANGUAGE[other(lang)], 'after the language switch'));
          await check(() => expectValue(page, '#paste', NOTE, 'after the language switch'));
          // And back, from the typed text again.
          await page.locator('#paste').fill(NOTE);
          await switchLanguage(page, lang, viewport);
          await check(() => expectFocus(page, 'BUTTON', UI.OTHER_LANGUAGE[lang], 'after switching back'));
          await check(() => expectValue(page, '#paste', NOTE, 'after switching back'));
          check.done();
          assertNoErrors(errors);
        } finally {
          await close();
        }
      });

      test('facilitator: "erase the collected results" focuses "no"; cancelling returns the focus to it; the paste box keeps its text', async () => {
        const { page, errors, close } = await facilitatorWithResults(viewport, lang);
        try {
          await typeInto(page, '#paste', NOTE);
          await press(button(page, UI.CLEAR_COLLECTED[lang]), viewport);
          await page.getByText(UI.CONFIRM_CLEAR[lang]).waitFor();
          const check = checks();
          await check(() => expectFocus(page, 'BUTTON', UI.CONFIRM_NO[lang], 'the erase question'));
          await check(() => expectValue(page, '#paste', NOTE, 'while the erase question is asked'));
          await page.locator('#paste').fill(NOTE);
          await press(button(page, UI.CONFIRM_NO[lang]), viewport);
          await button(page, UI.CLEAR_COLLECTED[lang]).waitFor();
          assert.equal(await page.getByText(UI.CONFIRM_CLEAR[lang]).count(), 0, 'the question is closed');
          await check(() => expectFocus(page, 'BUTTON', UI.CLEAR_COLLECTED[lang], 'after "no"'));
          await check(() => expectValue(page, '#paste', NOTE, 'after "no"'));
          check.done();
          assert.ok((await page.getByText(participants(lang, 2), { exact: true }).count()) > 0, 'nothing was erased');
          assertNoErrors(errors);
        } finally {
          await close();
        }
      });

      test('facilitator: a paste that adds nothing says why and keeps the pasted text; axe passes with the problem shown', async () => {
        const { page, errors, close } = await facilitatorWithResults(viewport, lang);
        try {
          const cut = responseLink(golden('boundary'), TEAM).slice(0, -5);
          const failed = `Joris 10:14 hier is de mijne: ${server.url}#${cut}`;
          await typeInto(page, '#paste', failed);
          await press(button(page, UI.ADD_PASTED[lang]), viewport);
          await page.getByText(UI.NOT_READ_HEADING[lang], { exact: true }).waitFor();
          await page.getByText(UI.BROKEN_TRUNCATED[lang]).first().waitFor();
          const check = checks();
          await check(() => expectValue(page, '#paste', failed, 'after a paste that added nothing'));
          await check(() => expectFocus(page, 'BUTTON', UI.ADD_PASTED[lang], 'after the failed paste'));
          assert.ok((await page.getByText(participants(lang, 2), { exact: true }).count()) > 0, 'still the two results');
          await check(() => expectNoAxeViolations(page, 'facilitator with a problem shown'));
          check.done();
          assertNoErrors(errors);
        } finally {
          await close();
        }
      });

      for (const [what, typed] of [['whitespace-only', '   '], ['empty', '']]) {
        test(`facilitator: ${what === 'empty' ? 'an' : 'a'} ${what} team name gets the app's message tied to the field, and no invitation`, async () => {
          const { page, errors, close } = await open(viewport, lang);
          try {
            await toFacilitator(page, lang, viewport);
            const field = page.locator('#workshop-team');
            if (typed) await typeInto(page, '#workshop-team', typed);
            await press(button(page, UI.MAKE_INVITATION[lang]), viewport);
            // The app's own message, not a silent stop by the browser's `required` check.
            await page
              .getByRole('alert')
              .filter({ hasText: UI.TEAM_NAME_REQUIRED[lang] })
              .waitFor()
              .catch(async () =>
                assert.fail(
                  `team name ${JSON.stringify(typed)}: no role="alert" saying "${UI.TEAM_NAME_REQUIRED[lang]}"; ` +
                    `invitation made: ${(await page.locator('#join-link').count()) > 0}; ` +
                    `field valid for the browser: ${await field.evaluate((el) => el.checkValidity())}`,
                ),
              );
            assert.equal(await field.getAttribute('aria-invalid'), 'true', 'the field is marked invalid');
            const described = await field.evaluate((el) =>
              (el.getAttribute('aria-describedby') ?? '')
                .split(/\s+/)
                .filter(Boolean)
                .map((id) => document.getElementById(id)?.textContent ?? '')
                .join(' '),
            );
            assert.ok(described.includes(UI.TEAM_NAME_REQUIRED[lang]), `aria-describedby leads to the message (it leads to "${described}")`);
            assert.equal(await page.locator('#join-link').count(), 0, 'no invitation was made');
            await expectValue(page, '#workshop-team', typed, 'after the message');
            if (typed) {
              await expectNoAxeViolations(page, 'facilitator with the team-name message');
              // The message follows the language, and the typed text stays.
              await switchLanguage(page, other(lang), viewport);
              await page.getByRole('alert').filter({ hasText: UI.TEAM_NAME_REQUIRED[other(lang)] }).waitFor();
              await expectValue(page, '#workshop-team', typed, 'after the language switch');
              await switchLanguage(page, lang, viewport);
            }
            // A real name makes the invitation, and the message goes.
            await field.fill(TEAM);
            await press(button(page, UI.MAKE_INVITATION[lang]), viewport);
            await page.locator('#join-link').waitFor();
            assert.equal(await page.getByText(UI.TEAM_NAME_REQUIRED[lang]).count(), 0, 'the message is gone');
            assertNoErrors(errors);
          } finally {
            await close();
          }
        });
      }

      test('team link: the compare field keeps its text through copy, the language switch and a failed comparison', async () => {
        const team = ['woerden', 'less', 'middle'].map(golden);
        const { page, errors, close } = await open(viewport, lang, { path: `/#${teamLink(team, TEAM)}` });
        try {
          await page.getByRole('heading', { level: 1, name: UI.TEAM_TITLE[lang], exact: true }).waitFor();
          const typed = 'de meting van maart volgt nog';
          await typeInto(page, '#compare-link', typed);
          await press(button(page, UI.COPY_TEAM_LINK[lang]), viewport);
          await page.getByText(COPY_DONE[lang]).first().waitFor();
          const check = checks();
          await check(() => expectValue(page, '#compare-link', typed, 'after copying the team link'));
          await check(() => expectFocus(page, 'BUTTON', UI.COPY_TEAM_LINK[lang], 'after copying the team link'));

          // Each step starts from the typed text, whatever the step before did to it.
          await page.locator('#compare-link').fill(typed);
          await switchLanguage(page, other(lang), viewport);
          await page.getByRole('heading', { level: 1, name: UI.TEAM_TITLE[other(lang)], exact: true }).waitFor();
          await check(() => expectFocus(page, 'BUTTON', UI.OTHER_LANGUAGE[other(lang)], 'after the language switch'));
          await check(() => expectValue(page, '#compare-link', typed, 'after the language switch'));

          await page.locator('#compare-link').fill(typed);
          await press(button(page, UI.COMPARE_TEAMS[other(lang)]), viewport);
          await page.getByText(UI.COMPARE_NOT_TEAM[other(lang)]).waitFor();
          await check(() => expectValue(page, '#compare-link', typed, 'after a comparison that found no link'));
          await check(() => expectFocus(page, 'BUTTON', UI.COMPARE_TEAMS[other(lang)], 'after the failed comparison'));
          check.done();
          assertNoErrors(errors);
        } finally {
          await close();
        }
      });

      test('welcome: the typed team name survives the language switch and the start-over question', async () => {
        const { page, errors, close } = await open(viewport, lang);
        try {
          const name = 'Team Zuid & Co';
          await typeInto(page, '#team-name', name);
          await switchLanguage(page, other(lang), viewport);
          await expectValue(page, '#team-name', name, 'after the language switch');
          await switchLanguage(page, lang, viewport);
          await expectValue(page, '#team-name', name, 'after switching back');

          // Through the questions, unanswered, to the results.
          await press(button(page, UI.START[lang]), viewport);
          for (let i = 0; i < 13; i++) {
            await page.getByRole('heading', { level: 1, name: DIMENSIONS[lang][i], exact: true }).waitFor();
            await press(button(page, UI.NEXT[lang]), viewport);
          }
          await press(button(page, UI.TO_RESULTS[lang]), viewport);
          await page.getByRole('heading', { level: 1, name: UI.RESULTS_TITLE[lang], exact: true }).waitFor();
          await page.getByText(name, { exact: true }).first().waitFor();

          await press(button(page, UI.START_OVER[lang]), viewport);
          await press(button(page, UI.CONFIRM_NO[lang]), viewport);
          await button(page, UI.START_OVER[lang]).waitFor();
          assert.ok(await page.getByText(name, { exact: true }).count() > 0, 'the results still show the team name');

          // Back to the welcome screen: the field holds the name.
          await press(button(page, UI.EDIT_ANSWERS[lang]), viewport);
          for (let i = 0; i < 15; i++) {
            const h1 = (await page.locator('h1').first().textContent()).trim();
            if (h1 === COPY.WELCOME_TITLE[lang]) break;
            await press(button(page, UI.BACK[lang]), viewport);
            await page.waitForFunction((was) => document.querySelector('h1')?.textContent.trim() !== was, h1);
          }
          await page.getByRole('heading', { level: 1, name: COPY.WELCOME_TITLE[lang], exact: true }).waitFor();
          await expectValue(page, '#team-name', name, 'back on the welcome screen after the start-over question');
          assertNoErrors(errors);
        } finally {
          await close();
        }
      });

      test('results: "start over" focuses "no"; cancelling returns the focus to "start over"', async () => {
        // A finished scan saved on this device (the storage format of src/state.rs, as share.test.mjs uses it).
        const saved = { [KEY]: '1|nl|r|2|2232332212341233444433233454|Wijkteam Oost' };
        const { page, errors, close } = await open(viewport, lang, { storage: { origin: new URL(server.url).origin, items: saved } });
        try {
          await page.getByRole('heading', { level: 1, name: UI.RESULTS_TITLE[lang], exact: true }).waitFor();
          await press(button(page, UI.START_OVER[lang]), viewport);
          await page.getByText(UI.CONFIRM_START_OVER[lang]).waitFor();
          await expectFocus(page, 'BUTTON', UI.CONFIRM_NO[lang], 'the start-over question');
          await press(button(page, UI.CONFIRM_NO[lang]), viewport);
          await button(page, UI.START_OVER[lang]).waitFor();
          assert.equal(await page.getByText(UI.CONFIRM_START_OVER[lang]).count(), 0, 'the question is closed');
          await expectFocus(page, 'BUTTON', UI.START_OVER[lang], 'after "no"');
          // The language switch on the results keeps the focus on itself.
          await switchLanguage(page, other(lang), viewport);
          await expectFocus(page, 'BUTTON', UI.OTHER_LANGUAGE[other(lang)], 'after the language switch on the results');
          assertNoErrors(errors);
        } finally {
          await close();
        }
      });

      test('a new screen puts the focus on its h1', async () => {
        const { page, errors, close } = await open(viewport, lang);
        try {
          const h1 = async (name, what) => {
            await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
            await expectFocus(page, 'H1', name, what);
          };
          await press(button(page, UI.FACILITATE[lang]), viewport);
          await facilitatorBuild(page);
          await h1(UI.FACILITATE[lang], 'the facilitator screen');
          await press(button(page, UI.DO_SCAN_YOURSELF[lang]), viewport);
          await h1(COPY.WELCOME_TITLE[lang], 'back on the welcome screen');
          await press(button(page, UI.START[lang]), viewport);
          await h1(DIMENSIONS[lang][0], 'the first question');
          await press(button(page, UI.NEXT[lang]), viewport);
          await h1(DIMENSIONS[lang][1], 'after Next');
          await press(button(page, UI.NEXT[lang]), viewport);
          await h1(DIMENSIONS[lang][2], 'after Next again');
          await press(button(page, UI.BACK[lang]), viewport);
          await h1(DIMENSIONS[lang][1], 'after Previous');
          assertNoErrors(errors);
        } finally {
          await close();
        }
      });
    });
  }
}
