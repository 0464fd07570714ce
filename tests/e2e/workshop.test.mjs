// Workshop mode, as a room uses it: a facilitator makes an invitation, six participants on
// their phones join and answer six golden sets, their result links come back in a chat
// transcript, and the team view built from it must say what the native team tests compute
// (tests/golden/team_six.txt, answers_six.csv, summary_six.csv). Then the team link in a fresh
// browser, the CSV files, comparing two team links, and bad pastes.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
  REPO_ROOT,
  assertNoErrors,
  expectNoAxeViolations,
  openApp,
  screenshot,
  useBrowserAndApp,
  waitForHtmlLang,
} from './helpers.mjs';
import { DIMENSIONS, golden } from './golden.mjs';
import { answerAll, heading } from './scan.mjs';
import { responseLink, teamLink as encodeTeam } from './links.mjs';
import { countsInFile, countsOf, parseCsv } from './csv.mjs';
import { UI } from './labels.mjs';

let browser;
let server;
useBrowserAndApp((b, s) => {
  browser = b;
  server = s;
});

const TEAM = 'Wijkteam Oost';
const SIX = ['woerden', 'less', 'fewnow', 'boundary', 'dontknow', 'middle'];
const golden_ = (file) => readFileSync(join(REPO_ROOT, 'tests', 'golden', file), 'utf8');

/** tests/golden/team_six.txt: per dimension id { now: {n, median, flag}, desired: {...} }, and the agenda. */
function teamSix() {
  const dims = {};
  let agenda = [];
  let participants = 0;
  for (const line of golden_('team_six.txt').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const f = line.trim().split(/\s+/);
    if (f[0] === 'agenda') agenda = f[1].split(',').map(Number);
    else if (f[0] === 'participants') participants = Number(f[1]);
    else if (/^\d+$/.test(f[0])) {
      const side = (o) => ({ n: Number(f[o]), median: f[o + 1], flag: f[o + 4] === 'flag' });
      dims[Number(f[0])] = { now: side(1), desired: side(6) };
    }
  }
  return { dims, agenda, participants };
}

/** What the team view shows per agenda item: [{ id, flag, now, desired, dotsNow, dotsDesired }]. */
async function readTeamView(page, lang = 'nl') {
  const items = await page.locator('ol.agenda > li').evaluateAll((lis) =>
    lis.map((li) => ({
      name: li.querySelector('h3').textContent.trim(),
      flag: li.querySelector('.flag') !== null,
      medians: [...li.querySelectorAll('.medians b')].map((b) => b.textContent.trim()),
      // One dot per answer: the move commands (M or m) of the row's paths.
      dots: [...li.querySelectorAll('svg.strip .strip-row')].map((row) =>
        [...row.querySelectorAll('path')].reduce((n, p) => n + (p.getAttribute('d').match(/[Mm]/g) ?? []).length, 0),
      ),
    })),
  );
  return items.map((it) => ({
    id: DIMENSIONS[lang].indexOf(it.name) + 1,
    flag: it.flag,
    now: it.medians[0],
    desired: it.medians[1],
    dotsNow: it.dots[0],
    dotsDesired: it.dots[1],
  }));
}

/** The team view equals the native team summary of the six golden sets. */
function assertTeamSix(view, lang = 'nl') {
  const expected = teamSix();
  const show = (m) => (lang === 'nl' ? m.replace('.', ',') : m);
  assert.deepEqual(
    view.map((v) => v.id),
    expected.agenda,
    'the agenda is the dimensions sorted by disagreement, as the native summary sorts them',
  );
  for (const v of view) {
    const d = expected.dims[v.id];
    assert.equal(v.now, show(d.now.median), `median NOW of dimension ${v.id}`);
    assert.equal(v.desired, show(d.desired.median), `median DESIRED of dimension ${v.id}`);
    assert.equal(v.flag, d.now.flag || d.desired.flag, `difference-of-view flag of dimension ${v.id}`);
    assert.equal(v.dotsNow, d.now.n, `one dot per NOW answer of dimension ${v.id}`);
    assert.equal(v.dotsDesired, d.desired.n, `one dot per DESIRED answer of dimension ${v.id}`);
  }
}

