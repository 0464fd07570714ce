// Issue 21, counts in the app, in one facilitator's browser: a team of 2 shares nothing and
// says why; from 3 the team link is a link of counts; shared at 6 and about to be shared again
// at 7 with one latecomer, the differencing warning shows (and still after a reload); half a
// year later, with one new colleague and changed answers, it does not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoErrors, expectNoAxeViolations, openApp, useBrowserAndApp } from './helpers.mjs';
import { golden } from './golden.mjs';
import { heading } from './scan.mjs';
import { decodeCountsHeader, responseLink } from './links.mjs';
import { UI } from './labels.mjs';

let browser;
let server;
useBrowserAndApp((b, s) => {
  browser = b;
  server = s;
});

const TEAM = 'Wijkteam Oost';
const SIX = ['woerden', 'less', 'fewnow', 'boundary', 'dontknow', 'middle'];
const link = (set) => `${server.url}#${responseLink(set, TEAM)}`;

async function paste(page, text, participants) {
  await page.fill('#paste', text);
  await page.getByRole('button', { name: UI.ADD_PASTED.nl, exact: true }).click();
  await page.locator('.participants', { hasText: `${participants} deelnemer` }).waitFor();
}

/** Downloads the answers CSV: the team result leaves the browser. */
async function share(page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: UI.CSV_ANSWERS.nl, exact: true }).click(),
  ]);
  await download.path();
}

const warning = (page) => page.getByText(UI.DIFFERENCING_WARNING.nl);

test('a team of 2 shares nothing; shared at 6, the latecomer at 7 is warned of; half a year later is not', async () => {
  const { page, errors, close } = await openApp(browser, server, 'desktop', { contextOptions: { acceptDownloads: true } });
  try {
    await page.getByRole('button', { name: UI.FACILITATE.nl }).click();
    assert.equal(await heading(page), UI.FACILITATE.nl);
    const sets = SIX.map(golden);

    // Two results: the figures are there, but no link, file or print, and the view says why.
    await paste(page, sets.slice(0, 2).map(link).join('\n'), 2);
    await page.getByText(UI.TOO_FEW_TO_SHARE.nl).waitFor();
    assert.equal(await page.locator('#team-link').count(), 0, 'no team link');
    assert.equal(await page.getByRole('link', { name: UI.CSV_ANSWERS.nl }).count(), 0, 'no CSV file');
    assert.equal(await page.getByRole('button', { name: UI.PRINT_REPORT.nl }).count(), 0, 'no print');
    assert.equal(await page.locator('ol.agenda > li').count(), 14, 'the team view itself is shown');
    await expectNoAxeViolations(page, 'a team of 2');

    // Six: a team link of counts, with no warning, since nothing was shared yet.
    await paste(page, sets.slice(2).map(link).join('\n'), 6);
    assert.equal(await page.getByText(UI.TOO_FEW_TO_SHARE.nl).count(), 0);
    const six = (await page.locator('#team-link').inputValue()).split('#')[1];
    assert.deepEqual(decodeCountsHeader(six), { teamName: TEAM, participants: 6, groups: [] });
    assert.equal(await warning(page).count(), 0);
    await share(page);
    assert.equal(await warning(page).count(), 0, 'the same team as shared: nothing new to learn');
    // What was shared is stored at once: a reload before anything else changes keeps it.
    await page.reload();
    await page.locator('#app[data-ready]').waitFor({ state: 'attached' });
    await page.locator('.participants', { hasText: '6 deelnemers' }).waitFor();

    // A latecomer: 7 against the 6 shared, differing by one person.
    const late = { ...golden('fewnow'), role: 0 };
    await paste(page, link({ ...late, desired: late.desired.map((c) => (c === 5 ? 4 : c + 1)) }), 7);
    await warning(page).waitFor();
    await expectNoAxeViolations(page, 'the differencing warning');
    // And after another reload the warning is still there.
    await page.reload();
    await page.locator('#app[data-ready]').waitFor({ state: 'attached' });
    await page.locator('.participants', { hasText: '7 deelnemers' }).waitFor();
    await warning(page).waitFor();

    // Half a year later: the results erased, the same team with one new colleague, and their
    // answers moved on. Nothing to warn of.
    await page.getByRole('button', { name: UI.CLEAR_COLLECTED.nl }).click();
    await page.getByRole('button', { name: UI.CONFIRM_YES.nl }).click();
    const later = [...sets, golden('middle')].map((s, i) => ({
      ...s,
      now: s.now.map((c) => (c === 0 ? 3 : Math.min(5, c + 1))),
      desired: s.desired.map((c, d) => 1 + ((c + d + i) % 5)),
    }));
    await paste(page, later.map(link).join('\n'), 7);
    assert.equal(await warning(page).count(), 0, 'no warning for a later session');
    const seven = (await page.locator('#team-link').inputValue()).split('#')[1];
    assert.equal(decodeCountsHeader(seven).participants, 7);
    assertNoErrors(errors, 'counts');
  } finally {
    await close();
  }
});
