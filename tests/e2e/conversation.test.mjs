// The workshop conversation (issue 13), as a facilitator runs it: six golden participants'
// links collected from a chat transcript, agreements typed for three dimensions (one of them
// hostile: markup, right-to-left script, emoji), kept over a reload, printed as the report,
// carried by the team link into a fresh browser, and shown beside the movement when a later
// team link is compared with that earlier one. In Dutch and English, at 360 px and desktop
// width. The presenter mode has its own file (presenter.test.mjs).

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
import { responseLink } from './links.mjs';
import { PRESENT, UI } from './labels.mjs';

let browser;
let server;
useBrowserAndApp((b, s) => {
  browser = b;
  server = s;
});

const TEAM = 'Wijkteam Oost';
const SIX = ['woerden', 'less', 'fewnow', 'boundary', 'dontknow', 'middle'].map(golden);
/** Half a year on: every NOW answer one step higher where it can be. */
const LATER = SIX.map((set) => ({ ...set, now: set.now.map((c) => (c >= 1 && c < 5 ? c + 1 : c)) }));


/** The agreements typed, for the first three dimensions of the agenda. */
const AGREEMENTS = [
  {
    text: '<img src=x onerror="document.title=1"><b>Eén</b> intake & "samen" — مرحبا שלום 👩‍👩‍👧 ❤️',
    owner: 'Fatima <script>',
    due: 'Q3',
  },
  { text: 'Elke maand een casusoverleg met UWV en de wijkteams', owner: '', due: 'juni' },
  { text: 'Één aanspreekpunt per gezin', owner: 'Piet', due: '' },
];

function chat(sets) {
  return sets
    .map((set, i) => `[10:0${i}] Deelnemer ${i + 1}: mijn uitkomst https://scan.example.nl/#${responseLink(set, TEAM)} 👍`)
    .join('\n');
}

async function toFacilitator(page, lang) {
  if (lang === 'en') {
    await page.getByRole('button', { name: UI.OTHER_LANGUAGE.nl, exact: true }).click();
    await waitForHtmlLang(page, 'en');
  }
  await page.getByRole('button', { name: UI.FACILITATE[lang], exact: true }).click();
  await page.getByRole('heading', { level: 1, name: UI.FACILITATE[lang], exact: true }).waitFor();
}

async function paste(page, lang, text) {
  await page.fill('#paste', text);
  await page.getByRole('button', { name: UI.ADD_PASTED[lang], exact: true }).click();
}

/** The dimension ids of the agenda, in its order. */
async function agendaIds(page, lang) {
  const names = await page.locator('ol.agenda > li > h3').allTextContents();
  return names.map((n) => DIMENSIONS[lang].indexOf(n.trim()) + 1);
}

/** Types an agreement into the fields of dimension `id` by keyboard (the hostile one by fill). */
async function typeAgreement(page, id, agreement, { byKeyboard }) {
  const fields = [`#agreement-${id}`, `#agreement-${id}-owner`, `#agreement-${id}-due`];
  const values = [agreement.text, agreement.owner, agreement.due];
  for (const [i, selector] of fields.entries()) {
    if (!values[i]) continue;
    if (byKeyboard) {
      await page.focus(selector);
      await page.keyboard.type(values[i]);
    } else {
      await page.fill(selector, values[i]);
    }
  }
}

