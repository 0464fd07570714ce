// Issue 14 (trust) as a person meets it: links that mail and chat programs mangled still open
// the same result, stored answers that this version cannot read are kept aside, role groups
// under 3 are never shared (screen, team link, both CSV dialects), the Excel CSV is the native
// one, refused team names are said at the field, hostile names from links stay text, an
// embedded saved result sends no "finished" on load, and a participant sending to the
// facilitator is told what the facilitator sees.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
  REPO_ROOT,
  addPage,
  assertNoErrors,
  expectNoAxeViolations,
  newPage,
  screenshot,
  useBrowserAndApp,
  waitForApp,
  waitForHtmlLang,
} from './helpers.mjs';
import { startServer } from './server.mjs';
import { DIMENSIONS, golden } from './golden.mjs';
import { answerAll, choose, heading } from './scan.mjs';
import { decodeCountsHeader, invitationLink, responseLink, teamLink } from './links.mjs';
import { makeHostDir, recordViolationsAndEvents, scanEvents, widget } from './embedding.mjs';
import { countsInFile, countsOf, parseCsv } from './csv.mjs';
import { COPY, PARTICIPANT, UI } from './labels.mjs';

let browser;
let server;
useBrowserAndApp((b, s) => {
  browser = b;
  server = s;
});

const TEAM = 'Wijkteam Oost';
const SIX = ['woerden', 'less', 'fewnow', 'boundary', 'dontknow', 'middle'];
const goldenFile = (file) => readFileSync(join(REPO_ROOT, 'tests', 'golden', file));
const KEY = 'samenwerkingsscan.v1';
const WORKSHOP_KEY = 'samenwerkingsscan.workshop.v1';

// src/i18n/ui.rs, word for word.
const TEXT = {
  unreadableKept: UI.UNREADABLE_KEPT,
  sendPrivacy: UI.SEND_PRIVACY,
  sendHeading: UI.SEND_HEADING,
  control: UI.TEAM_NAME_CONTROL,
  bidi: UI.TEAM_NAME_BIDI,
  invisible: UI.TEAM_NAME_INVISIBLE,
  broken: UI.BROKEN_TITLE.nl,
  damaged: UI.BROKEN_DAMAGED.nl,
  truncated: UI.BROKEN_TRUNCATED.nl,
  notALink: UI.BROKEN_NOT_A_LINK.nl,
  rolesHidden: UI.ROLES_HIDDEN.nl,
  rolesRestTooSmall: UI.ROLES_HIDDEN_REST_TOO_SMALL.nl,
  rolesLeftOut: UI.ROLES_LEFT_OUT_OR_JOINED.nl,
};

/** The Dutch role-group labels by id (the CSV's `rolgroep` values; src/domain/instrument.rs). */
const ROLE = {
  1: 'Sociaal (wijk)team',
  2: 'Werk & inkomen',
  3: 'UWV',
  4: 'Zorg- en welzijnsaanbieder',
  5: 'Beleid/management',
  6: 'Inwoner/ervaringsdeskundige',
  7: 'Anders',
};

/**
 * A fresh browser context at `viewport`, with `init` (a function and its argument) run before
 * every document, and the app opened at `url` (absolute, or relative to the app).
 */
async function open(url, { viewport = 'desktop', init, locale = 'nl-NL', downloads = false } = {}) {
  const { context, page, errors, close } = await newPage(browser, viewport, {
    locale,
    timeout: 20_000,
    dialogs: true,
    contextOptions: { acceptDownloads: downloads },
  });
  if (init) await context.addInitScript(init.fn, init.arg);
  if (url !== undefined) await load(page, url);
  return { context, page, errors, close };
}

/**
 * A new page in `context` (errors and dialogs recorded), with the app opened at `url` when
 * given. A page per address: each is a new document, never a same-document fragment change.
 */
async function visit(context, url) {
  const { page, errors } = await addPage(context, { timeout: 20_000, dialogs: true });
  if (url !== undefined) await load(page, url);
  return { page, errors };
}

/** Opens the app at `url` (absolute, or relative to the app) and waits until it has rendered. */
async function load(page, url) {
  await page.goto(new URL(url, server.url).href, { waitUntil: 'load' });
  await waitForApp(page);
}

/** What a screen says: its heading and the text of the whole main part. */
const screenText = (page) =>
  page.evaluate(() => ({
    h1: document.querySelector('h1')?.textContent.trim(),
    main: document.querySelector('#content').innerText,
  }));

/** CSV records of a downloaded file: UTF-8 with a byte-order mark, separator `sep`. */
function parseCsvFile(text, sep) {
  assert.ok(text.startsWith('\uFEFF'), 'UTF-8 with a byte-order mark');
  return parseCsv(text.slice(1), sep);
}

/** Downloads the file behind the link named `name`: { name: suggested file name, bytes }. */
async function download(page, name) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name, exact: true }).click()]);
  return { name: d.suggestedFilename(), bytes: await readFile(await d.path()) };
}

// ---------------------------------------------------------------------------------------------
// 2. Links survive the programs that carry them.

