// The results link instead of a PDF: take the link from the share panel, open it in a fresh
// browser, read the QR code back, compare with one's own result, and survive every kind of bad
// link without losing the reader's own draft. Hostile team names stay text.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
  REPO_ROOT,
  assertNoErrors,
  expectNoAxeViolations,
  newPage,
  openApp,
  savedState,
  useBrowserAndApp,
  screenshot,
  waitForHtmlLang,
} from './helpers.mjs';
import { DIMENSIONS, MODELS, golden } from './golden.mjs';
import { answerAll, plain } from './scan.mjs';
import { COPY, UI } from './labels.mjs';

const KEY = 'samenwerkingsscan.v1';
let browser;
let server;
useBrowserAndApp((b, s) => {
  browser = b;
  server = s;
});

/** Writes a saved state before the app starts, as if the reader had been here before. */
function storageState(value) {
  return savedState(new URL(server.url).origin, { [KEY]: value });
}

const WOERDEN_STATE = '1|nl|r|2|2232332212341233444433233454|Wijkteam Oost';

/** Placement sentences and the table's first three columns, as the reader sees them. */
async function readResult(page) {
  return {
    now: (await page.locator('.continuum p.placement.now').first().textContent()).trim(),
    desired: (await page.locator('.continuum p.placement.desired').first().textContent()).trim(),
    rows: await page.locator('table.answers tbody tr').evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll('th, td')].slice(0, 3).map((c) => c.textContent.replace(/\u00ad/g, '').trim())),
    ),
    priorities: (await page.locator('ol.priorities h3').allTextContents()).map(plain),
  };
}

/** A fresh context at `viewport` ({ width, height }) with more context options in `extra`. */
const open = (viewport = { width: 360, height: 740 }, extra = {}) =>
  newPage(browser, { viewport }, { dialogs: true, contextOptions: extra });

async function ready(page) {
  await page.waitForSelector('#app[data-ready]', { state: 'attached' });
}

