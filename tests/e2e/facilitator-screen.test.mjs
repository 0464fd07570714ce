// The facilitator's screen during a workshop (issue 22): the invitation folds to a summary once
// results come in (the QR code on request, never cut off at 720 px high), "Presenteren" beside
// the count of results without scrolling at 1280x720, copy buttons named by the link they copy,
// the agreement's field (it wraps, counts characters as the link does, warns near the limit,
// takes no line break), and the printed report (two dimensions side by side, no empty section,
// the page count for a team of 8 with agreements). Two pages: a laptop at 1280x720 in Dutch
// (then English), and a phone at 360x740 in English.

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
import { responseLink } from './links.mjs';
import { PRESENT, UI } from './labels.mjs';

let browser;
let server;
useBrowserAndApp((b, s) => {
  browser = b;
  server = s;
});

const TEAM = 'Wijkteam Oost';
const LAPTOP = { viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false };
/** The most pages the report of 8 participants with 4 agreements may take (it took 9 before). */
const MAX_REPORT_PAGES = 4;

/** Eight participants: the six golden sets and two more. */
function eight() {
  const sets = ['woerden', 'less', 'fewnow', 'boundary', 'dontknow', 'middle'].map(golden);
  const up = (codes) => codes.map((c) => (c >= 1 && c < 5 ? c + 1 : c));
  return [...sets, { ...sets[2], role: 4, desired: up(sets[2].desired) }, { ...sets[3], role: 6, now: up(sets[3].now) }];
}

/** A chat with the eight result links, one of them twice. */
function chat() {
  const links = eight().map((set) => `https://scan.example.nl/#${responseLink(set, TEAM)}`);
  return links.map((l, i) => `[10:0${i}] Deelnemer ${i + 1}: ${l}`).join('\n') + `\n[10:09] Deelnemer 1: nog een keer ${links[0]}`;
}

const button = (page, name) => page.getByRole('button', { name, exact: true });

/** The box of a locator relative to the window, with the window's height. */
async function box(locator) {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height, window: innerHeight, width: innerWidth };
  });
}

/** Every copy button's accessible name: none the same as another, each naming its link. */
async function assertCopyNamesDiffer(page, lang) {
  const names = await page.getByRole('button', { name: lang === 'nl' ? /^Kopieer/ : /^Copy/ }).evaluateAll((bs) =>
    bs.map((b) => b.textContent.trim()),
  );
  assert.deepEqual(names.sort(), [UI.COPY_INVITATION[lang], UI.COPY_TEAM_LINK[lang]].sort(), 'one copy button per link, named by it');
}

/** The agreement field of the first dimension on the agenda, and its live count. */
function firstAgreement(page) {
  const item = page.locator('ol.agenda > li').first();
  return { field: item.locator('textarea.agreement-what'), count: item.locator('.char-count') };
}

/**
 * The agreement's field: it wraps and shows all of what is typed, counts characters as the
 * link does (70 emoji are 70), says how many are left from 120 and how many too many past
 * 140 (without stopping the typing), and takes no line break.
 */
async function assertAgreementField(page, lang) {
  const { field, count } = firstAgreement(page);
  assert.equal(await field.evaluate((f) => f.tagName), 'TEXTAREA');
  assert.equal(await field.getAttribute('maxlength'), null, 'no maxlength that counts UTF-16 units');
  const countId = await count.getAttribute('id');
  assert.ok((await field.getAttribute('aria-describedby')).split(' ').includes(countId), 'the count describes the field');
  assert.equal(await count.locator('[aria-live=polite]').count(), 1, 'a polite live region');

  await field.fill('a'.repeat(87));
  assert.equal((await count.textContent()).trim(), '87 / 140');
  // 70 emoji: 140 UTF-16 units, 70 characters; more can be typed after them.
  await field.fill('😀'.repeat(70));
  await field.press('End');
  await page.keyboard.type('ok');
  assert.equal(await field.inputValue(), `${'😀'.repeat(70)}ok`, 'the emoji did not fill the field');
  assert.equal((await count.textContent()).trim(), '72 / 140');
  assert.equal(await field.getAttribute('aria-invalid'), null);

  // Enter types no line break; a pasted one becomes a space, the caret kept where it was.
  await field.fill('Samen');
  await field.press('End');
  await field.press('Enter');
  await page.keyboard.type(' plannen');
  assert.equal(await field.inputValue(), 'Samen plannen');
  await field.press('Home');
  await field.press('ArrowRight');
  await page.keyboard.insertText('x\ny\nz');
  await page.keyboard.type('!');
  assert.equal(await field.inputValue(), 'Sx y z!amen plannen', 'pasted line breaks are spaces, typing goes on at the caret');

  // Near the limit it says how many are left; past it, how many too many, and why.
  await field.fill('b'.repeat(125));
  const left = { nl: 'nog 15 tekens', en: '15 characters left' }[lang];
  assert.equal((await count.textContent()).trim(), `125 / 140 · ${left}`);
  assert.equal((await count.locator('[aria-live=polite]').textContent()).trim(), `· ${left}`);
  await field.fill('c'.repeat(140));
  await field.press('End');
  await page.keyboard.type('dd');
  assert.equal((await field.inputValue()).length, 142, 'no silent stop at the limit');
  const over = { nl: '2 tekens te veel', en: '2 characters too many' }[lang];
  assert.equal((await count.textContent()).trim(), `142 / 140 · ${over}`);
  assert.equal(await field.getAttribute('aria-invalid'), 'true');
  await page.getByText(UI.AGREEMENT_TOO_LONG[lang]).first().waitFor();

  // 140 characters of words: all of it in view in the field, over several lines.
  const words = 'Maandelijks casusoverleg met werk en inkomen, de inwoner aan tafel, '.repeat(3).slice(0, 140);
  await field.fill(words);
  const shown = await field.evaluate((f) => ({ scroll: f.scrollHeight, client: f.clientHeight, line: parseFloat(getComputedStyle(f).lineHeight) }));
  assert.ok(shown.scroll <= shown.client + 1, `the whole agreement shows (${shown.scroll} > ${shown.client})`);
  assert.ok(shown.client >= 2 * shown.line, 'it wraps over lines');
  assert.equal(await field.getAttribute('aria-invalid'), null);
  return words;
}