describe('mangled links open the same screen as the intact link', () => {
  const SUFFIXES = ['.', ')', '>', ',', "'", '!', '?', ']', '&gt;'];
  const result = responseLink(golden('woerden'), TEAM);
  const KINDS = [
    { kind: 'results link', fragment: result, h1: UI.SHARED_TITLE },
    {
      kind: 'team link',
      fragment: teamLink(SIX.map(golden), TEAM),
      h1: UI.TEAM_TITLE,
    },
    {
      kind: 'invitation link',
      fragment: invitationLink({ teamName: 'Wijkteam Zuid-Oost ë', roles: [1, 2, 4, 6] }),
      h1: { nl: UI.JOIN_TITLE.nl, en: UI.JOIN_TITLE.nl }, // its own language
    },
  ];

  /**
   * The table: [what, mangled address, intact address, language of the intact screen]. The
   * query rows with `lang=en` after the repaired spot are `readsQuery`.
   */
  function manglings(fragment) {
    const base = server.url;
    const intact = `${base}#${fragment}`;
    const rows = [
      ...SUFFIXES.map((s) => [`a trailing ${s}`, `${intact}${s}`, intact, 'nl']),
      ['a trailing ”. (two pieces)', `${intact}”.`, intact, 'nl'],
      ['%23 for # in the path', `${base}%23${fragment}`, intact, 'nl'],
      ['%23 for # in the path and a trailing .', `${base}%23${fragment}.`, intact, 'nl'],
      ['%23 for # in the query', `${base}?lang=nl%23${fragment}`, `${base}?lang=nl#${fragment}`, 'nl'],
      ['&amp; in the query', `${base}?lang=en&amp;events=1#${fragment}`, `${base}?lang=en&events=1#${fragment}`, 'en'],
    ];
    const readsQuery = [
      ['%23 for # in the query, after lang=en', `${base}?lang=en%23${fragment}`, `${base}?lang=en#${fragment}`, 'en'],
      ['&amp; in the query, before lang=en', `${base}?events=1&amp;lang=en#${fragment}`, `${base}?events=1&lang=en#${fragment}`, 'en'],
      [
        '&amp; and %23 in the query and a trailing &gt;',
        `${base}?events=1&amp;lang=en%23${fragment}&gt;`,
        `${base}?events=1&lang=en#${fragment}`,
        'en',
      ],
    ];
    return { rows, readsQuery };
  }

  /** Opens each row's mangled and intact address in pages of their own; what differs. */
  async function differences(rows, { kind, h1 }) {
    const { context, close } = await open(undefined, { viewport: 'phone' });
    try {
      const reference = new Map();
      const failures = [];
      for (const [what, mangled, intact, lang] of rows) {
        if (!reference.has(intact)) {
          const { page, errors } = await visit(context, intact);
          const shown = await screenText(page);
          assert.equal(shown.h1, h1[lang], `the intact ${kind} (${intact.slice(server.url.length, server.url.length + 16)}…)`);
          assertNoErrors(errors, `the intact ${kind}`);
          reference.set(intact, shown);
          await page.close();
        }
        const { page, errors } = await visit(context, mangled);
        // The address bar holds the intact address (replaced before the first render).
        const href = await page.evaluate(() => location.href);
        const shown = await screenText(page);
        const expected = reference.get(intact);
        if (href !== intact) failures.push(`${what}: the address bar is ${href}`);
        else await page.waitForURL(intact); // page.url() follows history.replaceState
        if (shown.h1 !== expected.h1) failures.push(`${what}: the heading is "${shown.h1}", not "${expected.h1}"`);
        else if (shown.main !== expected.main) failures.push(`${what}: the screen's text differs from the intact link's`);
        if (errors.length) failures.push(`${what}: ${errors.join('; ')}`);
        await page.close();
      }
      return failures;
    } finally {
      await close();
    }
  }

  for (const link of KINDS) {
    test(`${link.kind === 'invitation link' ? 'an' : 'a'} ${link.kind}: every repairable mangling opens the intact screen and the address bar is repaired`, async () => {
      const { rows, readsQuery } = manglings(link.fragment);
      // An invitation speaks its own language, whatever the query says.
      const failures = await differences(link.kind === 'invitation link' ? [...rows, ...readsQuery] : rows, link);
      assert.deepEqual(failures, [], `${link.kind}:\n  ${failures.join('\n  ')}`);
    });
  }

  // App bug (reported): initial_state in src/app.rs reads the query's options
  // (EmbedOptions::from_query(location_search())) before platform::repair_address_bar(), so a
  // `lang=en` behind a `%23` or an `&amp;` is read from the repaired address: the link opens
  // in English, as the intact one does.
  for (const link of KINDS.filter((k) => k.kind !== 'invitation link')) {
    test(`a ${link.kind} with its query mangled opens in the language its intact query says`, async () => {
      const failures = await differences(manglings(link.fragment).readsQuery, link);
      assert.deepEqual(failures, [], `${link.kind}:\n  ${failures.join('\n  ')}`);
    });
  }

  test('a really damaged link still says "Deze link werkt niet", with why', async () => {
    const { context, close } = await open(undefined, { viewport: 'desktop' });
    try {
      // A character in the middle changed to another link character.
      const i = 12;
      const flipped = result.slice(0, i) + (result[i] === 'A' ? 'B' : 'A') + result.slice(i + 1);
      const rows = [
        ['a changed character', flipped, TEXT.damaged],
        ['a changed character and a trailing .', `${flipped}.`, TEXT.damaged],
        ['the last characters cut off', result.slice(0, -5), TEXT.truncated],
        ['the last characters cut off and a trailing )', `${result.slice(0, -5)})`, TEXT.truncated],
        // Link characters after the junk are not the link's, and are not cut.
        ['text glued on after a full stop', `${result}.Bedankt`, TEXT.notALink],
        // An escape of a link character ("A") is not junk: the link stays an error.
        ['%41 at the end', `${result}%41`, TEXT.notALink],
      ];
      const failures = [];
      for (const [what, fragment, message] of rows) {
        const { page, errors } = await visit(context, `${server.url}#${fragment}`);
        const h1 = await heading(page);
        const alert = (await page.locator('.broken-link [role=alert]').textContent().catch(() => '')).trim();
        if (h1 !== TEXT.broken) failures.push(`${what}: the heading is "${h1}"`);
        else if (alert !== message) failures.push(`${what}: the message is "${alert}", not "${message}"`);
        if (what === 'a changed character') await expectNoAxeViolations(page, 'broken link');
        assertNoErrors(errors, what);
        await page.close();
      }
      assert.deepEqual(failures, [], failures.join('\n'));
    } finally {
      await close();
    }
  });

  test('a mangled link pasted into the address bar of the open app opens too, repaired', async () => {
    const { page, errors, close } = await open('', { viewport: 'desktop' });
    try {
      assert.equal(await heading(page), COPY.WELCOME_TITLE.nl);
      await page.evaluate((h) => (location.hash = h), `#${result}).`);
      await page.locator('h1', { hasText: UI.SHARED_TITLE.nl }).waitFor();
      await page.waitForURL(`${server.url}#${result}`);
      assert.equal(await page.evaluate(() => location.href), `${server.url}#${result}`);
      assert.equal((await page.locator('.team-name').textContent()).trim(), TEAM);
      // Replaced, not pushed: back leaves the link for the welcome screen.
      await page.goBack();
      await page.locator('h1', { hasText: COPY.WELCOME_TITLE.nl }).waitFor();
      assert.equal(await page.evaluate(() => location.hash), '');
      assertNoErrors(errors, 'hashchange');
    } finally {
      await close();
    }
  });
});

