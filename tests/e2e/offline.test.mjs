// Offline after the first visit (the service worker dist/sw.js, generated at build time by
// scripts/finish-dist.mjs): load once, go offline, reload, complete a scan; open a link and
// the page with options offline; a new build replaces the cache (and index.html comes from
// the network first); on a network that hangs, the cached page shows after 4 seconds.

import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { finishDist } from '../../scripts/finish-dist.mjs';
import { DIST, assertNoErrors, newPage, startApp, useBrowser, waitForApp } from './helpers.mjs';
import { MODELS, golden } from './golden.mjs';
import { answerAll } from './scan.mjs';
import { UI } from './labels.mjs';

// The app registers ./sw.js itself (src/platform.rs, when not in an iframe). While that is
// not so, the test registers it, so the worker is tested either way; set this to true to
// require the app's own registration.
const REQUIRE_APP_REGISTRATION = true;

const SHARED = 'v1rANV2lqa3RlYW0gT29zdAImgXM4vm3j2fS16dl';

// Each test serves its own copy or folder of the build, so only the browser is shared.
let browser;
useBrowser((b) => {
  browser = b;
});

async function open(viewport = 'phone') {
  const { context, page, errors } = await newPage(browser, viewport);
  return { context, page, errors };
}

/** The precache list of the built worker (its FILES array). */
async function precacheList(dir) {
  const sw = await readFile(join(dir, 'sw.js'), 'utf8');
  const m = /\[("\.\/"(?:,"[^"]+")*)\]/.exec(sw);
  assert.ok(m, 'the file list in sw.js');
  return JSON.parse(`[${m[1]}]`);
}

/**
 * Waits until a service worker controls the page: the app's own registration, or (while the
 * app does not register one, see REQUIRE_APP_REGISTRATION) the test's. Returns who registered.
 */
async function controlled(page) {
  let byApp = false;
  for (let i = 0; i < 50 && !byApp; i++) {
    byApp = await page.evaluate(async () => Boolean(await navigator.serviceWorker.getRegistration()));
    if (!byApp) await page.waitForTimeout(100);
  }
  if (!byApp) {
    assert.ok(!REQUIRE_APP_REGISTRATION, 'the app registers ./sw.js');
    await page.evaluate(() => navigator.serviceWorker.register('./sw.js', { scope: './' }));
  }
  await page.evaluate(() => navigator.serviceWorker.ready);
  // The worker claims the open page when it activates (clients.claim()).
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).scope);
  assert.equal(scope, new URL('./', page.url()).href);
  console.log(`# service worker registered by ${byApp ? 'the app' : 'the test (the app does not yet)'}`);
  return byApp ? 'app' : 'test';
}

function cacheState(page) {
  return page.evaluate(async () => {
    const keys = await caches.keys();
    const urls = keys.length ? (await (await caches.open(keys[0])).keys()).map((r) => r.url) : [];
    return { keys, urls };
  });
}

