// The facilitator's stored value (issue 21): two tabs of the same facilitator typing agreements
// and pasting links lose nothing, in either tab or after a reload; a stored value with damaged
// parts is read for the rest, kept aside whole, and the notice names what was not read.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  addPage,
  assertNoErrors,
  expectNoAxeViolations,
  openApp,
  screenshot,
  useBrowserAndApp,
  waitForApp,
  waitForHtmlLang,
} from './helpers.mjs';
import { golden } from './golden.mjs';
import { invitationLink, responseLink } from './links.mjs';
import { UI } from './labels.mjs';

let browser;
let server;
useBrowserAndApp((b, s) => {
  browser = b;
  server = s;
});

const KEY = 'samenwerkingsscan.workshop.v1';
const TEAM = 'Wijkteam Oost';
const LINKS = ['woerden', 'less', 'fewnow', 'boundary', 'dontknow', 'middle'].map((n) =>
  responseLink(golden(n), TEAM),
);

async function toFacilitator(page, lang = 'nl') {
  if (lang === 'en') {
    await page.getByRole('button', { name: UI.OTHER_LANGUAGE.nl, exact: true }).click();
    await waitForHtmlLang(page, 'en');
  }
  await page.getByRole('button', { name: UI.FACILITATE[lang], exact: true }).click();
  await page.getByRole('heading', { level: 1, name: UI.FACILITATE[lang], exact: true }).waitFor();
}

async function paste(page, text, lang = 'nl') {
  await page.fill('#paste', text);
  await page.getByRole('button', { name: UI.ADD_PASTED[lang], exact: true }).click();
}

/** Waits until the page's collection holds `n` results (the count the workshop screen shows). */
const waitForCount = (page, n, lang = 'nl') =>
  page.getByText(`${n} ${lang === 'nl' ? 'deelnemer' : 'participant'}${n === 1 ? '' : 's'}`, { exact: true }).first().waitFor();

const value = (page, selector) => page.locator(selector).inputValue();

describe('the facilitator in two tabs', () => {
  test('agreements typed and links pasted in both tabs: nothing lost, live and after a reload', async () => {
    const { context, page: a, errors, close } = await openApp(browser, server, 'desktop');
    try {
      await toFacilitator(a);
      await paste(a, LINKS.slice(0, 3).join('\n'));
      await waitForCount(a, 3);
      await a.locator('#agreement-1').waitFor();
      const { page: b, errors: errorsB } = await addPage(context);
      await b.goto(server.url);
      await waitForApp(b);
      // The second tab resumes where the first was: the workshop screen.
      await b.getByRole('heading', { level: 1, name: UI.FACILITATE.nl, exact: true }).waitFor();
      await waitForCount(b, 3);
      // Tab A types an agreement key by key while tab B pastes two more links and types in
      // another dimension: each tab writes the whole value many times over the other's.
      const typing = a.locator('#agreement-1').pressSequentially('Wekelijks casusoverleg met UWV');
      await paste(b, LINKS.slice(3, 5).join(' en '));
      // (After a paste the focus goes to what it added: type once it has arrived.)
      await waitForCount(b, 5);
      await b.locator('#agreement-2-owner').pressSequentially('Sanne');
      await typing;
      await a.locator('#agreement-1-due').fill('juni');
      // Each tab shows what the other did, without a reload.
      await waitForCount(a, 5);
      await a.waitForFunction(() => document.querySelector('#agreement-2-owner')?.value === 'Sanne');
      await b.waitForFunction(() => document.querySelector('#agreement-1')?.value === 'Wekelijks casusoverleg met UWV');
      await b.waitForFunction(() => document.querySelector('#agreement-1-due')?.value === 'juni');
      // Tab B pastes once more while tab A types in B's field: the later edit of a field wins.
      await paste(b, LINKS[5]);
      await a.locator('#agreement-2-owner').fill('Sanne en Piet');
      await waitForCount(a, 6);
      await b.waitForFunction(() => document.querySelector('#agreement-2-owner')?.value === 'Sanne en Piet');
      for (const page of [a, b]) {
        await page.reload();
        await waitForApp(page);
        await waitForCount(page, 6);
        assert.equal(await value(page, '#agreement-1'), 'Wekelijks casusoverleg met UWV');
        assert.equal(await value(page, '#agreement-1-due'), 'juni');
        assert.equal(await value(page, '#agreement-2-owner'), 'Sanne en Piet');
      }
      // Erasing in one tab erases in the other; it does not come back from the other's memory.
      await b.getByRole('button', { name: UI.CLEAR_COLLECTED.nl, exact: true }).click();
      await b.getByRole('button', { name: UI.CONFIRM_YES.nl, exact: true }).click();
      await a.locator('#agreement-1').waitFor({ state: 'detached' });
      await paste(a, LINKS[0]);
      await waitForCount(b, 1);
      const stored = await a.evaluate((k) => localStorage.getItem(k), KEY);
      assert.ok(stored.startsWith('3|'), stored.slice(0, 20));
      assertNoErrors(errors, 'tab A');
      assertNoErrors(errorsB, 'tab B');
    } finally {
      await close();
    }
  });
});

describe('a damaged stored value', () => {
  for (const [lang, viewport] of [
    ['nl', 'phone'],
    ['en', 'desktop'],
  ]) {
    test(`read for the rest, kept aside whole, and named in the notice (${lang}, ${viewport})`, async () => {
      // A mistyped invitation, one good link and one cut short, agreements that do not parse.
      const good = LINKS[0];
      const invitation = invitationLink({ teamName: TEAM }).replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
      const damaged = `3|5|${invitation}|${good}.6 ${LINKS[1].slice(0, 12)}.7|0.0.9||x`;
      const { page, errors, close } = await openApp(browser, server, viewport, {
        storage: { origin: server.url.replace(/\/$/, ''), items: { [KEY]: damaged } },
      });
      try {
        await toFacilitator(page, lang);
        const notice = {
          nl: 'Niet alles wat op dit apparaat bewaard was, kon worden gelezen: de uitnodiging, 1 verzamelde link en de afspraken niet. Het geheel is apart bewaard, niet gewist. De rest staat hier weer.',
          en: 'Not everything saved on this device could be read: the invitation, 1 collected link and the agreements could not. The whole has been kept aside, not erased. The rest is back here.',
        }[lang];
        await page.getByRole('status').filter({ hasText: notice }).waitFor();
        await waitForCount(page, 1, lang);
        const backup = await page.evaluate((k) => localStorage.getItem(`${k}.unreadable`), KEY);
        assert.equal(backup, damaged, 'kept aside whole before anything is written');
        await expectNoAxeViolations(page, 'damaged value notice');
        await screenshot(page, `two-tabs-damaged-${viewport}-${lang}`);
        // Working on writes the value anew; the copy stays, and the notice closes when asked.
        await paste(page, LINKS[2], lang);
        await waitForCount(page, 2, lang);
        await page.waitForFunction((k) => localStorage.getItem(k)?.startsWith('3|5||'), KEY);
        assert.equal(await page.evaluate((k) => localStorage.getItem(`${k}.unreadable`), KEY), damaged);
        await page.getByRole('button', { name: UI.DISMISS[lang], exact: true }).click();
        assert.equal(await page.getByRole('status').filter({ hasText: notice }).count(), 0);
        await page.reload();
        await waitForApp(page);
        await waitForCount(page, 2, lang);
        assert.equal(await page.locator('.notice').count(), 0, 'no notice on the next visit');
        assertNoErrors(errors, 'damaged value');
      } finally {
        await close();
      }
    });
  }
});