// ---------------------------------------------------------------------------------------------
// 3. Stored answers are never silently thrown away.

/** An init script that puts `items` into the app origin's localStorage once per tab. */
const seed = (items) => ({
  fn: ({ origin, items }) => {
    if (location.origin !== origin || sessionStorage.getItem('__seeded')) return;
    sessionStorage.setItem('__seeded', '1');
    for (const [k, v] of items) localStorage.setItem(k, v);
  },
  arg: { origin: server.origin, items },
});

const stored = (page) => page.evaluate(() => Object.fromEntries(Object.keys(localStorage).sort().map((k) => [k, localStorage.getItem(k)])));

const notice = (page, lang = 'nl') => page.getByRole('status').filter({ hasText: TEXT.unreadableKept[lang] });

describe('stored values this version cannot read are kept aside, and said once', () => {
  const NEWER = `9|nl|w|0|${'3'.repeat(28)}|-|Team van later`;
  const DAMAGED = '2|nl|r|0|33x4';
  const EMPTY_QUESTION_1 = `2|nl|0|0|3${'.'.repeat(27)}|-|`;

  for (const [what, items, backupKey, lang] of [
    ['a draft of a newer version', [[KEY, NEWER]], `${KEY}.unreadable`, 'nl'],
    // A backup that holds something else already is not overwritten: the next backup key.
    ['a damaged draft, with an older backup kept', [[KEY, DAMAGED], [`${KEY}.unreadable`, NEWER]], `${KEY}.unreadable.2`, 'en'],
  ]) {
    test(`the participant: ${what}`, async () => {
      const old = items[0][1];
      const { page, errors, close } = await open(lang === 'en' ? '?lang=en' : '', { viewport: 'phone', init: seed(items) });
      try {
        await waitForHtmlLang(page, lang);
        await notice(page, lang).waitFor();
        assert.equal(await page.locator('.notice').count(), 1, 'one notice');
        const before = await stored(page);
        assert.equal(before[backupKey], old, 'the backup holds exactly the old value');
        for (const [k, v] of items.slice(1)) assert.equal(before[k], v, `${k} is left as it was`);
        await expectNoAxeViolations(page, 'unreadable notice');
        await screenshot(page, `trust-unreadable-phone-${lang}`);

        // Dismissed: gone, the focus on the heading; answering writes the new draft.
        await notice(page, lang).getByRole('button').click();
        await notice(page, lang).waitFor({ state: 'detached' });
        assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');
        await page.getByRole('button', { name: UI.START[lang] }).click();
        await page.locator('h1', { hasText: DIMENSIONS[lang][0] }).waitFor();
        await choose(page, 'now', 1, 3, { tap: true });
        await page.waitForFunction(([k, v]) => localStorage.getItem(k) === v, [KEY, EMPTY_QUESTION_1.replace('|nl|', `|${lang}|`)]);
        assert.equal(await notice(page, lang).count(), 0, 'not shown again');

        await page.reload();
        await waitForApp(page);
        assert.equal(await heading(page), DIMENSIONS[lang][0], 'the new draft is read back');
        assert.ok(await page.locator('#now-1-3').isChecked());
        assert.equal(await page.locator('.notice').count(), 0, 'no notice on the next visit');
        const afterReload = await stored(page);
        assert.equal(afterReload[backupKey], old, 'the backup is still there');
        for (const [k, v] of items.slice(1)) assert.equal(afterReload[k], v);
        assertNoErrors(errors, what);
      } finally {
        await close();
      }
    });
  }

  test("the facilitator's collected links of a newer version, and both keys at once", async () => {
    const invitation = invitationLink({ teamName: TEAM, roles: [1, 2] });
    const NEWER_WORKSHOP = `9|${invitation}|${responseLink(golden('woerden'), TEAM)}|more`;
    // Only the facilitator's key. The participant's build never reads it (it has none of the
    // facilitator's state): the facilitator's build reads it, keeps it aside and says so.
    {
      const { page, errors, close } = await open('', { viewport: 'desktop', init: seed([[WORKSHOP_KEY, NEWER_WORKSHOP]]) });
      try {
        assert.equal(await page.locator('.notice').count(), 0, 'the welcome screen does not read it');
        assert.equal((await stored(page))[WORKSHOP_KEY], NEWER_WORKSHOP, 'left as it was');
        await page.getByRole('button', { name: UI.FACILITATE.nl }).click();
        await page.locator('h1', { hasText: UI.FACILITATE.nl }).waitFor();
        await notice(page).waitFor();
        assert.equal(await page.locator('.notice').count(), 1);
        assert.equal((await stored(page))[`${WORKSHOP_KEY}.unreadable`], NEWER_WORKSHOP);
        await page.locator('#workshop-team').waitFor();
        assert.equal(await notice(page).count(), 1, 'the notice stays until closed');
        assert.equal((await stored(page))[WORKSHOP_KEY], NEWER_WORKSHOP, 'nothing written over it while nothing changed');
        await expectNoAxeViolations(page, 'facilitator, notice');
        await page.fill('#workshop-team', 'Team Zuid');
        await page.getByRole('button', { name: UI.MAKE_INVITATION.nl }).click();
        await page.locator('#join-link').waitFor();
        await page.waitForFunction((k) => localStorage.getItem(k)?.startsWith('3|'), WORKSHOP_KEY);
        await page.reload();
        await waitForApp(page);
        assert.equal(await heading(page), UI.FACILITATE.nl);
        await page.locator('#join-link').waitFor();
        assert.equal(await page.locator('.notice').count(), 0, 'no notice on the next visit');
        assert.equal((await stored(page))[`${WORKSHOP_KEY}.unreadable`], NEWER_WORKSHOP, 'the backup is still there');
        assertNoErrors(errors, 'facilitator');
      } finally {
        await close();
      }
    }
    // Both keys unreadable: both kept, one notice.
    {
      const { page, errors, close } = await open('', {
        viewport: 'phone',
        init: seed([[KEY, NEWER], [WORKSHOP_KEY, NEWER_WORKSHOP]]),
      });
      try {
        await notice(page).waitFor();
        assert.equal(await page.locator('.notice').count(), 1);
        assert.equal((await stored(page))[`${KEY}.unreadable`], NEWER);
        // The workshop reads the facilitator's key: kept aside too, and still one notice.
        await page.getByRole('button', { name: UI.FACILITATE.nl }).click();
        await page.locator('h1', { hasText: UI.FACILITATE.nl }).waitFor();
        await page.waitForFunction((k) => localStorage.getItem(`${k}.unreadable`) !== null, WORKSHOP_KEY);
        assert.equal(await page.locator('.notice').count(), 1, 'one notice for both');
        const s = await stored(page);
        assert.equal(s[`${KEY}.unreadable`], NEWER);
        assert.equal(s[`${WORKSHOP_KEY}.unreadable`], NEWER_WORKSHOP);
        assertNoErrors(errors, 'both keys');
      } finally {
        await close();
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------
// 1. Nobody can be singled out by what the team shares.

/** `n` members of role group `role` (0 = none) with answers `now`/`desired`, the first dimension varied. */
const members = (n, role, now, desired) =>
  Array.from({ length: n }, (_, i) => ({
    role,
    now: [1 + ((now + i) % 5), ...Array(13).fill(now)],
    desired: Array(14).fill(desired),
  }));

const ROLE_CASES = [
  {
    what: 'a group of 1 beside two groups of 3 (and 3 without a role)',
    team: [...members(3, 1, 2, 4), ...members(3, 2, 5, 3), ...members(1, 3, 3, 3), ...members(3, 0, 4, 4)],
    shown: [1, 2],
    message: TEXT.rolesLeftOut,
    sharedMessage: null,
  },
  {
    what: 'a group of 2 beside two groups of 3 (and 1 without a role)',
    team: [...members(3, 1, 2, 4), ...members(3, 2, 5, 3), ...members(2, 4, 3, 3), ...members(1, 0, 4, 4)],
    shown: [1, 2],
    message: TEXT.rolesLeftOut,
    sharedMessage: null,
  },
  {
    what: 'three groups of 3',
    team: [...members(3, 1, 2, 4), ...members(3, 2, 5, 3), ...members(3, 3, 3, 3)],
    shown: [1, 2, 3],
    message: null,
    sharedMessage: null,
  },
  {
    what: 'a group of 4, a group of 3 and a lone one: the smaller group joins the one',
    team: [...members(4, 1, 2, 4), ...members(3, 2, 5, 3), ...members(1, 3, 3, 3)],
    shown: [1],
    message: TEXT.rolesRestTooSmall,
    sharedMessage: TEXT.rolesHidden,
  },
  {
    what: 'a group of 4, two groups of 3 and a lone one: the later group of 3 joins the one',
    team: [...members(4, 1, 2, 4), ...members(3, 2, 5, 3), ...members(3, 3, 1, 1), ...members(1, 5, 3, 3)],
    shown: [1, 2],
    message: TEXT.rolesLeftOut,
    sharedMessage: null,
  },
  {
    what: 'one group of 4 and 3 without a role',
    team: [...members(4, 1, 2, 4), ...members(3, 0, 4, 4)],
    shown: [1],
    message: TEXT.rolesHidden,
    sharedMessage: TEXT.rolesHidden,
  },
];

/** What the role section of the team view says. */
const rolesSection = (page) =>
  page.locator('section[aria-labelledby=roles]').evaluate((s) => ({
    paragraphs: [...s.querySelectorAll(':scope > p')].map((p) => p.textContent.trim()),
    groups: [...s.querySelectorAll('li')].map((li) => li.textContent.trim()),
    text: s.textContent,
  }));

describe('role groups under 3 are never shared', () => {
  for (const { what, team, shown, message, sharedMessage } of ROLE_CASES) {
    test(`${what}: the team view, the team link and both CSV dialects`, async () => {
      const shareable = team.map((r) => ({ ...r, role: shown.includes(r.role) ? r.role : 0 }));
      const present = [...new Set(team.map((r) => r.role).filter(Boolean))];
      const hidden = present.filter((g) => !shown.includes(g));
      const compared = message !== TEXT.rolesHidden && message !== TEXT.rolesRestTooSmall;
      const { page, errors, close } = await open(`#${teamLink(team, TEAM)}`, { downloads: true });
      try {
        assert.equal(await heading(page), UI.TEAM_TITLE.nl);
        assert.equal((await page.locator('.participants').textContent()).trim(), `${team.length} deelnemers`);

        // The team view: the groups compared, or why not; a group not shown is never named.
        const roles = await rolesSection(page);
        assert.deepEqual(roles.paragraphs, message ? [message] : [], 'what the role section says');
        const count = (g) => team.filter((r) => r.role === g).length;
        assert.deepEqual(
          roles.groups.map((li) => li.replace(/\):.*$/, ')')),
          compared ? shown.map((g) => `${ROLE[g]} (${count(g)} deelnemers)`) : [],
        );
        for (const g of compared ? hidden : present) assert.ok(!roles.text.includes(ROLE[g]), `"${ROLE[g]}" is not named`);

        // The team link shown: counts (version 3), a role group only for the groups shown,
        // with their sizes; and in a fresh browser it shows the same role section.
        const link = await page.locator('#team-link').inputValue();
        assert.ok(link.startsWith(`${server.url}#v3t`), link);
        const fragment = link.split('#')[1];
        const decoded = decodeCountsHeader(fragment);
        assert.equal(decoded.teamName, TEAM);
        assert.equal(decoded.participants, team.length);
        assert.deepEqual(decoded.groups, shown.map((id) => ({ id, size: count(id) })), 'role groups in the team link');
        const fresh = await open(link, { viewport: 'phone' });
        try {
          assert.equal(await heading(fresh.page), UI.TEAM_TITLE.nl);
          // The same groups with the same figures. The groups left out are not in the link, so
          // its view has nothing to say about them.
          const again = await rolesSection(fresh.page);
          assert.deepEqual(again.groups, roles.groups, 'the shared team link compares the same groups');
          assert.deepEqual(again.paragraphs, sharedMessage ? [sharedMessage] : [], 'what its role section says');
          const table = (s) => s.text.slice(s.text.lastIndexOf(UI.ROLES_HEADING.nl));
          if (roles.groups.length) assert.equal(table(again), table(roles), 'the same figures');
          for (const g of present) if (!shown.includes(g)) assert.ok(!again.text.includes(ROLE[g]));
          assertNoErrors(fresh.errors, 'the shared team link');
        } finally {
          await fresh.close();
        }

        // Both dialects of both files: counts of the whole team, and of the groups shown only.
        const expectedParts = { '': countsOf(team) };
        for (const g of shown) expectedParts[ROLE[g]] = countsOf(team.filter((r) => r.role === g));
        for (const [label, file, sep] of [
          [UI.CSV_ANSWERS_EXCEL.nl, 'team-antwoorden-excel.csv', ';'],
          [UI.CSV_ANSWERS.nl, 'team-antwoorden.csv', ','],
        ]) {
          const { name, bytes } = await download(page, label);
          assert.equal(name, file);
          const records = parseCsvFile(bytes.toString('utf8'), sep);
          assert.ok(records.slice(1).every((r) => r[0] === TEAM), `${file}: the team on every record`);
          assert.deepEqual(countsInFile(records), expectedParts, `${file}: the counts of the team and the groups shown`);
          for (const g of hidden) assert.ok(!bytes.toString('utf8').includes(ROLE[g]), `${file} does not name ${ROLE[g]}`);
        }
        for (const label of [UI.CSV_SUMMARY_EXCEL.nl, UI.CSV_SUMMARY.nl]) {
          const text = (await download(page, label)).bytes.toString('utf8');
          for (const g of present) assert.ok(!text.includes(ROLE[g]), `${label} names no role group`);
        }
        if (team.length === 10 && shown.length === 2) await expectNoAxeViolations(page, what);
        assertNoErrors(errors, what);
      } finally {
        await close();
      }
    });
  }

  test('the facilitator pasting result links with lone role groups gets the same team link', async () => {
    const { team, shown } = ROLE_CASES[0];
    const shareable = team.map((r) => ({ ...r, role: shown.includes(r.role) ? r.role : 0 }));
    // The team link of counts that the shareable team's own link shows.
    const reference = await open(`#${teamLink(shareable, TEAM)}`);
    const expected = (await reference.page.locator('#team-link').inputValue()).split('#')[1];
    await reference.close();
    const { page, errors, close } = await open('', { viewport: 'desktop' });
    try {
      await page.getByRole('button', { name: UI.FACILITATE.nl }).click();
      await page.fill('#workshop-team', TEAM);
      await page.getByRole('button', { name: UI.MAKE_INVITATION.nl }).click();
      await page.fill('#paste', team.map((r) => `${server.url}#${responseLink(r, TEAM)}`).join('\n'));
      await page.getByRole('button', { name: UI.ADD_PASTED.nl, exact: true }).click();
      await page.locator('.participants', { hasText: `${team.length} deelnemers` }).waitFor();
      const link = await page.locator('#team-link').inputValue();
      assert.match(expected, /^v3t/);
      assert.equal(link.split('#')[1], expected);
      assert.ok(!(await page.locator('section[aria-labelledby=roles]').textContent()).includes('UWV'));
      assertNoErrors(errors, 'facilitator');
    } finally {
      await close();
    }
  });
});

// ---------------------------------------------------------------------------------------------
// 4. What reaches other programs: the Excel CSV.

test('the Excel CSV files of the six golden participants are the native ones, byte for byte', async () => {
  const { page, errors, close } = await open(`#${teamLink(SIX.map(golden), TEAM)}`, { downloads: true });
  try {
    assert.equal(await heading(page), UI.TEAM_TITLE.nl);
    const answers = await download(page, UI.CSV_ANSWERS_EXCEL.nl);
    assert.equal(answers.name, 'team-antwoorden-excel.csv');
    assert.ok(answers.bytes.equals(goldenFile('answers_six_excel.csv')), 'answers_six_excel.csv byte for byte');
    const summary = await download(page, UI.CSV_SUMMARY_EXCEL.nl);
    assert.equal(summary.name, 'team-samenvatting-excel.csv');
    assert.ok(summary.bytes.equals(goldenFile('summary_six_excel.csv')), 'summary_six_excel.csv byte for byte');

    // What Excel with Dutch settings reads: ";" between fields, "3,5" a number.
    const records = parseCsvFile(summary.bytes.toString('utf8'), ';');
    assert.equal(records.length, 15);
    assert.ok(records.every((r) => r.length === 13), 'every record splits into 13 fields on ";"');
    const median = records[0].indexOf('gewenst_mediaan');
    assert.ok(records.slice(1).some((r) => /^\d,5$/.test(r[median])), 'a median with a decimal comma');
    assert.ok(records.slice(1).every((r) => !r[median].includes('.')), 'no decimal point');
    assert.ok(parseCsvFile(answers.bytes.toString('utf8'), ';').every((r) => r.length === 12), 'counts: 12 fields a record on ";"');
    // The RFC 4180 files for scripts stay as they were.
    assert.ok((await download(page, UI.CSV_SUMMARY.nl)).bytes.equals(goldenFile('summary_six.csv')));
    assert.ok((await download(page, UI.CSV_ANSWERS.nl)).bytes.equals(goldenFile('answers_six.csv')));
    // Which is which is said.
    const share = await page.locator('section[aria-labelledby=team-share]').textContent();
    assert.match(share, /Voor Excel met Nederlandse instellingen \(puntkomma's, decimale komma\)/);
    assert.match(share, /Voor scripts \(komma's, decimale punt, RFC 4180\)/);
    assertNoErrors(errors, 'excel csv');
  } finally {
    await close();
  }
});

// ---------------------------------------------------------------------------------------------
// 4. Team names: refused at input, and isolated when they come from a link.

const REFUSED = [
  ['a bidi override', 'Team \u202EtsoO', 'bidi'],
  ['a tab', 'Team\tOost', 'control'],
  ['only zero-width spaces', '\u200B\u200B\u200B', 'invisible'],
];

describe('team names', () => {
  for (const [lang, viewport] of [['nl', 'phone'], ['en', 'desktop']]) {
    test(`the welcome field says why a name is refused, at the field (${lang}, ${viewport})`, async () => {
      const { page, errors, close } = await open(lang === 'en' ? '?lang=en' : '', { viewport });
      try {
        await waitForHtmlLang(page, lang);
        const field = page.locator('#team-name');
        for (const [what, name, kind] of REFUSED) {
          await field.fill(name);
          const message = page.locator('#team-name-error');
          await message.filter({ hasText: TEXT[kind][lang] }).waitFor();
          assert.equal((await message.textContent()).trim(), TEXT[kind][lang], what);
          assert.equal(await message.evaluate((m) => m.matches('p.error-message[role=alert]')), true);
          assert.equal(await field.getAttribute('aria-invalid'), 'true', what);
          assert.deepEqual((await field.getAttribute('aria-describedby')).split(' ').sort(), ['team-name-error', 'team-name-hint']);
          assert.equal(await field.inputValue(), name, `${what}: the typed text stays`);
          if (kind === 'bidi') {
            await expectNoAxeViolations(page, `welcome, ${what}`);
            await screenshot(page, `trust-team-name-refused-${viewport}-${lang}`);
          }
        }
        await field.fill('Team Oost');
        await page.locator('#team-name-error').waitFor({ state: 'detached' });
        assert.equal(await field.getAttribute('aria-invalid'), null);
        assert.equal(await field.getAttribute('aria-describedby'), 'team-name-hint');
        assertNoErrors(errors, 'welcome');
      } finally {
        await close();
      }
    });

    test(`the invitation form refuses them on submit and makes no invitation (${lang}, ${viewport})`, async () => {
      const { page, errors, close } = await open(lang === 'en' ? '?lang=en' : '', { viewport });
      try {
        await page.getByRole('button', { name: UI.FACILITATE[lang] }).click();
        const field = page.locator('#workshop-team');
        await field.waitFor();
        for (const [what, name, kind] of REFUSED) {
          await field.fill(name);
          await page.getByRole('button', { name: UI.MAKE_INVITATION[lang] }).click();
          const message = page.locator('#workshop-team-error');
          await message.filter({ hasText: TEXT[kind][lang] }).waitFor();
          assert.equal(await message.evaluate((m) => m.matches('p.error-message[role=alert]')), true);
          assert.equal(await field.getAttribute('aria-invalid'), 'true', what);
          assert.equal(await field.getAttribute('aria-describedby'), 'workshop-team-error');
          assert.equal(await field.inputValue(), name, `${what}: the typed text stays`);
          assert.equal(await page.locator('#join-link').count(), 0, `${what}: no invitation`);
          assert.equal(await page.evaluate((k) => localStorage.getItem(k), WORKSHOP_KEY), null, `${what}: nothing saved`);
          if (kind === 'invisible') await expectNoAxeViolations(page, `invitation form, ${what}`);
        }
        assertNoErrors(errors, 'invitation form');
      } finally {
        await close();
      }
    });
  }

  test('a hostile team name from a link shows as isolated text, never as markup', async () => {
    // As an old link or another program could carry it: markup, a right-to-left override and
    // Arabic text (the link decoder is lenient, as it must read every name ever written).
    const HOSTILE = '\u202E<img src=x onerror=alert(1)> فريق الشرق';
    const links = [
      ['a results link', responseLink(golden('woerden'), HOSTILE), UI.SHARED_TITLE.nl],
      ['a team link', teamLink(SIX.map(golden), HOSTILE), UI.TEAM_TITLE.nl],
      ['an invitation link', invitationLink({ teamName: HOSTILE, roles: [1, 2] }), UI.JOIN_TITLE.nl],
    ];
    const { context, close } = await open(undefined, { viewport: 'phone' });
    try {
      let page;
      let errors;
      for (const [what, fragment, title] of links) {
        if (page) {
          assertNoErrors(errors, what);
          await page.close();
        }
        ({ page, errors } = await visit(context, `${server.url}#${fragment}`));
        assert.equal(await heading(page), title, what);
        const line = page.locator('p.team-name');
        assert.equal(await line.count(), 1, what);
        assert.deepEqual(
          await line.evaluate((p) => [...p.childNodes].map((n) => n.nodeName)),
          ['BDI'],
          `${what}: the name alone, inside <bdi>`,
        );
        assert.equal(await line.locator('bdi').evaluate((b) => b.childElementCount), 0, `${what}: no element inside`);
        assert.equal(await line.locator('bdi').textContent(), HOSTILE, `${what}: the name as text`);
        assert.equal(await page.locator('#content img, [onerror]').count(), 0, `${what}: nothing injected`);
        if (what === 'a team link') await expectNoAxeViolations(page, what);
      }
      // Joined (and one step back to the welcome): the workshop banner isolates it too.
      await page.getByRole('button', { name: UI.JOIN.nl, exact: true }).click();
      await page.getByRole('button', { name: UI.BACK.nl, exact: true }).click();
      const banner = page.locator('.workshop-banner bdi');
      await banner.waitFor();
      assert.equal(await banner.textContent(), HOSTILE);
      assert.equal(await banner.evaluate((b) => b.childElementCount), 0);
      assert.equal(await page.locator('#content img, [onerror]').count(), 0);
      assertNoErrors(errors, 'hostile names');
    } finally {
      await close();
    }
  });
});

// ---------------------------------------------------------------------------------------------
// 4. Embedded: "finished" only after reaching the results in this visit.

test('embedded: a saved result on the results screen sends no "finished" on load, and one after going back and to the results again', async () => {
  const hostDir = await makeHostDir(server.url, { 'events.html': { attrs: 'data-events="1"' } });
  const host = await startServer({ root: hostDir });
  const set = golden('woerden');
  const saved = `2|nl|r|${set.role}|${[...set.now, ...set.desired].join('')}|-|`;
  const { page, errors, close } = await open(undefined, {
    viewport: 'desktop',
    init: {
      // In the widget's frame (the app's origin) only: the saved draft, once.
      fn: ({ origin, saved, key }) => {
        if (window.top === window) {
          window.__messages = [];
          addEventListener('message', (e) => window.__messages.push(e.data));
          return;
        }
        if (location.origin === origin && !sessionStorage.getItem('__seeded')) {
          sessionStorage.setItem('__seeded', '1');
          localStorage.setItem(key, saved);
        }
      },
      arg: { origin: server.origin, saved, key: KEY },
    },
  });
  try {
    await recordViolationsAndEvents(page);
    await page.goto(`${host.url}events.html`, { waitUntil: 'load' });
    const { frame } = await widget(page);
    await frame.locator('h1', { hasText: UI.RESULTS_TITLE.nl }).waitFor();
    // The participant is told that this page receives the link (issue 21), right under the title.
    const told = frame.getByText(PARTICIPANT.PARTNER_GETS_LINK.nl, { exact: true });
    assert.equal(await told.evaluate((p) => p.previousElementSibling?.tagName), 'H1');
    const shown = await frame.locator('#result-link').inputValue();
    assert.equal(shown.split('#')[1], responseLink(set), 'the saved result');
    // Messages from one window arrive in the order they were posted: everything the app
    // posted while loading arrives before this marker.
    const mark = async (id) => {
      await frame.evaluate((id) => parent.postMessage({ marker: id }, '*'), id);
      await page.waitForFunction((id) => window.__messages.some((m) => m?.marker === id), id);
      return page.evaluate(() => window.__messages.map((m) => m?.type ?? (m?.marker ? `marker ${m.marker}` : '?')));
    };
    const onLoad = await mark(1);
    assert.ok(onLoad.includes('ready'), `a "ready" on load: ${onLoad}`);
    assert.ok(!onLoad.includes('finished'), `no "finished" for a saved result on load: ${onLoad}`);
    assert.deepEqual((await scanEvents(page)).map((e) => e.type), ['ready']);

    // Back to a question and to the results again: now it is reached in this visit.
    await frame.getByRole('button', { name: UI.EDIT_ANSWERS.nl }).click();
    await frame.locator('h1', { hasText: DIMENSIONS.nl[0] }).waitFor();
    await frame.locator('details.jump summary').click();
    await frame.getByRole('button', { name: `14. ${DIMENSIONS.nl[13]}` }).click();
    await frame.locator('h1', { hasText: DIMENSIONS.nl[13] }).waitFor();
    await frame.getByRole('button', { name: UI.TO_RESULTS.nl }).click();
    await frame.locator('h1', { hasText: UI.RESULTS_TITLE.nl }).waitFor();
    await page.waitForFunction(() => window.__scanEvents.some((e) => e.type === 'finished'));
    const all = await mark(2);
    const afterLoad = all.slice(all.indexOf('marker 1'));
    assert.equal(afterLoad.filter((t) => t === 'finished').length, 1, `one "finished": ${all}`);
    const events = await scanEvents(page);
    assert.deepEqual(events.map((e) => e.type), ['ready', 'finished']);
    assert.equal(events[1].detail.link, await frame.locator('#result-link').inputValue());
    assert.equal(events[1].detail.link.split('#')[1], responseLink(set));
    assertNoErrors(errors, 'embedded');
  } finally {
    await close();
    await host.close();
    await rm(hostDir, { recursive: true, force: true });
  }
});

// ---------------------------------------------------------------------------------------------
// 1. A participant sending a result to the facilitator is told what the facilitator sees.

for (const [lang, viewport] of [['nl', 'phone'], ['en', 'desktop']]) {
  test(`sending to the facilitator says what the facilitator can see (${lang}, ${viewport})`, async () => {
    const invitation = invitationLink({ teamName: 'Wijkteam Noord', lang, roles: [1, 2, 3] });
    const { page, errors, close } = await open(`#${invitation}`, { viewport });
    try {
      await waitForHtmlLang(page, lang);
      await page.selectOption('#role', '3');
      await page.getByRole('button', { name: UI.JOIN[lang], exact: true }).click();
      await answerAll(page, golden('middle'), lang, { tap: viewport === 'phone' });
      const share = page.locator('section.share');
      await share.getByRole('heading', { name: TEXT.sendHeading[lang] }).waitFor();
      assert.equal((await share.locator('p.privacy').textContent()).trim(), TEXT.sendPrivacy[lang]);
      assert.equal(await share.evaluate((s) => s.previousElementSibling?.tagName), 'H1', 'sending comes first');
      await expectNoAxeViolations(page, `send step ${lang}`);
      await screenshot(page, `trust-send-privacy-${viewport}-${lang}`);
      assertNoErrors(errors, 'send step');
    } finally {
      await close();
    }
  });
}
