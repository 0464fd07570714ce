// A participant's page never pairs with a facilitator's build of another version (issue 20;
// docs/build.md, "Pairing"). The page's loader names the facilitator's files by their content
// (`facilitator-<hash>.js`, `facilitator-<hash>.wasm`) and checks their subresource integrity,
// so whatever a server, a host's cache or the service worker hands out, the page either gets
// the build it was made with or refuses, with the load-failure alert the app already has.
//
// Each test serves its own copy of dist/ with the facilitator's files changed as a host might
// have them: another build's glue or wasm under the page's names (a stale cache, a half-done
// upload), or the names gone after a redeploy while an old page is still open. The stand-ins
// for "another build" would run if the page took them: the glue with one line added that counts
// its evaluations in `window.foreignBuild`, and the wasm with a custom section added.

import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { DIST, openApp, startApp, useBrowser, waitForApp } from './helpers.mjs';
import { UI } from './labels.mjs';

const FAILED = UI.FACILITATOR_LOAD_FAILED.nl;
const FACILITATE = UI.FACILITATE.nl;
const TEAM_FIELD = UI.WORKSHOP_TEAM_LABEL.nl;
// Counts the evaluations of a glue module: the mark of the other build.
const FOREIGN_LINE = 'window.foreignBuild = (window.foreignBuild ?? 0) + 1;\n';

let browser;
const dirs = [];
useBrowser((b) => {
  browser = b;
});
after(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

/**
 * The wasm with a custom section added: other bytes that still link with the glue and run, as
 * another build of the same code would. Only the integrity check can tell them apart.
 */
function withCustomSection(wasm) {
  const name = Buffer.from('other-build');
  const payload = Buffer.from('1');
  // Section id 0 (custom), its size, the name's length and the name, the payload (all < 128).
  return Buffer.concat([wasm, Buffer.from([0, 1 + name.length + payload.length, name.length]), name, payload]);
}

/** The facilitator's two files, as index.html's loader names them. */
async function builtFiles() {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const glue = html.match(/\.\/(facilitator-[0-9a-f]+\.js)\b/)?.[1];
  const wasm = html.match(/\.\/(facilitator-[0-9a-f]+\.wasm)\b/)?.[1];
  assert.ok(glue && wasm, "index.html's loader names the facilitator's build");
  return { glue, wasm };
}

/** A copy of dist/ changed by `change(dir, files)`, served. Only raw files are served (no .br/.gz). */
async function serve(change = async () => {}) {
  const dir = await mkdtemp(join(tmpdir(), 'pairing-'));
  dirs.push(dir);
  await cp(DIST, dir, { recursive: true });
  const files = await builtFiles();
  await change(dir, files);
  return { server: await startApp({ root: dir }), files, dir };
}

/** Whether `url` is in the page's caches, polled for up to about 30 s (the worker stores it after the response). */
async function cachedSoon(page, url) {
  for (let i = 0; i < 300; i++) {
    if (await page.evaluate(async (u) => Boolean(await caches.match(u)), url)) return true;
    await page.waitForTimeout(100);
  }
  return false;
}

/** Opens the page, asks for the workshop; returns what the page requested and whether it mounted. */
async function handOver(server, { contextOptions, controlled = false } = {}) {
  const { page, close } = await openApp(browser, server, 'desktop', { path: 'about:blank', waitForApp: false, contextOptions });
  const requested = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname.split('/').pop()));
  await page.goto(server.url);
  await waitForApp(page);
  if (controlled) {
    // The service worker keeps what is fetched through it: wait until it controls the page
    // (it claims it when it activates), or on a busy machine the facilitator's files may be
    // fetched before it does, and nothing is there to keep them.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
  }
  await page.getByRole('button', { name: FACILITATE }).click();
  // One of the two ends: the facilitator's screen, or the alert that it could not be loaded.
  const field = page.getByLabel(TEAM_FIELD);
  const alert = page.getByRole('alert').filter({ hasText: FAILED });
  await field.or(alert).first().waitFor({ timeout: 60_000 });
  return {
    page,
    close,
    requested,
    mounted: (await field.count()) > 0,
    refused: (await alert.count()) > 0,
    foreign: await page.evaluate(() => window.foreignBuild ?? 0),
  };
}

