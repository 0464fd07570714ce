// Pastes that say what they did (issue 22): after every paste one sentence says what happened;
// the last paste can be undone; another team's results are named and can be left out; a team
// link asks first whether it is this session's team or an earlier one, and does what the
// answer says. Nothing is merged unseen. Dutch at phone width, English at desktop width, axe.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  assertNoErrors,
  expectNoAxeViolations,
  openApp,
  screenshot,
  useBrowserAndApp,
  waitForHtmlLang,
} from './helpers.mjs';
import { golden } from './golden.mjs';
import { responseLink, teamLink } from './links.mjs';
import { UI } from './labels.mjs';

let browser;
let server;
useBrowserAndApp((b, s) => {
  browser = b;
  server = s;
});

const SETS = ['woerden', 'less', 'fewnow', 'boundary', 'dontknow', 'middle'].map(golden);
const OOST = SETS.map((set) => responseLink(set, 'Wijkteam Oost'));

const TEXT = {
  nl: {
    first: '3 uitkomsten toegevoegd, 1 dubbel, van team Zuid, geen link in 2 regels.',
    undo: 'Laatste plakactie ongedaan maken',
    undone: 'Laatste plakactie ongedaan gemaakt: 1 deelnemer minder.',
    leaveOut: 'Laat team Zuid weg (1 deelnemer)',
    leftOut: 'Team Zuid weggelaten: 1 deelnemer.',
    question: 'In wat je plakte staat een teamlink. Is dat het team van deze sessie, of een eerdere meting om mee te vergelijken?',
    earlier: 'Vergelijk ermee',
    thisSession: 'Voeg toe aan deze sessie',
    count: (n) => (n === 1 ? '1 deelnemer' : `${n} deelnemers`),
    teamAdded: '1 teamlink (3 deelnemers) toegevoegd.',
    nothing: 'Niets toegevoegd, geen link in 1 regel.',
  },
  en: {
    first: '3 results added, 1 duplicate, from team Zuid, no link in 2 lines.',
    undo: 'Undo the last paste',
    undone: 'Last paste undone: 1 participant fewer.',
    leaveOut: 'Leave out team Zuid (1 participant)',
    leftOut: 'Team Zuid left out: 1 participant.',
    question: "What you pasted holds a team link. Is it this session's team, or an earlier session to compare with?",
    earlier: 'Compare with it',
    thisSession: 'Add to this session',
    count: (n) => (n === 1 ? '1 participant' : `${n} participants`),
    teamAdded: '1 team link (3 participants) added.',
    nothing: 'Nothing added, no link in 1 line.',
  },
};

/** The outcome's paragraph that holds `text` (the sentence is followed by its undo button). */
const status = (page, text) => page.locator('.paste-outcome p').filter({ hasText: text });

async function paste(page, lang, text) {
  await page.fill('#paste', text);
  await page.getByRole('button', { name: UI.ADD_PASTED[lang], exact: true }).click();
}

for (const [lang, viewport] of [
  ['nl', 'phone'],
  ['en', 'desktop'],
]) {
  describe(`the paste box says what it did (${lang}, ${viewport})`, () => {
    test('a message per paste, undo, another team left out, a team link asked about', async () => {
      const { page, errors, close } = await openApp(browser, server, viewport);
      const t = TEXT[lang];
      const count = (n) => page.locator('.collect-status').getByText(t.count(n), { exact: true }).waitFor();
      try {
        if (lang === 'en') {
          await page.getByRole('button', { name: UI.OTHER_LANGUAGE.nl, exact: true }).click();
          await waitForHtmlLang(page, 'en');
        }
        await page.getByRole('button', { name: UI.FACILITATE[lang], exact: true }).click();
        // A chat: two of Oost, one of Zuid, the first again, and two lines of chatter.
        const zuid = responseLink(SETS[5], 'Zuid');
        await paste(page, lang, `[10:01] ${OOST[0]}\n[10:02] ${OOST[1]}\nhallo\n${zuid} ${OOST[0]}\ngoedemorgen`);
        await status(page, t.first).waitFor();
        await count(3);
        await expectNoAxeViolations(page, 'paste message');
        await screenshot(page, `paste-message-${viewport}-${lang}`, { fullPage: false });
        // A second paste, undone: the count goes back.
        await paste(page, lang, OOST[2]);
        await count(4);
        await page.getByRole('button', { name: t.undo, exact: true }).click();
        await status(page, t.undone).waitFor();
        await count(3);
        assert.equal(await page.getByRole('button', { name: t.undo, exact: true }).count(), 0, 'one undo');
        // Team Zuid is named with a way to leave it out.
        await page.getByRole('button', { name: t.leaveOut, exact: true }).click();
        await status(page, t.leftOut).waitFor();
        await count(2);
        // A paste without a link says so.
        await paste(page, lang, 'geen link hier');
        await status(page, t.nothing).waitFor();
        // A team link asks first; nothing is added before the answer.
        const team = teamLink(SETS.slice(3, 6), 'Wijkteam Oost');
        await paste(page, lang, `https://scan.example.nl/#${team}`);
        await status(page, t.question).waitFor();
        await page.waitForFunction((name) => document.activeElement?.textContent === name, t.thisSession);
        await count(2);
        await expectNoAxeViolations(page, 'team link question');
        // An earlier session: it goes to the comparison, nothing is added.
        await page.getByRole('button', { name: t.earlier, exact: true }).click();
        await page.locator('.paste-outcome p').first().waitFor();
        await count(2);
        assert.equal(await page.locator('#compare-link').inputValue(), `https://scan.example.nl/#${team}`);
        // Pasted again and answered "this session": added, and undoable.
        await paste(page, lang, team);
        await page.getByRole('button', { name: t.thisSession, exact: true }).click();
        await status(page, t.teamAdded).waitFor();
        await count(5);
        await page.getByRole('button', { name: t.undo, exact: true }).click();
        await count(2);
        // Undone for good: a reload keeps it out.
        await page.reload();
        await count(2);
        assertNoErrors(errors, 'paste');
      } finally {
        await close();
      }
    });
  });
}
