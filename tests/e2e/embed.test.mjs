// Embedding in a partner's page (embed/embed.js, embed/demo.html): the script stays small and
// passes only allow-listed options; the iframe follows its content through the screens with no
// inner scrollbar at phone and desktop width; events reach the host only when it asked for
// them; and messages from anywhere but the widget itself change nothing. The app runs on one
// origin and the host pages on another (a third serves a foreign frame), so origin checks are
// real; the demo page is also checked as `make serve` shows it, on the app's own origin.

import assert from 'node:assert/strict';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { DIST, REPO_ROOT, assertNoErrors, newPage, screenshot, useBrowserAndApp } from './helpers.mjs';
import { startServer } from './server.mjs';
import { golden } from './golden.mjs';
import { answerAll } from './scan.mjs';
import {
  expectFits,
  frameHeight,
  makeHostDir,
  recordViolationsAndEvents,
  scanEvents,
  widget,
} from './embedding.mjs';
import { UI } from './labels.mjs';

const EMBED_BUDGET_GZIP = 3 * 1024;
const SOURCE = 'samenwerkingsscan';

let browser;
let app; // the app's origin (dist/)
let host; // a partner's origin (host pages from makeHostDir)
let foreign; // a third origin
let hostDir;

useBrowserAndApp(async (b, s) => {
  browser = b;
  app = s;
  hostDir = await makeHostDir(app.url, {
    'plain.html': { attrs: '' },
    'options.html': {
      attrs: 'data-lang="en" data-accent="#C0392B" data-start data-team="  Wijkteam Oost  " data-events="1"',
    },
    'hostile.html': {
      attrs:
        'data-lang="de" data-accent="red;background:url(x)" data-team="&lt;img src=x onerror=alert(1)&gt;" ' +
        'data-start="nee" data-events="0" data-host="https://evil.example" data-foo="bar"',
    },
  });
  host = await startServer({ root: hostDir });
  foreign = await startServer({ root: hostDir });
});

after(async () => {
  await host?.close();
  await foreign?.close();
  if (hostDir) await rm(hostDir, { recursive: true, force: true });
});

/** A fresh context at a named viewport, recording violations, events and host messages. */
async function open(url, viewport = 'desktop') {
  const { context, page, errors } = await newPage(browser, viewport, { dialogs: true });
  await recordViolationsAndEvents(page);
  await page.addInitScript(() => {
    if (window.top !== window) return;
    window.__messages = [];
    addEventListener('message', (e) => window.__messages.push({ origin: e.origin, data: e.data }));
  });
  await page.goto(url, { waitUntil: 'load' });
  return { context, page, errors, close: () => context.close() };
}

const messages = (page) => page.evaluate(() => window.__messages);