describe('a participant\'s page and the facilitator\'s build', () => {
  test('the files built with the page: the facilitator\'s build mounts (the control)', async () => {
    const { server, files } = await serve();
    const run = await handOver(server, { contextOptions: { serviceWorkers: 'block' } });
    try {
      assert.ok(run.mounted, 'the facilitator\'s screen is shown');
      assert.ok(!run.refused, 'no load-failure alert');
      assert.ok(run.requested.includes(files.glue) && run.requested.includes(files.wasm), run.requested.join(' '));
    } finally {
      await run.close();
      await server.close();
    }
  });

  test('another build\'s glue under the page\'s name (a stale cache): refused, none of it runs', async () => {
    const { server } = await serve(async (dir, files) => {
      const glue = join(dir, files.glue);
      await writeFile(glue, FOREIGN_LINE + (await readFile(glue, 'utf8')));
    });
    const run = await handOver(server, { contextOptions: { serviceWorkers: 'block' } });
    try {
      assert.ok(run.refused, 'the load-failure alert');
      assert.ok(!run.mounted, 'no facilitator\'s screen');
      assert.equal(run.foreign, 0, 'the other build\'s glue was never evaluated');
    } finally {
      await run.close();
      await server.close();
    }
  });

  test('another build\'s wasm under the page\'s name: refused, although it would run', async () => {
    const { server } = await serve(async (dir, files) => {
      const wasm = join(dir, files.wasm);
      await writeFile(wasm, withCustomSection(await readFile(wasm)));
    });
    const run = await handOver(server, { contextOptions: { serviceWorkers: 'block' } });
    try {
      assert.ok(run.refused, 'the load-failure alert');
      assert.ok(!run.mounted, 'no facilitator\'s screen');
    } finally {
      await run.close();
      await server.close();
    }
  });

  test('after a redeploy, an old page finds its names gone: refused, the new build is not taken', async () => {
    // The new release's facilitator's files under their own names; the page is the old one.
    const renamed = {};
    const { server } = await serve(async (dir, files) => {
      renamed.glue = files.glue.replace(/-[0-9a-f]+\./, '-0123456789abcdef.');
      renamed.wasm = files.wasm.replace(/-[0-9a-f]+\./, '-0123456789abcdef.');
      await writeFile(join(dir, renamed.glue), FOREIGN_LINE + (await readFile(join(dir, files.glue), 'utf8')));
      await rm(join(dir, files.glue));
      await rename(join(dir, files.wasm), join(dir, renamed.wasm));
    });
    const run = await handOver(server, { contextOptions: { serviceWorkers: 'block' } });
    try {
      assert.ok(run.refused, 'the load-failure alert');
      assert.ok(!run.mounted, 'no facilitator\'s screen');
      assert.equal(run.foreign, 0);
      assert.ok(!run.requested.includes(renamed.glue) && !run.requested.includes(renamed.wasm), 'the new build\'s files were never asked for');
    } finally {
      await run.close();
      await server.close();
    }
  });

  test('with the service worker, behind a server that now has another build, and offline: the page\'s own build', async () => {
    const { server, files, dir } = await serve();
    const run = await handOver(server, { controlled: true });
    const { page } = run;
    try {
      assert.ok(run.mounted, 'online, the first time: the facilitator\'s screen');
      // The worker keeps the facilitator's files once fetched (static/sw.js, LATER).
      for (const name of [files.glue, files.wasm]) {
        assert.ok(await cachedSoon(page, new URL(name, server.url).href), `the service worker keeps ${name}`);
      }
      // Another build on the server under the same names.
      await writeFile(join(dir, files.glue), FOREIGN_LINE + (await readFile(join(dir, files.glue), 'utf8')));
      await writeFile(join(dir, files.wasm), withCustomSection(await readFile(join(dir, files.wasm))));
      for (const offline of [false, true]) {
        await page.context().setOffline(offline);
        await page.goto(server.url);
        // The stored state brings the page back to the workshop, or the welcome screen offers it.
        const field = page.getByLabel(TEAM_FIELD);
        const button = page.getByRole('button', { name: FACILITATE });
        const alert = page.getByRole('alert').filter({ hasText: FAILED });
        // Generous: the page starts two builds in a row here, on a machine that may be busy.
        await field.or(button).or(alert).first().waitFor({ timeout: 60_000 });
        if (await button.isVisible()) await button.click();
        await field.or(alert).first().waitFor({ timeout: 60_000 });
        assert.equal(await alert.count(), 0, `offline: ${offline}: the page's own build, from the cache, was refused`);
        assert.equal(await page.evaluate(() => window.foreignBuild ?? 0), 0, `offline: ${offline}`);
      }
    } finally {
      await run.close();
      await server.close();
    }
  });
});