/** In print: nothing but headings with content under them; no empty comparison section. */
async function assertNoEmptySections(page, lang) {
  await page.emulateMedia({ media: 'print' });
  const empty = await page.locator('section').evaluateAll((sections) =>
    sections
      .filter((s) => s.checkVisibility())
      .filter((s) => {
        const heading = s.querySelector('h2, h3');
        const text = s.innerText.trim();
        const rest = heading ? text.replace(heading.innerText.trim(), '').trim() : text;
        return rest.length === 0 && s.querySelector('svg, table, img') === null;
      })
      .map((s) => s.querySelector('h2, h3')?.innerText ?? s.className),
  );
  assert.deepEqual(empty, [], 'no printed section is empty');
  const compare = { nl: 'Vergelijk met een andere meting', en: 'Compare with another measurement' }[lang];
  assert.equal(await page.getByRole('heading', { name: compare }).filter({ visible: true }).count(), 0, 'no empty comparison heading in print');
  // The last printed heading has something after it.
  const lastIsHeading = await page.evaluate(() => {
    const shown = [...document.querySelectorAll('.team *')].filter((el) => el.checkVisibility() && el.children.length === 0 && el.textContent.trim());
    return /^H[1-6]$/.test(shown.at(-1)?.tagName ?? '');
  });
  assert.equal(lastIsHeading, false, 'the report does not end with a heading');
  await page.emulateMedia({ media: null });
}

/** Pages of the printed report, as Chromium prints it on A4 with the app's own @page rule. */
async function reportPages(page) {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: null });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