/** A participant on a phone: opens the join link, joins, answers `set`, returns their result link. */
async function participant(joinLink, set) {
  const { page, errors, close } = await openApp(browser, server, 'phone', { path: joinLink });
  assert.equal(await heading(page), UI.JOIN_TITLE.nl);
  await page.getByText(TEAM, { exact: true }).waitFor();
  assert.equal(await page.locator('#team-name').count(), 0, 'the workshop sets the team name');
  // The join step holds the role and starts the questions (issue 22).
  await page.selectOption('#role', String(set.role));
  await page.getByRole('button', { name: UI.JOIN.nl, exact: true }).click();
  await answerAll(page, set, 'nl', { tap: true });
  await page.getByRole('heading', { name: UI.SEND_HEADING.nl }).waitFor();
  const link = await page.locator('#result-link').inputValue();
  // Sending comes first, and the copy confirmation right under its button (issue 22).
  await page.getByRole('button', { name: UI.COPY.nl }).click();
  const confirmation = page.locator('section.share .share-buttons + p.copy-feedback');
  await confirmation.filter({ hasText: /gekopieerd|lukte niet/i }).waitFor();
  assert.equal(await page.locator('section.share').evaluate((s) => s.previousElementSibling?.tagName), 'H1');
  assertNoErrors(errors, `participant ${set.name}`);
  return { link, page, close };
}

async function facilitatorPage(viewport = 'desktop') {
  const app = await openApp(browser, server, viewport);
  await app.page.getByRole('button', { name: UI.FACILITATE.nl }).click();
  assert.equal(await heading(app.page), UI.FACILITATE.nl);
  return app;
}

async function paste(page, text) {
  await page.fill('#paste', text);
  await page.getByRole('button', { name: UI.ADD_PASTED.nl, exact: true }).click();
}