describe('offline', () => {
  test('load once, go offline, reload, complete a scan', async () => {
    const server = await startApp({ basePath: '/gemeente/scan/' });
    const { context, page, errors } = await open('phone');
    try {
      await page.goto(server.url);
      await waitForApp(page);
      await controlled(page);
      const files = await precacheList(DIST);
      const { keys, urls } = await cacheState(page);
      assert.equal(keys.length, 1, `one cache: ${keys}`);
      assert.deepEqual(urls.sort(), files.map((f) => new URL(f, server.url).href).sort());

      await context.setOffline(true);
      await page.reload();
      await waitForApp(page);
      await page.getByRole('button', { name: UI.START.nl }).click();
      const set = golden('woerden');
      await answerAll(page, set, 'nl');
      await page.locator('h1', { hasText: UI.RESULTS_TITLE.nl }).waitFor();
      const placement = await page.locator('main').textContent();
      assert.ok(placement.includes(MODELS.nl[set.nowModel - 1]), 'the result shows the model');
      assert.match(await page.locator('#result-link').inputValue(), /#v1r[A-Za-z0-9_-]+$/);

      // A shared link and the page with options open offline too (network first, then cache).
      await page.goto('about:blank');
      await page.goto(`${server.url}#${SHARED}`);
      await waitForApp(page);
      await page.locator('h1', { hasText: UI.SHARED_TITLE.nl }).waitFor();
      await page.goto('about:blank');
      await page.goto(`${server.url}?lang=en&start=1`);
      await waitForApp(page);
      // Other pages in the scope are not the app: no fallback to index.html for them.
      const demo = await page.goto(`${server.url}embed/demo.html`).catch((e) => e);
      assert.ok(demo instanceof Error, 'embed/demo.html is not served from the cache');

      await context.setOffline(false);
      // Offline requests that the worker does not answer (the worker's own update check, the
      // demo page above) are expected failures; everything else must have succeeded.
      const unexpected = errors.filter((e) => !/sw\.js|embed\/demo\.html|ERR_INTERNET_DISCONNECTED/.test(e));
      assertNoErrors(unexpected);
    } finally {
      await context.close();
      await server.close();
    }
  });

  test("the facilitator's build: not precached, cached when first loaded, then offline too", async () => {
    const server = await startApp();
    const { context, page, errors } = await open('desktop');
    try {
      await page.goto(server.url);
      await waitForApp(page);
      await controlled(page);
      const facilitatorFiles = (urls) => urls.filter((u) => /\/facilitator-[0-9a-f]+\.(js|wasm)$/.test(u));
      assert.deepEqual(facilitatorFiles((await cacheState(page)).urls), [], 'a participant never downloads them');
      await page.getByRole('button', { name: UI.FACILITATE.nl }).click();
      await page.getByLabel(UI.WORKSHOP_TEAM_LABEL.nl).waitFor();
      let cached = [];
      for (let i = 0; i < 50 && cached.length < 2; i++) {
        cached = facilitatorFiles((await cacheState(page)).urls);
        if (cached.length < 2) await page.waitForTimeout(100);
      }
      assert.equal(cached.length, 2, `the wasm and the glue are cached once loaded: ${cached}`);
      // With them the camera (its module, its worker and the worker's QR decoder, wasm and glue;
      // loaded by no page at start), so a facilitator can scan offline (issue 23).
      const cameraFiles = (urls) => urls.filter((u) => /\/(camera-[0-9a-f]+\.js|scan-worker-[0-9a-f]+\.js|qr_decoder-[0-9a-f]+\.(js|wasm))$/.test(u));
      let camera = [];
      for (let i = 0; i < 50 && camera.length < 4; i++) {
        camera = cameraFiles((await cacheState(page)).urls);
        if (camera.length < 4) await page.waitForTimeout(100);
      }
      assert.deepEqual(
        camera.map((u) => u.split('/').pop().replace(/-[0-9a-f]+\./, '-*.')).sort(),
        ['camera-*.js', 'qr_decoder-*.js', 'qr_decoder-*.wasm', 'scan-worker-*.js'],
        "the camera's files are cached with the facilitator's build",
      );

      await context.setOffline(true);
      await page.reload();
      await waitForApp(page);
      await page.getByLabel(UI.WORKSHOP_TEAM_LABEL.nl).waitFor();
      await page.fill('#workshop-team', 'Team offline');
      await page.getByRole('button', { name: UI.MAKE_INVITATION.nl }).click();
      await page.locator('#join-link').waitFor();
      const offline = await page.evaluate(async (urls) => Promise.all(urls.map(async (u) => (await fetch(u)).ok)), camera);
      assert.deepEqual(offline, [true, true, true, true], 'the camera is there offline');
      // And the loader's way in: the module imports offline, with its integrity.
      assert.deepEqual(await page.evaluate(async () => Object.keys(await window.samenwerkingsscanCamera()).sort()), ['beep', 'problem', 'start', 'stop']);
      await context.setOffline(false);
      assertNoErrors(errors.filter((e) => !/sw\.js|ERR_INTERNET_DISCONNECTED/.test(e)));
    } finally {
      await context.close();
      await server.close();
    }
  });

  test('installable: the manifest parses, Chromium finds no installability errors', async () => {
    const html = await readFile(join(DIST, 'index.html'), 'utf8');
    assert.match(html, /<meta name="theme-color" content="#0a5c8c">/);
    const server = await startApp();
    const { context, page, errors } = await open('phone');
    try {
      await page.goto(server.url);
      await waitForApp(page);
      await controlled(page);
      // The loader adds the manifest and icon links after the first paint (scripts/finish-dist.mjs).
      assert.equal(await page.locator('head link[rel="manifest"][href="manifest.webmanifest"]').count(), 1);
      assert.equal(await page.locator('head link[rel="icon"][href="icon-192.png"]').count(), 1);
      const cdp = await context.newCDPSession(page);
      const manifest = await cdp.send('Page.getAppManifest');
      assert.deepEqual(manifest.errors, []);
      const parsed = JSON.parse(manifest.data);
      assert.equal(parsed.name, 'Samenwerkingsscan');
      assert.equal(parsed.start_url, './');
      assert.equal(parsed.display, 'standalone');
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      // A test browser context is incognito, where nothing installs; nothing else may be wrong
      // (manifest fields, icons fetched and decoded, a service worker controlling the page).
      const ids = installabilityErrors.map((e) => e.errorId);
      assert.deepEqual(ids.filter((id) => id !== 'in-incognito'), [], JSON.stringify(installabilityErrors));
      assertNoErrors(errors);
    } finally {
      await context.close();
      await server.close();
    }
  });

  test('a new build replaces the cache; index.html comes from the network first', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'scan-dist-'));
    await cp(DIST, dir, { recursive: true });
    const server = await startApp({ root: dir });
    const { context, page, errors } = await open('desktop');
    try {
      await page.goto(server.url);
      await waitForApp(page);
      await controlled(page);
      const [oldCache] = (await cacheState(page)).keys;

      // A new release: another index.html, so another worker (its version hashes the files).
      const index = join(dir, 'index.html');
      await writeFile(index, (await readFile(index, 'utf8')).replace('<title>Samenwerkingsscan</title>', '<title>Samenwerkingsscan 2</title>'));
      await finishDist(dir);
      await page.reload();
      await waitForApp(page);
      assert.equal(await page.title(), 'Samenwerkingsscan 2', 'online, index.html comes from the network');
      // The browser finds the new worker on that navigation; it takes over and clears the old
      // cache. (In about one run in seven Chromium lists the deleted cache again, empty, under
      // its old name: an old worker still answering the page at that moment. What matters is
      // that no old file is kept: only the new cache holds anything.)
      const filled = (page) =>
        page.evaluate(async () => {
          const names = [];
          for (const name of await caches.keys()) {
            if ((await (await caches.open(name)).keys()).length > 0) names.push(name);
          }
          return names;
        });
      let keys;
      for (let i = 0; i < 75; i++) {
        keys = await filled(page);
        if (keys.length === 1 && keys[0] !== oldCache) break;
        await page.waitForTimeout(200);
      }
      assert.equal(keys.length, 1, `only the new cache holds files: ${keys}`);
      assert.notEqual(keys[0], oldCache);
      await context.setOffline(true);
      await page.reload();
      await waitForApp(page);
      assert.equal(await page.title(), 'Samenwerkingsscan 2', 'offline, the new release from the new cache');
      await context.setOffline(false);
      assertNoErrors(errors.filter((e) => !/sw\.js|ERR_INTERNET_DISCONNECTED/.test(e)));
    } finally {
      await context.close();
      await server.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('on a network that hangs, the cached page shows after about 4 seconds', async () => {
    const server = await startApp();
    const proxy = await startSlowProxy(server.origin);
    const { context, page, errors } = await open('phone');
    try {
      await page.goto(proxy.url);
      await waitForApp(page);
      await controlled(page);
      proxy.hang = true; // index.html now never arrives
      const start = Date.now();
      await page.reload({ timeout: 20_000 });
      await waitForApp(page);
      // It waited for the network first (a timer never fires early); no upper bound beyond the
      // reload's own timeout, since a busy machine may take longer to show the cached page.
      const seconds = (Date.now() - start) / 1000;
      assert.ok(seconds >= 3.5, `the cached page after ${seconds} s, before the network's 4 s were up`);
      assertNoErrors(errors);
    } finally {
      await context.close();
      await proxy.close();
      await server.close();
    }
  });
});

/** A proxy to `target` that, once `hang` is set, never answers requests for the page itself. */
async function startSlowProxy(target) {
  const sockets = new Set();
  const proxy = { hang: false };
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (proxy.hang && (path === '/' || path === '/index.html')) return; // hangs until closed
    const upstream = httpRequest(new URL(req.url, target), { method: req.method, headers: req.headers }, (r) => {
      res.writeHead(r.statusCode, r.headers);
      r.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    upstream.end();
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  proxy.url = `http://127.0.0.1:${server.address().port}/`;
  proxy.close = () =>
    new Promise((ok) => {
      for (const s of sockets) s.destroy();
      server.close(() => ok());
    });
  return proxy;
}