describe('sharing a result', () => {
  test('the link from the share panel opens the same result, read-only, in a fresh browser', async () => {
    const set = golden('woerden');
    const own = await open({ width: 360, height: 740 }, { hasTouch: true, isMobile: true });
    await own.page.goto(server.url);
    await ready(own.page);
    await own.page.getByLabel(UI.TEAM_NAME_LABEL.nl).fill('Wijkteam Oost');
    await own.page.getByRole('button', { name: UI.START.nl }).tap();
    await answerAll(own.page, set, 'nl', { tap: true });
    await own.page.locator('h1', { hasText: UI.RESULTS_TITLE.nl }).waitFor();
    const mine = await readResult(own.page);
    const link = await own.page.locator('#result-link').inputValue();
    assert.match(link, /#v1r[A-Za-z0-9_-]+$/);
    assert.ok(link.startsWith(server.url), link);
    assert.match(await own.page.locator('.share .privacy').textContent(), /antwoorden, je rol en de teamnaam/);
    await screenshot(own.page, 'share-panel-phone-nl');
    await expectNoAxeViolations(own.page);

    const reader = await open({ width: 1280, height: 800 });
    await reader.page.goto(link);
    await ready(reader.page);
    assert.equal((await reader.page.locator('h1').textContent()).trim(), UI.SHARED_TITLE.nl);
    const theirs = await readResult(reader.page);
    assert.deepEqual(theirs, mine);
    assert.ok(theirs.now.endsWith(`${set.nowModel} van 7, ${MODELS.nl[set.nowModel - 1]}`));
    assert.equal((await reader.page.locator('.team-name').textContent()).trim(), 'Wijkteam Oost');
    // Read-only: no answers to change, nothing saved for the reader.
    assert.equal(await reader.page.getByRole('button', { name: UI.EDIT_ANSWERS.nl }).count(), 0);
    assert.equal(await reader.page.evaluate((k) => localStorage.getItem(k), KEY), null);
    await screenshot(reader.page, 'shared-desktop-nl');
    await expectNoAxeViolations(reader.page);

    // In English, on request.
    await reader.page.getByRole('button', { name: UI.OTHER_LANGUAGE.nl, exact: true }).click();
    await waitForHtmlLang(reader.page, 'en');
    assert.equal((await reader.page.locator('h1').textContent()).trim(), UI.SHARED_TITLE.en);
    assert.ok((await readResult(reader.page)).now.endsWith(`${set.nowModel} of 7, ${MODELS.en[set.nowModel - 1]}`));

    // Compare without an own result says so; "do the scan yourself" starts it and clears the link.
    await reader.page.getByRole('button', { name: UI.COMPARE.en }).click();
    await reader.page.locator('.warning', { hasText: 'not answered anything' }).waitFor();
    await reader.page.getByRole('button', { name: UI.DO_SCAN_YOURSELF.en }).click();
    assert.equal((await reader.page.locator('h1').textContent()).trim(), COPY.WELCOME_TITLE.en);
    assert.equal(new URL(reader.page.url()).hash, '');
    assertNoErrors(own.errors);
    assertNoErrors(reader.errors);
    await own.context.close();
    await reader.context.close();
  });

  test('the QR code decodes back to the link', async () => {
    const own = await open({ width: 360, height: 740 }, { storageState: storageState(WOERDEN_STATE) });
    await own.page.goto(server.url);
    await ready(own.page);
    const link = await own.page.locator('#result-link').inputValue();
    const svg = await own.page.locator('svg.qr').evaluate((el) => el.outerHTML);
    const box = await own.page.locator('svg.qr').boundingBox();
    assert.ok(box.width >= 250, `QR code is ${box.width}px wide on a phone`);
    const jsqr = readFileSync(join(REPO_ROOT, 'node_modules', 'jsqr', 'dist', 'jsQR.js'), 'utf8');
    // Decode in a blank page: draw the SVG (with its colours inlined) onto a canvas, read it.
    const blank = await own.context.newPage();
    await blank.addScriptTag({ content: jsqr });
    const decoded = await blank.evaluate(async (markup) => {
      const styled = markup
        .replace('<svg', '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600"')
        .replace('class="qr-light"', 'fill="#fff"')
        .replace('class="qr-dark"', 'fill="#000"');
      const img = new Image();
      img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(styled)}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = 600;
      canvas.height = 600;
      const ctx = canvas.getContext('2d');
      ctx.drawImage(img, 0, 0, 600, 600);
      const data = ctx.getImageData(0, 0, 600, 600);
      return window.jsQR(data.data, 600, 600)?.data ?? null;
    }, svg);
    assert.equal(decoded, link);
    assertNoErrors(own.errors);
    await own.context.close();
  });

  test('copy puts the link on the clipboard and says so', async () => {
    const own = await open(
      { width: 1280, height: 800 },
      { storageState: storageState(WOERDEN_STATE), permissions: ['clipboard-read', 'clipboard-write'] },
    );
    await own.page.goto(server.url);
    await ready(own.page);
    const link = await own.page.locator('#result-link').inputValue();
    await own.page.getByRole('button', { name: UI.COPY.nl }).click();
    await own.page.locator('.copy-feedback', { hasText: UI.COPIED.nl }).waitFor();
    assert.equal(await own.page.evaluate(() => navigator.clipboard.readText()), link);
    assertNoErrors(own.errors);
    await own.context.close();
  });

  test('committed golden links open with their expected placements', async () => {
    const lines = readFileSync(join(REPO_ROOT, 'tests', 'golden', 'results_links_v1.txt'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('#'));
    const reader = await open();
    for (const line of lines) {
      const [setName, , link] = line.split('\t');
      const set = golden(setName);
      await reader.page.goto(`${server.url}#${link}`);
      await ready(reader.page);
      const result = await readResult(reader.page);
      for (const [text, model] of [[result.now, set.nowModel], [result.desired, set.desiredModel]]) {
        if (model === null) assert.match(text, /te weinig ingevuld/, setName);
        else assert.ok(text.endsWith(`${model} van 7, ${MODELS.nl[model - 1]}`), `${setName}: ${text}`);
      }
      assert.deepEqual(result.priorities, set.priorities.map((p) => DIMENSIONS.nl[p.id - 1]), setName);
      await reader.page.goto('about:blank');
    }
    assertNoErrors(reader.errors);
    await reader.context.close();
  });
});

describe('comparing', () => {
  test('a shared result beside one\'s own, side by side', async () => {
    const lessLink = 'v1rAAKZybuURiWb__86Wam';
    const { context, page, errors } = await open({ width: 360, height: 740 }, { storageState: storageState(WOERDEN_STATE) });
    await page.goto(`${server.url}#${lessLink}`);
    await ready(page);
    await page.getByRole('button', { name: UI.COMPARE.nl }).click();
    await page.locator('h1', { hasText: UI.COMPARE_TITLE.nl }).waitFor();
    const placements = await page.locator('.compare-sides p.placement').allTextContents();
    assert.deepEqual(placements, [
      'Nu: model 7 van 7, Integratief',
      'Gewenst: model 7 van 7, Integratief',
      'Nu: model 3 van 7, Collaboratief',
      'Gewenst: model 5 van 7, Multidisciplinair',
    ]);
    const first = await page.locator('table.compare-table tbody tr').first().locator('td').allTextContents();
    assert.deepEqual(first, ['5', '3', '2', '3']);
    await expectNoAxeViolations(page);
    await screenshot(page, 'compare-phone-nl');
    await page.getByRole('button', { name: UI.TO_OWN_RESULT.nl }).click();
    assert.equal((await page.locator('h1').textContent()).trim(), UI.RESULTS_TITLE.nl);
    // The same draft, written back in the current storage format (2 adds the workshop field).
    assert.equal(
      await page.evaluate((k) => localStorage.getItem(k), KEY),
      WOERDEN_STATE.replace(/^1\|/, '2|').replace('|Wijkteam Oost', '|-|Wijkteam Oost'),
    );
    assertNoErrors(errors);
    await context.close();
  });
});

describe('bad links', () => {
  const good = 'v1rAAKZybuURiWb__86Wam';
  const changed = `${good.slice(0, 10)}${good[10] === 'A' ? 'B' : 'A'}${good.slice(11)}`;
  const CASES = [
    ['truncated', good.slice(0, -3), 'niet compleet', 'incomplete'],
    ['one character changed', changed, 'beschadigd', 'damaged'],
    ['characters outside the alphabet', `${good.slice(0, 8)}+/=${good.slice(11)}`, 'geen link van de Samenwerkingsscan', 'not a Collaboration scan link'],
    // A newer version's link has a matching checksum; `v2r${good.slice(3)}` is damaged (issue 21).
    ['a newer version', 'v2rAAAAAAAAALf3Bw1YsO2', 'nieuwere versie', 'newer version'],
    ['a version changed by one character', `v2r${good.slice(3)}`, 'beschadigd', 'damaged'],
    ['random garbage', 'hallo%20wereld!!', 'geen link van de Samenwerkingsscan', 'not a Collaboration scan link'],
    ['100 KB of data', 'v1r' + 'A'.repeat(100_000), 'veel te lang', 'far too long'],
  ];
  const DRAFT = '1|nl|3|1|2221..........33.3..........|Team';

  for (const [what, fragment, nl, en] of CASES) {
    test(`${what}: a clear message, no page error, the draft intact`, async () => {
      const { context, page, errors } = await open({ width: 360, height: 740 }, { storageState: storageState(DRAFT) });
      await page.goto(`${server.url}#${fragment}`);
      await ready(page);
      assert.equal((await page.locator('h1').textContent()).trim(), UI.BROKEN_TITLE.nl);
      assert.match(await page.locator('[role=alert]').textContent(), new RegExp(nl));
      await page.getByRole('button', { name: UI.OTHER_LANGUAGE.nl, exact: true }).click();
      assert.match(await page.locator('[role=alert]').textContent(), new RegExp(en));
      await expectNoAxeViolations(page);
      if (what === 'truncated') await screenshot(page, 'broken-link-phone-en');
      // The reader's own draft is untouched, and the way back leads to it.
      const saved = await page.evaluate((k) => localStorage.getItem(k), KEY);
      assert.equal(saved.split('|').slice(2).join('|'), DRAFT.split('|').slice(2).join('|'));
      await page.getByRole('button', { name: UI.TO_OWN_RESULT.en }).click();
      assert.equal(new URL(page.url()).hash, '');
      assertNoErrors(errors);
      await context.close();
    });
  }

  test('a link pasted into the address bar of an open app opens too', async () => {
    const { page, errors, close } = await openApp(browser, server, 'desktop');
    await page.evaluate(() => { location.hash = 'v9rAAAA'; });
    await page.locator('h1', { hasText: UI.BROKEN_TITLE.nl }).waitFor();
    await page.evaluate((l) => { location.hash = l; }, good);
    await page.locator('h1', { hasText: UI.SHARED_TITLE.nl }).waitFor();
    assertNoErrors(errors);
    await close();
  });
});

describe('hostile team names', () => {
  test('markup, right-to-left text and emoji are shown as typed and nothing runs', async () => {
    const name = '<img src=x onerror=alert(1)> שלום 👩‍⚕️';
    const { page, errors, context, close } = await openApp(browser, server, 'phone', { dialogs: true });
    await page.getByLabel(UI.TEAM_NAME_LABEL.nl).fill(name);
    await page.getByRole('button', { name: UI.START.nl }).click();
    await page.locator('details.jump summary').click();
    await page.getByRole('button', { name: /^14\./ }).click();
    await page.getByRole('button', { name: UI.TO_RESULTS.nl }).click();
    assert.equal((await page.locator('.team-name').textContent()).trim(), name);
    assert.equal(await page.locator('.team-name img').count(), 0);
    const link = await page.locator('#result-link').inputValue();
    const { context: reader, page: rp, errors: readerErrors } = await newPage(context.browser(), {}, { dialogs: true });
    await rp.goto(link);
    await ready(rp);
    assert.equal((await rp.locator('.team-name').textContent()).trim(), name);
    assert.equal(await rp.locator('img').count(), 0);
    assertNoErrors(readerErrors);
    assertNoErrors(errors);
    await reader.close();
    await close();
  });
});