async function waitForEvents(page, count, timeout = 10_000) {
  await page.waitForFunction((n) => window.__scanEvents.length >= n, count, { timeout }).catch(() => {});
  return scanEvents(page);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

describe('embed.js', () => {
  test(`is at most ${EMBED_BUDGET_GZIP} bytes gzip, as built and as written`, async () => {
    for (const file of [join(DIST, 'embed', 'embed.js'), join(REPO_ROOT, 'embed', 'embed.js')]) {
      const bytes = await readFile(file);
      const gz = gzipSync(bytes, { level: 9 }).length;
      console.log(`# ${file}: ${bytes.length} bytes, ${gz} bytes gzip -9`);
      assert.ok(gz <= EMBED_BUDGET_GZIP, `${file}: ${gz} bytes gzip > ${EMBED_BUDGET_GZIP}`);
    }
    const source = await readFile(join(REPO_ROOT, 'embed', 'embed.js'), 'utf8');
    // No markup from strings and no style attributes (a host's strict CSP would block them).
    assert.doesNotMatch(source, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|setAttribute\(\s*['"]style/);
    assert.doesNotMatch(source, /postMessage/, 'the host side never posts to the widget');
  });

  test('passes only allow-listed options to the app, with the host origin', async () => {
    const { page, errors, close } = await open(`${host.url}options.html`);
    try {
      const iframe = page.locator('#widget iframe');
      const src = new URL(await iframe.getAttribute('src'));
      assert.equal(src.origin + src.pathname, app.url);
      assert.deepEqual([...src.searchParams], [
        ['lang', 'en'],
        ['accent', '#c0392b'],
        ['start', '1'],
        ['team', 'Wijkteam Oost'],
        ['events', '1'],
        ['host', host.origin],
      ]);
      assert.equal(await iframe.getAttribute('title'), 'Samenwerkingsscan');
      // camera: the facilitator's camera panel (issue 23) may be used in the widget.
      assert.equal(await iframe.getAttribute('allow'), 'clipboard-write; web-share; camera');
      const sandbox = (await iframe.getAttribute('sandbox')).split(' ').sort();
      assert.deepEqual(sandbox, [
        'allow-forms',
        'allow-modals',
        'allow-popups',
        'allow-popups-to-escape-sandbox',
        'allow-same-origin',
        'allow-scripts',
      ]);
      assertNoErrors(errors);
    } finally {
      await close();
    }

    const hostile = await open(`${host.url}hostile.html`);
    try {
      const src = new URL(await hostile.page.locator('#widget iframe').getAttribute('src'));
      // Language, accent, start and events are not valid and left out; the team name is text.
      assert.deepEqual([...src.searchParams], [
        ['team', '<img src=x onerror=alert(1)>'],
        ['host', host.origin],
      ]);
      assertNoErrors(hostile.errors);
    } finally {
      await hostile.close();
    }
  });

  test('ignores an element without a usable data-src and replaces the fallback content', async () => {
    const { page, errors, close } = await open(`${host.url}blank.html`);
    try {
      await page.evaluate(async ({ script, appUrl }) => {
        for (const src of ['', 'javascript:alert(1)', 'data:text/html,x', 'http://[bad']) {
          const el = document.createElement('div');
          el.setAttribute('data-samenwerkingsscan', '');
          el.setAttribute('data-src', src);
          el.textContent = 'fallback';
          document.body.append(el);
        }
        const ok = document.createElement('div');
        ok.id = 'ok';
        ok.setAttribute('data-samenwerkingsscan', '');
        ok.setAttribute('data-src', appUrl);
        ok.innerHTML = '<p><a href="#">Open de Samenwerkingsscan</a></p>';
        document.body.append(ok);
        const s = document.createElement('script');
        s.src = script;
        document.head.append(s);
        await new Promise((r) => s.addEventListener('load', r));
      }, { script: `${app.url}embed/embed.js`, appUrl: app.url });
      assert.equal(await page.locator('iframe').count(), 1);
      assert.equal(await page.locator('#ok > *').count(), 1, 'only the iframe is left in the element');
      assert.equal(await page.locator('#ok > iframe').count(), 1);
      assert.equal(await page.getByText('fallback').count(), 4);
      assertNoErrors(errors);
    } finally {
      await close();
    }
  });
});

/**
 * Goes through the screens in the widget and checks at each that the iframe fits its content:
 * welcome, the first question, the results, back to a question ("change answers", shorter
 * than the results: the iframe must shrink too). Returns the sizes and the results link.
 */
async function throughTheScreens(page, element, frame, label) {
  const sizes = {};
  sizes.welcome = await expectFits(element, frame, `${label}, welcome`);
  await frame.getByRole('button', { name: UI.START.nl }).click();
  await frame.locator('h1', { hasText: 'Systemen' }).waitFor();
  sizes.question = await expectFits(element, frame, `${label}, question 1`);
  await answerAll(frame, golden('woerden'), 'nl');
  await frame.locator('h1', { hasText: UI.RESULTS_TITLE.nl }).waitFor();
  sizes.results = await expectFits(element, frame, `${label}, results`);
  sizes.link = await frame.locator('#result-link').inputValue();
  await screenshot(page, `embed-${label}-results`);
  await frame.getByRole('button', { name: UI.EDIT_ANSWERS.nl }).click();
  await frame.locator('h1', { hasText: 'Systemen' }).waitFor();
  sizes.back = await expectFits(element, frame, `${label}, back to a question`);
  assert.ok(sizes.results.height > sizes.question.height, `${label}: the results are taller than a question`);
  assert.ok(sizes.back.height < sizes.results.height, `${label}: the iframe shrinks again`);
  return sizes;
}

describe('the demo page on the app origin (as `make serve` shows it)', () => {
  for (const viewport of ['phone', 'desktop']) {
    test(`the iframe follows the content through the screens at ${viewport} width`, async () => {
      const { page, errors, close } = await open(`${app.url}embed/demo.html`, viewport);
      try {
        assert.equal(await page.locator('h1').first().textContent(), 'Hoe werken jullie samen? Doe de Samenwerkingsscan');
        const { element, frame } = await widget(page);
        await screenshot(page, `embed-demo-${viewport}-welcome`);
        const width = await element.evaluate((el) => el.getBoundingClientRect().width);
        if (viewport === 'phone') assert.equal(Math.round(width), 360, 'full width on a phone');
        await throughTheScreens(page, element, frame, `demo-${viewport}`);
        const hostScroll = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
        assert.ok(hostScroll <= 0, `the demo page scrolls sideways by ${hostScroll}px`);
        assertNoErrors(errors);
      } finally {
        await close();
      }
    });
  }
});

describe('embedded from another origin', () => {
  test('with data-events: "ready" once loaded, "finished" with the results link', async () => {
    const { page, errors, close } = await open(`${host.url}demo.html`, 'desktop');
    try {
      const { element, frame } = await widget(page);
      const [ready] = await waitForEvents(page, 1);
      assert.equal(ready?.type, 'ready', 'a "ready" event');
      const { link: shown } = await throughTheScreens(page, element, frame, 'cross-origin-desktop');
      const events = await waitForEvents(page, 2);
      assert.deepEqual(events.map((e) => e.type), ['ready', 'finished']);
      const { link } = events[1].detail;
      assert.ok(link.startsWith(app.url), link);
      assert.match(link, /#v1r[A-Za-z0-9_-]{19,}$/);
      assert.equal(link, shown, 'the link the share panel shows');
      // The demo page shows the link (its own script, demo.js).
      assert.equal(await page.locator('#scan-status a').getAttribute('href'), link);
      // Only the widget's messages, from the app's origin; events to this origin only.
      for (const m of await messages(page)) {
        assert.equal(m.origin, app.origin);
        assert.equal(m.data.source, SOURCE);
        assert.equal(m.data.version, 1);
      }
      assertNoErrors(errors);
    } finally {
      await close();
    }
  });

  test('without data-events the host page learns nothing but the height', async () => {
    const { page, errors, close } = await open(`${host.url}plain.html`, 'phone');
    try {
      const { element, frame } = await widget(page);
      await throughTheScreens(page, element, frame, 'cross-origin-phone');
      await sleep(500);
      assert.deepEqual(await scanEvents(page), []);
      const received = await messages(page);
      assert.ok(received.length > 0, 'resize messages arrive');
      const kinds = [...new Set(received.map((m) => m.data?.type))];
      assert.deepEqual(kinds, ['resize'], `the widget posted ${JSON.stringify(kinds)}`);
      for (const m of received) {
        assert.deepEqual(Object.keys(m.data).sort(), ['height', 'source', 'type', 'version']);
        assert.ok(Number.isInteger(m.data.height), `height ${m.data.height}`);
      }
      assertNoErrors(errors);
    } finally {
      await close();
    }
  });

  test('with storage blocked in the iframe the widget still works and offers the link', async () => {
    const { context, page, errors, close } = await open(`${host.url}plain.html`, 'phone');
    try {
      // As some browsers do for third-party frames: every use of localStorage throws.
      await context.addInitScript(() => {
        if (window.top === window) return;
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
      });
      // Reload only once the first load's app is ready: reloading while its wasm is still in
      // flight aborts that request (net::ERR_ABORTED), which would count as a page error.
      await widget(page);
      await page.reload();
      const { element, frame } = await widget(page);
      assert.equal(await frame.evaluate(() => { try { return typeof localStorage; } catch { return 'blocked'; } }), 'blocked');
      const { link } = await throughTheScreens(page, element, frame, 'storage-blocked');
      // The notice that answers cannot be kept shows at most once.
      assert.ok(await frame.getByText('kunnen op dit apparaat niet worden bewaard').count() <= 1);
      assert.match(link, /#v1r[A-Za-z0-9_-]+$/);
      assertNoErrors(errors);
    } finally {
      await close();
    }
  });

  test('messages from anywhere but the widget itself change nothing', async () => {
    const { page, errors, close } = await open(`${host.url}demo.html`, 'desktop');
    try {
      const { element, frame } = await widget(page);
      await waitForEvents(page, 1);
      await expectFits(element, frame, 'before');
      const before = await frameHeight(element);

      // Frames on a foreign origin and on the app's origin (but not the widget), and the host
      // page itself, post every kind of message with the right envelope.
      await page.evaluate(
        ({ foreignUrl, appUrl }) => {
          for (const [id, src] of [['foreign', foreignUrl], ['impostor', appUrl]]) {
            const f = document.createElement('iframe');
            f.id = id;
            f.title = id;
            f.src = src;
            document.body.append(f);
          }
        },
        { foreignUrl: `${foreign.url}blank.html`, appUrl: `${app.url}csp.txt` },
      );
      const forged = (height, link) => [
        { source: SOURCE, version: 1, type: 'resize', height },
        { source: SOURCE, version: 1, type: 'ready' },
        { source: SOURCE, version: 1, type: 'finished', link },
      ];
      const fakeLink = `${app.url}#v1rAAKZybuURiWb__86Wam`;
      for (const id of ['foreign', 'impostor']) {
        const f = await (await page.waitForSelector(`#${id}`)).contentFrame();
        await f.waitForLoadState('load');
        await f.evaluate((list) => list.forEach((m) => parent.postMessage(m, '*')), forged(5, fakeLink));
        await f.evaluate((list) => list.forEach((m) => parent.postMessage(m, '*')), forged(5000, fakeLink));
      }
      await page.evaluate((list) => list.forEach((m) => postMessage(m, '*')), forged(5, fakeLink));
      // From the widget's own window, but not in the message format, or another version.
      await frame.evaluate(
        ({ source, fakeLink }) => {
          for (const m of [
            { source: 'other', version: 1, type: 'resize', height: 5 },
            { source, version: 2, type: 'resize', height: 5 },
            { source, version: '1', type: 'resize', height: 5 },
            { source, type: 'resize', height: 5 },
            { source, version: 1, type: 'resize', height: '5' },
            { source, version: 1, type: 'resize', height: Infinity },
            { source, version: 1, type: 'resize', height: NaN },
            { source, version: 1, type: 'resize' },
            { source, version: 1, type: 'finished', link: 'https://evil.example/#v1r' },
            { source, version: 1, type: 'finished', link: 'javascript:alert(1)' },
            { source, version: 1, type: 'finished', link: 42 },
            { source, version: 2, type: 'finished', link: fakeLink },
            `{"source":"${source}","version":1,"type":"resize","height":5}`,
            null,
          ]) {
            parent.postMessage(m, '*');
          }
        },
        { source: SOURCE, fakeLink },
      );
      await sleep(700);
      assert.equal(await frameHeight(element), before, 'the height is unchanged');
      assert.deepEqual((await scanEvents(page)).map((e) => e.type), ['ready'], 'no event but the real "ready"');
      assert.equal(await page.locator('#scan-status').textContent(), '');

      // The same message from the widget itself does count (so the above failed for the
      // right reason), clamped to the embed script's limits. (Every height the iframe gets is
      // recorded: the app may post its own height again right after.)
      await element.evaluate((el) => {
        window.__heights = [];
        new MutationObserver(() => window.__heights.push(el.style.height)).observe(el, { attributeFilter: ['style'] });
      });
      await frame.evaluate((m) => parent.postMessage(m, '*'), { source: SOURCE, version: 1, type: 'resize', height: 5 });
      await page.waitForFunction(() => window.__heights.includes('200px'));
      await frame.evaluate((m) => parent.postMessage(m, '*'), { source: SOURCE, version: 1, type: 'resize', height: 1e9 });
      await page.waitForFunction(() => window.__heights.includes('20000px'));
      await frame.evaluate((m) => parent.postMessage(m, '*'), { source: SOURCE, version: 1, type: 'finished', link: fakeLink });
      const events = await waitForEvents(page, 2);
      assert.deepEqual(events[1], { type: 'finished', detail: { link: fakeLink }, target: null });
      assertNoErrors(errors);
    } finally {
      await close();
    }
  });

  test('the options reach the app: language, accent colour, no welcome screen, team name', async () => {
    const { page, errors, close } = await open(`${host.url}options.html`, 'desktop');
    try {
      const { element, frame } = await widget(page);
      await frame.locator('h1', { hasText: 'Systems' }).waitFor();
      assert.equal(await frame.evaluate(() => document.documentElement.lang), 'en');
      const tokens = await frame.evaluate(() => {
        const s = getComputedStyle(document.documentElement);
        return [s.getPropertyValue('--scan-accent').trim(), s.getPropertyValue('--scan-accent-contrast').trim()];
      });
      assert.deepEqual(tokens, ['#c0392b', '#ffffff']);
      await expectFits(element, frame, 'options, question 1');
      await answerAll(frame, golden('woerden'), 'en');
      await frame.locator('.team-name', { hasText: 'Wijkteam Oost' }).waitFor();
      const events = await waitForEvents(page, 2);
      assert.deepEqual(events.map((e) => [e.type, e.target]), [['ready', 'widget'], ['finished', 'widget']]);
      assertNoErrors(errors);
    } finally {
      await close();
    }

    const hostile = await open(`${host.url}hostile.html`, 'desktop');
    try {
      const { frame } = await widget(hostile.page);
      // Dutch, the welcome screen, the app's own colour; the team name as text, not markup.
      assert.equal(await frame.evaluate(() => document.documentElement.lang), 'nl');
      await frame.getByRole('button', { name: UI.START.nl }).waitFor();
      const accent = await frame.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--scan-accent').trim());
      assert.equal(accent, '#0a5c8c');
      assert.equal(await frame.locator('#team-name').inputValue(), '<img src=x onerror=alert(1)>');
      assert.equal(await frame.locator('img').count(), 0);
      await sleep(300);
      assert.deepEqual(await scanEvents(hostile.page), []);
      assertNoErrors(hostile.errors);
    } finally {
      await hostile.close();
    }
  });
});