/** The agreement shown as text in dimension `id`'s agenda item: what / who / when. */
async function shownAgreement(page, lang, id, selector = '.agreement') {
  const item = page.locator('ol.agenda > li').filter({
    has: page.locator('h3', { hasText: new RegExp(`^${DIMENSIONS[lang][id - 1].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }),
  });
  return item.locator(selector).evaluate((p) => [...p.querySelectorAll('bdi')].map((b) => b.textContent));
}

const expected = (a) => [a.text, a.owner, a.due].filter(Boolean);

describe('the workshop conversation', () => {
  for (const viewport of ['phone', 'desktop']) {
    for (const lang of ['nl', 'en']) {
      test(`${viewport}, ${lang}: agreements typed, kept, printed, carried by the team link and followed up`, async () => {
        const facilitator = await openApp(browser, server, viewport);
        const { page, errors } = facilitator;
        await toFacilitator(page, lang);
        await paste(page, lang, chat(SIX));
        await page.locator('ol.agenda').waitFor();
        assert.match(await page.locator('.participants').textContent(), /^6 /);

        // Three agreements, on the first three dimensions of the agenda.
        const ids = (await agendaIds(page, lang)).slice(0, 3);
        assert.equal(ids.length, 3);
        assert.ok(ids.every((id) => id >= 1), `agenda names known: ${ids}`);
        for (const [i, id] of ids.entries()) {
          await typeAgreement(page, id, AGREEMENTS[i], { byKeyboard: i > 0 });
        }
        // Who without what: a message at the field, nothing lost.
        const fourth = (await agendaIds(page, lang))[3];
        await page.fill(`#agreement-${fourth}-owner`, 'Karin');
        await page.locator(`#agreement-${fourth}-problem`, { hasText: UI.AGREEMENT_NO_TEXT[lang] }).waitFor();
        assert.equal(await page.getAttribute(`#agreement-${fourth}`, 'aria-invalid'), 'true');
        await expectNoAxeViolations(page, `${viewport} ${lang}: team view with agreements`);
        if (lang === 'nl') await screenshot(page, `conversation-agreements-${viewport}`);

        // Kept as typed, over a reload.
        await page.reload();
        await waitForApp(page);
        await page.locator('ol.agenda').waitFor();
        for (const [i, id] of ids.entries()) {
          assert.equal(await page.inputValue(`#agreement-${id}`), AGREEMENTS[i].text, 'kept as typed');
          assert.equal(await page.inputValue(`#agreement-${id}-owner`), AGREEMENTS[i].owner);
          assert.equal(await page.inputValue(`#agreement-${id}-due`), AGREEMENTS[i].due);
        }
        assert.equal(await page.inputValue(`#agreement-${fourth}-owner`), 'Karin');
        assert.notEqual(await page.title(), '1', 'the markup was never run');
        assert.equal(await page.locator('ol.agenda img').count(), 0, 'the markup is text');

        // The printed report: no buttons, no fields, the date, the agreements as text.
        await page.emulateMedia({ media: 'print' });
        const visibleButtons = await page.locator('button').evaluateAll((bs) => bs.filter((b) => b.offsetParent !== null).length);
        assert.equal(visibleButtons, 0, 'no buttons in print');
        const visibleInputs = await page.locator('input, textarea, select').evaluateAll((fs) => fs.filter((f) => f.offsetParent !== null).length);
        assert.equal(visibleInputs, 0, 'no form fields in print');
        assert.match(await page.locator('.print-only', { hasText: UI.REPORT_DATE[lang] }).innerText(), new RegExp(`^${UI.REPORT_DATE[lang]} \\d{1,2} \\p{L}+ \\d{4}$`, 'u'));
        assert.ok(await page.locator('.team-name').isVisible(), 'the team in the report');
        assert.ok(await page.locator('.participants').isVisible(), 'the participants in the report');
        assert.ok(await page.locator('.continuum').first().isVisible(), 'the placement in the report');
        for (const [i, id] of ids.entries()) {
          assert.deepEqual(await shownAgreement(page, lang, id, '.agreement.print-only'), expected(AGREEMENTS[i]));
        }
        const unbreakable = await page.locator('ol.agenda svg.strip').evaluateAll((svgs) =>
          svgs.every((s) => ['avoid', 'avoid-page'].includes(getComputedStyle(s).breakInside)));
        assert.ok(unbreakable, 'no page break inside a strip plot');
        if (lang === 'nl') await screenshot(page, `conversation-report-${viewport}`);
        await page.emulateMedia({ media: 'screen' });

        // The team link carries the three agreements into a fresh browser.
        const teamLink = await page.locator('#team-link').inputValue();
        assert.match(teamLink, /#v3t/, 'a team link of counts (version 3) with its agreements section');
        const opened = await openApp(browser, server, viewport, { path: `/${new URL(teamLink).hash}` });
        if (lang === 'en') {
          await opened.page.getByRole('button', { name: UI.OTHER_LANGUAGE.nl, exact: true }).click();
          await waitForHtmlLang(opened.page, 'en');
        }
        await opened.page.locator('ol.agenda').waitFor();
        for (const [i, id] of ids.entries()) {
          assert.deepEqual(await shownAgreement(opened.page, lang, id), expected(AGREEMENTS[i]), 'shown as typed');
        }
        assert.equal(await opened.page.locator('ol.agenda .agreement').count(), 3, 'who without what is not carried');
        assert.equal(await opened.page.locator('ol.agenda input').count(), 0, 'an opened link shows the agreements as text');
        await expectNoAxeViolations(opened.page, `${viewport} ${lang}: opened team link with agreements`);
        // On the first dimension's slide (the third), the hostile agreement as typed.
        await opened.page.getByRole('button', { name: PRESENT.PRESENT[lang], exact: true }).click();
        await opened.page.locator('section.presenter').waitFor();
        for (const key of ['PageDown', 'PageDown']) await opened.page.keyboard.press(key);
        await opened.page.locator('.slide-count', { hasText: / 3 \/ / }).waitFor();
        const onSlide = await opened.page.locator('.slide-dimension .agreement-text bdi').allTextContents();
        assert.deepEqual(onSlide, expected(AGREEMENTS[0]), 'the slide shows the agreement as typed');
        await opened.page.keyboard.press('Escape');
        await opened.page.locator('section.presenter').waitFor({ state: 'detached' });
        assertNoErrors(opened.errors, 'opened team link');
        await opened.close();

        // Months later: the team again, compared with that earlier link.
        await page.getByRole('button', { name: UI.CLEAR_COLLECTED[lang], exact: true }).click();
        await page.getByRole('button', { name: UI.CONFIRM_YES[lang], exact: true }).click();
        await paste(page, lang, chat(LATER));
        await page.locator('ol.agenda').waitFor();
        assert.equal(await page.locator('ol.agenda .agreement-form :is(input, textarea)').evaluateAll((fs) => fs.filter((f) => f.value).length), 0,
          'erasing the results erased their agreements');
        await page.fill('#compare-link', teamLink);
        await page.getByRole('button', { name: UI.COMPARE_TEAMS[lang], exact: true }).click();
        const earlier = page.locator('.earlier-agreements li');
        await earlier.first().waitFor();
        assert.equal(await earlier.count(), 3);
        for (const [i, id] of ids.entries()) {
          const item = earlier.filter({ has: page.locator('h4', { hasText: DIMENSIONS[lang][id - 1] }) });
          assert.equal(await item.count(), 1, `the earlier agreement of ${id}`);
          const shown = await item.locator('.agreement').evaluate((p) => [...p.querySelectorAll('bdi')].map((b) => b.textContent));
          assert.deepEqual(shown, expected(AGREEMENTS[i]));
          assert.match(await item.locator('.agreement b').textContent(), new RegExp(UI.AGREED_THEN[lang]));
          // Beside it, the movement the table shows for the same dimension.
          const row = page.locator('table.movement tr').filter({ has: page.locator('th', { hasText: DIMENSIONS[lang][id - 1] }) });
          const nowMove = (await row.locator('td').first().textContent()).trim();
          assert.match(nowMove, /→/);
          const medians = (await item.locator('.medians').textContent()).trim();
          assert.ok(medians.startsWith(`${UI.MEDIAN[lang]}: ${UI.NOW[lang]} ${nowMove}`), `${medians} shows ${nowMove}`);
        }
        await expectNoAxeViolations(page, `${viewport} ${lang}: comparison with earlier agreements`);
        if (lang === 'nl') await screenshot(page, `conversation-follow-up-${viewport}`);
        assert.equal(await heading(page), UI.FACILITATE[lang]);
        assertNoErrors(errors, 'facilitator');
        await facilitator.close();
      });
    }
  }
});
