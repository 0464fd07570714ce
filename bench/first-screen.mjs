// The static page of the benchmark (bench/static/index.html) is the app's first screen as
// plain HTML: what the release build in dist/ renders in a fresh browser (no saved state, no
// link), copied out of the DOM, in the app's own <head> without its script.
//
//   node bench/first-screen.mjs           rewrite bench/static/index.html from dist/
//   node bench/first-screen.mjs --check   exit 1 when the page no longer matches the app
//
// scripts/bench.mjs runs the check and, when the app's first screen has changed, rewrites the
// page (and says so) before measuring. It serves the page's <body> in the <head> of the current
// dist/index.html (stageStatic below), so the static page loads what the app's HTML loads
// (stylesheet, icons) except the JS and the wasm.

import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST, launchBrowser, openApp } from '../tests/e2e/helpers.mjs';
import { startServer } from '../tests/e2e/server.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
export const STATIC_PAGE = join(BENCH, 'static', 'index.html');

/** The markup inside `#app` as the browser serialises it, whitespace between tags removed. */
async function appMarkup(browser, root, path = '', waitForApp = true) {
  const server = await startServer({ root });
  try {
    const { page, close } = await openApp(browser, server, 'phone', { path, waitForApp });
    const html = await page.evaluate(() => document.getElementById('app').innerHTML);
    await close();
    return html.replace(/>\s+</g, '><').trim();
  } finally {
    await server.close();
  }
}

/** The <head> of the app's index.html without the script: no module script, no preloads. */
async function headWithoutScript(dist) {
  const html = await readFile(join(dist, 'index.html'), 'utf8');
  const head = html.match(/<head>([\s\S]*?)<\/head>/)?.[1];
  if (head === undefined) throw new Error(`${dist}/index.html has no <head>`);
  return head
    .replace(/<script\b[\s\S]*?<\/script>/g, '')
    .replace(/<link\b[^>]*\brel="modulepreload"[^>]*>/g, '')
    .replace(/<link\b[^>]*\brel="preload"[^>]*\.(js|wasm)"[^>]*>/g, '')
    .replace(/\n\s*\n/g, '\n')
    .trimEnd();
}

/**
 * Stages the static page in `dir`, to be served: dist/ without its JS and wasm, and as
 * index.html the <body> of bench/static/index.html in the <head> of dist/index.html without
 * its script.
 */
export async function stageStatic(dir, dist = DIST) {
  await cp(dist, dir, { recursive: true, filter: (src) => !/\.(m?js|wasm)$/.test(src) });
  const body = (await readFile(STATIC_PAGE, 'utf8')).match(/<body>[\s\S]*<\/body>/)?.[0];
  if (!body) throw new Error(`${STATIC_PAGE} has no <body>`);
  await writeFile(join(dir, 'index.html'), `<!doctype html>\n<html lang="nl">\n<head>${await headWithoutScript(dist)}\n</head>\n${body}\n</html>\n`);
  return dir;
}

/** Whether bench/static/index.html shows what the app in `dist` renders first. */
export async function checkStaticPage(browser, stagedDir, dist = DIST) {
  const [app, page] = [await appMarkup(browser, dist), await appMarkup(browser, stagedDir, '', false)];
  return { same: app === page, app, page };
}

/** Rewrites bench/static/index.html from what the app in `dist` renders first. */
export async function writeStaticPage(browser, dist = DIST) {
  const body = await appMarkup(browser, dist);
  // One line per top-level part of #app (header, main, footer), as the app renders them.
  const parts = body.replace(/(<\/(header|main)>)(?=<(main|footer))/g, '$1\n    ');
  const html = `<!doctype html>
<html lang="nl">
<head>${await headWithoutScript(dist)}
</head>
<body>
  <div id="app">
    ${parts}
  </div>
</body>
</html>
`;
  await mkdir(dirname(STATIC_PAGE), { recursive: true });
  await writeFile(STATIC_PAGE, html);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const browser = await launchBrowser();
  try {
    if (process.argv.includes('--check')) {
      const { mkdtemp, rm } = await import('node:fs/promises');
      const { tmpdir } = await import('node:os');
      const dir = await mkdtemp(join(tmpdir(), 'bench-static-'));
      const { same, app, page } = await checkStaticPage(browser, await stageStatic(dir));
      await rm(dir, { recursive: true, force: true });
      console.log(same ? 'bench/static/index.html matches the app' : `bench/static/index.html differs from the app:\napp:    ${app}\nstatic: ${page}`);
      process.exitCode = same ? 0 : 1;
    } else {
      await writeStaticPage(browser);
      console.log(`wrote ${STATIC_PAGE}`);
    }
  } finally {
    await browser.close();
  }
}