describe('workshop mode', () => {
  let links;
  let teamLink;

  test('six phones join, answer six golden sets, and the pasted chat gives the native team summary', async () => {
    const facilitator = await facilitatorPage();
    const { page } = facilitator;
    await page.fill('#workshop-team', TEAM);
    await page.getByRole('button', { name: UI.MAKE_INVITATION.nl }).click();
    const joinLink = await page.locator('#join-link').inputValue();
    assert.match(joinLink, /#v1w[A-Za-z0-9_-]+$/);
    assert.equal(await page.locator('.qr-large svg.qr').count(), 1, 'a QR code for the projector');

    links = [];
    for (const name of SIX) {
      const p = await participant(joinLink, golden(name));
      links.push(p.link);
      if (name === 'woerden') {
        await screenshot(p.page, 'workshop-participant-share-phone-nl');
        await expectNoAxeViolations(p.page);
      }
      await p.close();
    }
    assert.equal(new Set(links).size, 6);
    // The test encoder (links.mjs, written from the format's documentation) makes the same links.
    SIX.forEach((name, i) => assert.equal(links[i].split('#')[1], responseLink(golden(name), TEAM), name));

    // A WhatsApp-like transcript: names, times, one link sent twice, chatter around them.
    const chat = links
      .map((l, i) => `[22-11-26 10:0${i}] Deelnemer ${i + 1}: Hier is mijn uitkomst 👍\n${l}\n`)
      .join('') + `[22-11-26 10:09] Deelnemer 2: nog een keer voor de zekerheid ${links[1]}\n[22-11-26 10:10] Iemand: ${links[2].slice(0, -6)}`;
    await paste(page, chat);
    await page.locator('ol.agenda').waitFor();
    assert.equal((await page.locator('.collect-status p b').textContent()).trim(), '6 deelnemers');
    assert.match(await page.locator('.collect-status').textContent(), /1 dubbele link overgeslagen: elke uitkomst telt één keer/);
    assert.equal(await page.locator('.problems li').count(), 1, 'the cut-off link is listed as not read');
    assert.match(await page.locator('.problems li').textContent(), /niet compleet|beschadigd/);
    assert.equal((await page.locator('.participants').textContent()).trim(), '6 deelnemers');
    assertTeamSix(await readTeamView(page));
    assert.equal(await page.inputValue('#paste'), '', 'the paste box is emptied after adding');
    assert.match(await page.locator('#roles').textContent(), /Rolgroepen/);
    assert.match(await page.locator('section[aria-labelledby=roles]').textContent(), /Verborgen: pas bij twee rolgroepen met elk 3 of meer/, 'no group has 3 members: the comparison is hidden, and says why');

    // Pasting the same transcript again adds nobody.
    await paste(page, chat);
    assert.equal((await page.locator('.participants').textContent()).trim(), '6 deelnemers');

    teamLink = await page.locator('#team-link').inputValue();
    // Issue 21: a team link of counts (version 3), no record of a person: `v3t`, the name
    // (2 + 18), the count (2), no role groups (1), the core of six (42), the checksum (4).
    assert.match(teamLink, /#v3t/);
    const fragment = teamLink.split('#')[1];
    assert.equal(fragment.length, 3 + 2 + 18 + 2 + 1 + 42 + 4, fragment);
    assert.ok(fragment.length < 3 + 2 + 18 + 2 + 6 * 13 + 4, 'shorter than the version 1 link of six');

    for (const vp of ['desktop']) await screenshot(page, `workshop-facilitator-${vp}-nl`);
    await expectNoAxeViolations(page);

    // The facilitator's work survives a reload.
    await page.reload();
    await page.locator('#app[data-ready]').waitFor({ state: 'attached' });
    assert.equal(await heading(page), UI.FACILITATE.nl);
    assert.equal((await page.locator('.participants').textContent()).trim(), '6 deelnemers');
    assertNoErrors(facilitator.errors, 'facilitator');
    await facilitator.close();
  });

  test('the team link opens the same team view in a fresh browser, at phone width, in both languages', async () => {
    assert.ok(teamLink, 'needs the first test');
    const { page, errors, close } = await openApp(browser, server, 'phone', { path: '/#' + teamLink.split('#')[1] });
    assert.equal(await heading(page), UI.TEAM_TITLE.nl);
    assert.equal((await page.locator('.team-name').first().textContent()).trim(), TEAM);
    assertTeamSix(await readTeamView(page));
    await screenshot(page, 'workshop-team-link-phone-nl');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: UI.OTHER_LANGUAGE.nl }).click();
    await waitForHtmlLang(page, 'en');
    assert.equal(await heading(page), UI.TEAM_TITLE.en);
    assertTeamSix(await readTeamView(page, 'en'), 'en');
    await screenshot(page, 'workshop-team-link-phone-en');
    await expectNoAxeViolations(page);
    assert.equal(
      await page.evaluate(() => localStorage.length),
      0,
      'opening a team link writes nothing to storage',
    );
    assertNoErrors(errors, 'team link');
    await close();
  });

  test('the CSV files are the native ones, and parse back to the six golden answer sets', async () => {
    assert.ok(teamLink, 'needs the first test');
    const { page, errors, close } = await openApp(browser, server, 'desktop', {
      path: '/#' + teamLink.split('#')[1],
      contextOptions: { acceptDownloads: true },
    });
    const download = async (name) => {
      const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
      return readFile(await d.path(), 'utf8');
    };
    const answers = await download(UI.CSV_ANSWERS.nl);
    assert.equal(answers, golden_('answers_six.csv'), 'byte for byte the CSV of the native export');
    assert.ok(answers.startsWith('\uFEFF'), 'UTF-8 with a byte-order mark');
    // Issue 21: counts per question and answer, no record of a person.
    const records = parseCsv(answers.slice(1));
    assert.equal(records.length, 1 + 28, 'the whole team only: no role group of 3 or more');
    const parts = countsInFile(records);
    assert.deepEqual(parts[''], countsOf(SIX.map((n) => golden(n))), 'the counts of the six answer sets');
    assert.ok(records.slice(1).every((r) => r[0] === TEAM && r[5] === '6'));
    const summary = await download(UI.CSV_SUMMARY.nl);
    assert.equal(summary, golden_('summary_six.csv'));
    assertNoErrors(errors, 'csv');
    await close();
  });

  test('two team links compared: the movement per dimension and on the continuum', async () => {
    assert.ok(links, 'needs the first test');
    // "Half a year earlier": the team of the first three results only.
    const facilitator = await facilitatorPage();
    const { page } = facilitator;
    await page.fill('#workshop-team', TEAM);
    await page.getByRole('button', { name: UI.MAKE_INVITATION.nl }).click();
    await paste(page, links.slice(0, 3).join('\n'));
    const earlier = await page.locator('#team-link').inputValue();
    await page.getByRole('button', { name: UI.CLEAR_COLLECTED.nl }).click();
    await page.getByRole('button', { name: UI.CONFIRM_YES.nl }).click();
    await paste(page, links.join(' '));
    assert.equal((await page.locator('.participants').textContent()).trim(), '6 deelnemers');

    await page.fill('#compare-link', earlier);
    await page.getByRole('button', { name: UI.COMPARE_TEAMS.nl, exact: true }).click();
    const table = page.locator('table.movement');
    await table.waitFor();
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent.trim())));
    assert.equal(rows.length, 14);
    const six = teamSix();
    rows.forEach(([now, desired], i) => {
      assert.match(now, new RegExp(`→ ${six.dims[i + 1].now.median.replace('.', ',')}$`));
      assert.match(desired, new RegExp(`→ ${six.dims[i + 1].desired.median.replace('.', ',')}$`));
    });
    assert.equal(await page.locator('.compare-sides .continuum').count(), 2, 'both placements on the continuum');
    await expectNoAxeViolations(page);

    // Text without a link: say so, lose nothing.
    await page.fill('#compare-link', 'de link van vorig jaar');
    await page.getByRole('button', { name: UI.COMPARE_TEAMS.nl, exact: true }).click();
    await page.getByText('Hierin staat geen link van de scan').waitFor();
    assert.equal((await page.locator('.participants').textContent()).trim(), '6 deelnemers');
    assertNoErrors(facilitator.errors, 'compare');
    await facilitator.close();
  });

  test('by keyboard: make the invitation and add a paste without a mouse, the focus kept', async () => {
    assert.ok(links, 'needs the first test');
    const { page, errors, close } = await facilitatorPage('phone');
    await page.focus('#workshop-team');
    await page.keyboard.type('Team Zuid');
    await page.keyboard.press('Enter');
    await page.locator('#join-link').waitFor();
    await page.focus('#paste');
    await page.keyboard.insertText(`Sanne 09:12 ${links[3]}\nMo 09:13 #v1w-invitation-noise v1rAAAA`);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), UI.ADD_PASTED.nl);
    await page.keyboard.press('Enter');
    await page.locator('.participants').waitFor();
    assert.equal(
      await page.evaluate(() => document.activeElement.textContent),
      UI.ADD_PASTED.nl,
      'the focus stays on "Toevoegen" for the next paste',
    );
    assert.equal((await page.locator('.collect-status p b').textContent()).trim(), '1 deelnemer');
    await screenshot(page, 'workshop-facilitator-phone-nl');
    assertNoErrors(errors, 'keyboard');
    await close();
  });

  test('role groups of 3 or more are compared; a smaller group is left out and the view says so', async () => {
    const answers = (now, desired) => ({ now: Array(14).fill(now), desired: Array(14).fill(desired) });
    const groups3and3 = [
      ...[1, 2, 2].map((v) => ({ role: 1, ...answers(v, 4) })), // social team: now 2, desired 4
      ...[4, 5, 5].map((v) => ({ role: 2, ...answers(v, 3) })), // work & income: now 5, desired 3
    ];
    // Issue 14: with one person outside the shown groups, the team minus the two groups would
    // be that person's answers: the comparison is hidden, and says why.
    const lone = await openApp(browser, server, 'desktop', {
      path: '/#' + encodeTeam([...groups3and3, { role: 3, ...answers(3, 3) }], TEAM),
    });
    const loneRoles = lone.page.locator('section[aria-labelledby=roles]');
    assert.match(await loneRoles.textContent(), /Verborgen: buiten de rolgroepen met 3 of meer deelnemers vallen maar 1 of 2 mensen/);
    assert.equal(await loneRoles.locator('li').count(), 0);
    assert.doesNotMatch(await loneRoles.textContent(), /UWV/);
    assertNoErrors(lone.errors, 'roles, one outside');
    await lone.close();
    const team = [
      ...groups3and3,
      { role: 3, ...answers(3, 3) }, // one UWV participant: never shown on their own
      { role: 4, ...answers(3, 3) }, // and two care providers: too few to be shown either,
      { role: 4, ...answers(3, 3) }, // but with the UWV participant three outside the groups
    ];
    const { page, errors, close } = await openApp(browser, server, 'desktop', { path: '/#' + encodeTeam(team, TEAM) });
    assert.equal(await heading(page), UI.TEAM_TITLE.nl);
    const roles = page.locator('section[aria-labelledby=roles]');
    assert.match(await roles.textContent(), /Weggelaten: rolgroepen met minder dan 3 deelnemers/);
    assert.doesNotMatch(await roles.textContent(), /Zorg/, 'a group of two is never shown');
    const groups = await roles.locator('li').allTextContents();
    assert.equal(groups.length, 2);
    assert.match(groups[0], /^Sociaal \(wijk\)team \(3 deelnemers\)/);
    assert.match(groups[1], /^Werk & inkomen \(3 deelnemers\)/);
    assert.doesNotMatch(await roles.textContent(), /UWV/, 'a group of one is never shown');
    const header = await roles.locator('thead th').allTextContents();
    assert.deepEqual(header, ['Onderdeel', 'Sociaal (wijk)team: Nu', 'Sociaal (wijk)team: Gewenst', 'Werk & inkomen: Nu', 'Werk & inkomen: Gewenst']);
    const rows = await roles.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    assert.equal(rows.length, 14);
    for (const row of rows) assert.deepEqual(row, ['2', '4', '5', '3']);
    await expectNoAxeViolations(page);
    await screenshot(page, 'workshop-roles-desktop-nl');
    assertNoErrors(errors, 'roles');
    await close();
  });

  test('leaving a workshop is kept over a reload', async () => {
    // A committed golden invitation: "Wijkteam Zuid-Oost ë", role groups 1, 2, 4 and 6, Dutch.
    const invitation = 'v1wAVV2lqa3RlYW0gWnVpZC1Pb3N0IMOrArZX12';
    const { page, errors, close } = await openApp(browser, server, 'phone', { path: '/#' + invitation });
    assert.deepEqual(
      await page.locator('#role option').evaluateAll((os) => os.map((o) => o.value)),
      ['0', '1', '2', '4', '6'],
      "only the workshop's role groups, on the join step",
    );
    await page.getByRole('button', { name: UI.JOIN.nl, exact: true }).click();
    // Joining starts the questions; the welcome, with the way out, is one step back.
    await page.getByRole('button', { name: UI.BACK.nl, exact: true }).click();
    await page.locator('.workshop-banner').getByText('Wijkteam Zuid-Oost ë').waitFor();
    assert.deepEqual(
      await page.locator('#role option').evaluateAll((os) => os.map((o) => o.value)),
      ['0', '1', '2', '4', '6'],
      "only the workshop's role groups",
    );
    await page.getByRole('button', { name: UI.LEAVE_WORKSHOP.nl }).click();
    await page.locator('#team-name').waitFor();
    await page.reload();
    await page.locator('#app[data-ready]').waitFor({ state: 'attached' });
    assert.equal(await page.locator('.workshop-banner').count(), 0, 'still out of the workshop after a reload');
    assert.equal(await page.locator('#role option').count(), 8, 'every role group again');
    assertNoErrors(errors, 'leave');
    await close();
  });
});