describe("the facilitator's screen", () => {
  test('1280x720, nl then en: the folded invitation, "Presenteren" beside the count, named copy buttons, agreements and the report', async () => {
    const { page, errors, close } = await openApp(browser, server, LAPTOP);
    await button(page, UI.FACILITATE.nl).click();
    await page.locator('#workshop-team').fill(TEAM);
    await button(page, UI.MAKE_INVITATION.nl).click();
    await page.locator('#join-link').waitFor();

    // Before results: the link with its QR code beside it, all of it in view at 720 px high.
    const qr = page.locator('.qr-large svg.qr');
    const code = await box(qr);
    assert.ok(code.top >= 0 && code.bottom <= code.window, `the QR code is in view (${code.top}-${code.bottom} of ${code.window})`);
    assert.ok(code.height >= 250, `and large enough to scan from a distance (${code.height} px)`);
    assert.equal(await button(page, UI.SHOW_INVITATION.nl).count(), 0, 'nothing to show again yet');
    await screenshot(page, 'facilitator-invitation-720-nl', { fullPage: false });
    await expectNoAxeViolations(page, 'invitation at 1280x720');

    // Results come in: the invitation folds to what it is, "Presenteren" stands beside the count.
    await page.locator('#paste').fill(chat());
    await button(page, UI.ADD_PASTED.nl).click();
    await page.locator('ol.agenda').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    assert.equal(await qr.isVisible(), false, 'the QR code is folded away');
    assert.equal(await page.locator('#join-link').isVisible(), false);
    const invitation = page.getByRole('region', { name: UI.INVITATION_HEADING.nl, exact: true });
    const summary = await invitation.innerText();
    for (const part of [TEAM, 'Nederlands', 'Sociaal (wijk)team', 'Werk & inkomen', 'Inwoner/ervaringsdeskundige']) {
      assert.ok(summary.includes(part), `the summary names ${part}: ${summary}`);
    }
    const count = page.locator('.collect-status p b').first();
    assert.equal((await count.textContent()).trim(), '8 deelnemers');
    assert.match(await page.locator('.collect-status').textContent(), /1 dubbele link overgeslagen: elke uitkomst telt één keer\./);
    const present = button(page, PRESENT.PRESENT.nl);
    assert.equal(await present.count(), 1, 'one "Presenteren" on the screen');
    const [presentBox, countBox] = [await box(present), await box(count)];
    assert.ok(presentBox.top >= 0 && presentBox.bottom <= presentBox.window, `"Presenteren" in view without scrolling (${presentBox.top}-${presentBox.bottom})`);
    assert.ok(presentBox.top < countBox.bottom && countBox.top < presentBox.bottom, 'beside the count, on its line');
    assert.ok(presentBox.left > countBox.right, 'to its right');
    await screenshot(page, 'facilitator-collected-720-nl', { fullPage: false });
    await assertCopyNamesDiffer(page, 'nl');
    await expectNoAxeViolations(page, 'folded invitation at 1280x720');

    // Someone joins late: the link and code again, in view, and folded again.
    await button(page, UI.SHOW_INVITATION.nl).click();
    await qr.waitFor();
    assert.ok(await page.locator('#join-link').isVisible());
    assert.equal(await page.evaluate(() => document.activeElement.textContent), UI.HIDE_INVITATION.nl, 'the focus stays on the button');
    await qr.scrollIntoViewIfNeeded();
    const again = await box(qr);
    assert.ok(again.top >= 0 && again.bottom <= again.window, `the QR code shown again fits the window (${again.top}-${again.bottom})`);
    await expectNoAxeViolations(page, 'invitation shown again');
    await button(page, UI.HIDE_INVITATION.nl).click();
    await qr.waitFor({ state: 'hidden' });

    // Presenting and back: the focus returns to "Presenteren" beside the count.
    await present.click();
    await page.locator('section.presenter').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('section.presenter').waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.closest('.collected') !== null);

    // The agreement's field, and what it keeps over a reload.
    const words = await assertAgreementField(page, 'nl');
    const ids = await page.locator('ol.agenda textarea.agreement-what').evaluateAll((fs) => fs.slice(0, 4).map((f) => f.id));
    for (const id of ids.slice(1)) await page.locator(`#${id}`).fill(words);
    for (const id of ids) {
      await page.locator(`#${id}-owner`).fill('Fatima en Piet');
      await page.locator(`#${id}-due`).fill('voor de zomer');
    }
    await expectNoAxeViolations(page, 'agreements typed');
    await page.reload();
    await page.locator('ol.agenda').waitFor();
    for (const id of ids) assert.equal(await page.locator(`#${id}`).inputValue(), words, 'kept as typed');

    // The report: no empty section, and at most MAX_REPORT_PAGES pages of A4.
    await assertNoEmptySections(page, 'nl');
    const pages = await reportPages(page);
    assert.ok(pages <= MAX_REPORT_PAGES, `the report of 8 with 4 agreements takes ${pages} pages, at most ${MAX_REPORT_PAGES}`);

    // In English: the same buttons, named in English.
    await button(page, UI.OTHER_LANGUAGE.nl).click();
    await waitForHtmlLang(page, 'en');
    await assertCopyNamesDiffer(page, 'en');
    await button(page, UI.SHOW_INVITATION.en).waitFor();
    const english = page.getByRole('region', { name: UI.INVITATION_HEADING.en, exact: true });
    assert.match(await english.innerText(), /Nederlands · role groups: Social \(neighbourhood\) team, Work & income/);
    await expectNoAxeViolations(page, 'folded invitation in English');
    assertNoErrors(errors, 'facilitator at 1280x720');
    await close();
  });

  test('360x740, en: the folded invitation, named copy buttons, the agreement field and a report without empty sections', async () => {
    const { page, errors, close } = await openApp(browser, server, 'phone', { locale: 'en-GB' });
    await button(page, UI.OTHER_LANGUAGE.nl).click();
    await waitForHtmlLang(page, 'en');
    await button(page, UI.FACILITATE.en).click();
    await page.locator('#workshop-team').fill(TEAM);
    await button(page, UI.MAKE_INVITATION.en).click();
    const qr = page.locator('.qr-large svg.qr');
    await qr.waitFor();
    const code = await box(qr);
    assert.ok(code.left >= 0 && code.right <= code.width, 'the QR code fits the phone');
    await page.locator('#paste').fill(chat());
    await button(page, UI.ADD_PASTED.en).click();
    await page.locator('ol.agenda').waitFor();
    assert.equal(await qr.isVisible(), false, 'folded');
    assert.match(await page.getByRole('region', { name: UI.INVITATION_HEADING.en, exact: true }).innerText(), /English · role groups: Social \(neighbourhood\) team/);
    assert.match(await page.locator('.collect-status').textContent(), /1 duplicate link skipped: each result counts once\./);
    await assertCopyNamesDiffer(page, 'en');
    await button(page, UI.SHOW_INVITATION.en).click();
    await qr.waitFor();
    await expectNoAxeViolations(page, 'phone, invitation shown again');
    await button(page, UI.HIDE_INVITATION.en).click();
    await assertAgreementField(page, 'en');
    await screenshot(page, 'facilitator-agreement-phone-en');
    await expectNoAxeViolations(page, 'phone, agreement');
    await assertNoEmptySections(page, 'en');
    assertNoErrors(errors, 'facilitator on a phone');
    await close();
  });
});
