// The last step of every trunk build (`trunk build` and `trunk serve`), run by
// scripts/minify-dist.mjs (trunk's post_build hook) on the staging directory once index.html is
// final. Adds what trunk does not make:
//
// 1. static/manifest.webmanifest and the icons (static/icon-*.png) -> DIR/
// 2. embed/ -> DIR/embed/ (embed.js minified; the demo host page as it is), for partners and
//    for http://localhost:8080/embed/demo.html under `make serve`
// 3. index.html without its HTML comments (bytes the app's budget does not need), and trunk's
//    loader replaced by one that starts the app after the first paint and, when index.html
//    has the first screen's CSS inline, loads the rest of the stylesheet then too (see
//    startAfterFirstPaint)
// 4. DIR/csp.txt: the strict Content-Security-Policy for the app, with the sha256 of each
//    inline script (the loader, the link's first screen) and of the inline first-screen CSS;
//    the README's nginx example and the e2e tests use this file
// 5. DIR/sw.js from the template static/sw.js: the list of the build's files (index.html as
//    "./", the hashed .js, .wasm and .css, the manifest) and a version that is a hash of their
//    names and contents, minified
//
//   node scripts/finish-dist.mjs [DIR]    (default: $TRUNK_STAGING_DIR, else dist/)

import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

const sha256 = (code) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;

/** The policy of the issue, plus the hash of each inline script and style (`'sha256-...'`). */
export function cspFor(html) {
  return [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...inlineScripts(html).map(sha256)].join(' '),
    ["style-src 'self'", ...inlineStyles(html).map(sha256)].join(' '),
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
  ].join('; ');
}

/** The text of every `<script>` without a `src`, exactly as the browser hashes it. */
export function inlineScripts(html) {
  const scripts = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (!/(^|\s)src\s*=/i.test(m[1])) scripts.push(m[2]);
  }
  return scripts;
}

/** The text of every `<style>` element, exactly as the browser hashes it. */
export function inlineStyles(html) {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)].map((m) => m[1]);
}

/** Whether a file is the facilitator's wasm or glue (scripts/build-facilitator.mjs). */
export const isFacilitatorFile = (name) => /^facilitator-[0-9a-f]+\.(js|wasm)$/.test(name);

/**
 * The files the service worker caches when it installs, relative to it: index.html as "./",
 * then sorted. Not the facilitator's wasm and glue, which a participant never loads: those
 * are cached when first fetched (`laterList`).
 */
export function precacheList(names) {
  const own = names.filter(
    (n) => (/\.(js|wasm|css)$/.test(n) && n !== 'sw.js' && !isFacilitatorFile(n)) || n === 'manifest.webmanifest',
  );
  return ['./', ...own.sort()];
}

/** The files the service worker caches when they are first fetched. */
export function laterList(names) {
  return names.filter(isFacilitatorFile).sort();
}

/**
 * Replaces trunk's loader (a module script that imports the JS glue, plus <link rel=modulepreload>
 * of the glue and <link rel=preload> of the wasm) by an inline script that fetches both only
 * after the first paint of the static first screen, with the same integrity hashes. Measured
 * with make bench (Lighthouse mobile): LCP 1.8-1.9 s -> 0.91 s, the static page's own. With the
 * preloads the wasm had finished before the first paint, so Lighthouse charged its download to
 * LCP, and the app replaced the static text before Chromium had recorded it, so the LCP was the
 * app's render. Fetched from an inline script, the wasm and the glue depend on the document only
 * (in parallel, as with the preloads), so TTI does not suffer. The timer starts the app when no
 * paint comes (a hidden tab, no Paint Timing API). In an iframe (embed/) it starts at once.
 *
 * The manifest and icon links go the same way (see below).
 *
 * When index.html carries the first screen's CSS inline (a <style>, scripts/minify-dist.mjs),
 * trunk's <link rel=stylesheet> of the rest goes too: the loader adds it at the same moment,
 * after the first paint, so it never blocks that paint, and starts the app only once it has
 * loaded (or failed), so nothing the app draws is ever shown unstyled. It is appended at the
 * end of <head>, after the <style>: the cascade keeps the order of styles/.
 *
 * `facilitator` (scripts/build-facilitator.mjs: the facilitator's glue and wasm with their
 * integrity) is the second build of the app, with the facilitator's screens. The loader starts
 * it instead of the participant's on a team link (`#v1t...`, `#v2t...`), and offers it to the
 * participant's app as `samenwerkingsscanFacilitator()`: a promise of its bindings,
 * instantiated; the participant's app then unmounts and calls their `start` with its state.
 *
 * `preloadWasm` ('low' or 'high'; make bench measures it, WASM_PRELOAD=low|high when building)
 * keeps trunk's preload of the wasm in <head>, with fetchpriority="low" for 'low'.
 * Idempotent.
 */
export async function startAfterFirstPaint(html, { preloadWasm = process.env.WASM_PRELOAD ?? '', facilitator = null } = {}) {
  const loader = html.match(/<script type="module">\s*import init, \* as bindings from '([^']+)';[\s\S]*?<\/script>/);
  const glue = html.match(/<link rel="modulepreload" href="([^"]+)"[^>]*integrity="([^"]+)"[^>]*>/);
  const wasm = html.match(/<link rel="preload" href="([^"]+\.wasm)"[^>]*integrity="([^"]+)"[^>]*>/);
  // Already replaced (finish-dist run again on a finished dist/): nothing to do.
  if (!loader && !glue && html.includes('TrunkApplicationStarted')) return html;
  if (!loader || !glue || !wasm || loader[1] !== glue[1]) {
    throw new Error("finish-dist: trunk's loader or its preload links not found in index.html; has trunk changed?");
  }
  const stylesheet = inlineStyles(html).length
    ? html.match(/<link rel="stylesheet" href="([^"]+\.css)"[^>]*integrity="([^"]+)"[^>]*>/)
    : null;
  // The manifest and the icon too: on localhost Chromium fetched both before the first paint,
  // and Lighthouse's pessimistic LCP counts every request that finished before the paint
  // (+0.2 s simulated, LCP 0.92 against 0.72 s for the bare page). They are not needed for the
  // first paint (the icon shows in the tab a moment later; installing reads the manifest from
  // the DOM whenever it is there).
  const later = [...html.matchAll(/<link rel="(?:manifest|icon)"[^>]*>/g)].map((m) => ({
    tag: m[0],
    attrs: Object.fromEntries([...m[0].matchAll(/\s([a-z-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])),
  }));
  const participant = { glue: glue[1], glueIntegrity: glue[2], wasm: wasm[1], wasmIntegrity: wasm[2] };
  const source = `(() => {
    let started = false;
    // The glue as a modulepreload with its integrity, which the import then uses; the wasm
    // fetched beside it.
    const load = (files) => {
      const wasm = fetch(files.wasm, { integrity: files.wasmIntegrity });
      // A failed fetch is reported where the wasm is instantiated; not as unhandled too.
      wasm.catch(() => {});
      const glue = document.createElement('link');
      Object.assign(glue, { rel: 'modulepreload', href: files.glue, crossOrigin: 'anonymous', integrity: files.glueIntegrity });
      document.head.append(glue);
      return [wasm, import(files.glue)];
    };
    ${facilitator ? `const facilitator = ${JSON.stringify(facilitator)};
    window.samenwerkingsscanFacilitator = () => {
      const [wasm, glue] = load(facilitator);
      return glue.then(async (bindings) => {
        await bindings.default({ module_or_path: wasm });
        window.wasmBindings = bindings;
        return bindings;
      });
    };
    const team = /^#v[0-9]+t/.test(location.hash);` : 'const team = false;'}
    const start = () => {
      if (started) return;
      started = true;
      const [wasm, glue] = load(team ? facilitator : ${JSON.stringify(participant)});
      for (const attrs of ${JSON.stringify(later.map((l) => l.attrs))}) {
        const link = document.createElement('link');
        for (const [name, value] of Object.entries(attrs)) link.setAttribute(name, value);
        document.head.append(link);
      }
      ${stylesheet ? `const css = document.createElement('link');
      const styled = new Promise((done) => { css.onload = css.onerror = done; });
      Object.assign(css, { rel: 'stylesheet', href: ${JSON.stringify(stylesheet[1])}, integrity: ${JSON.stringify(stylesheet[2])} });
      document.head.append(css);` : 'const styled = 0;'}
      Promise.all([glue, styled]).then(async ([bindings]) => {
        const instance = await bindings.default({ module_or_path: wasm });
        if (team) bindings.start();
        window.wasmBindings = bindings;
        dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: instance } }));
      });
    };
    // Embedded (an iframe, which never is the host page's LCP): at once, as trunk's loader did.
    if (window.top !== window) return start();
    new PerformanceObserver((_, observer) => {
      observer.disconnect();
      setTimeout(start);
    }).observe({ type: 'paint', buffered: true });
    setTimeout(start, 1000);
  })();`;
  const { code } = await transform(source, { loader: 'js', minify: true, target: 'es2020', legalComments: 'none' });
  let preload = '';
  if (preloadWasm === 'low' || preloadWasm === 'high') {
    preload = preloadWasm === 'low' ? wasm[0].replace(/^<link /, '<link fetchpriority="low" ') : wasm[0];
  } else if (preloadWasm) {
    throw new Error(`finish-dist: WASM_PRELOAD must be 'low', 'high' or empty, not ${preloadWasm}`);
  }
  let out = html.replace(glue[0], '').replace(wasm[0], preload);
  if (stylesheet) out = out.replace(stylesheet[0], '');
  for (const { tag } of later) out = out.replace(tag, '');
  // Without the lines of the links taken out.
  return out.replace(loader[0], `<script>${code.trim()}</script>`).replace(/\n[ \t]*(?=\n)/g, '');
}

export async function finishDist(dir, { facilitator = null } = {}) {
  dir = resolve(dir);

  // 1. Manifest and icons.
  for (const name of await readdir(join(ROOT, 'static'))) {
    if (name === 'manifest.webmanifest' || /^icon-\d+\.png$/.test(name)) {
      await copyFile(join(ROOT, 'static', name), join(dir, name));
    }
  }

  // 2. The embed script and the demo host page.
  await mkdir(join(dir, 'embed'), { recursive: true });
  for (const name of await readdir(join(ROOT, 'embed'))) {
    const source = join(ROOT, 'embed', name);
    if (name === 'embed.js') {
      const { code } = await transform(await readFile(source, 'utf8'), {
        loader: 'js',
        minify: true,
        target: 'es2017',
        legalComments: 'inline',
      });
      await writeFile(join(dir, 'embed', name), code);
    } else {
      await copyFile(source, join(dir, 'embed', name));
    }
  }

  // 3. index.html without comments (none of them is needed at run time).
  const indexFile = join(dir, 'index.html');
  const html = await startAfterFirstPaint((await readFile(indexFile, 'utf8')).replace(/[ \t]*<!--[\s\S]*?-->\n?/g, ''), { facilitator });
  await writeFile(indexFile, html);
  if (inlineScripts(html).length === 0) {
    throw new Error('finish-dist: no inline loader script in index.html; has trunk changed?');
  }

  // 4. The Content-Security-Policy.
  await writeFile(join(dir, 'csp.txt'), `${cspFor(html)}\n`);

  // 5. The service worker.
  const names = await readdir(dir);
  const files = precacheList(names);
  const later = laterList(names);
  const version = createHash('sha256');
  for (const file of [...files, ...later]) {
    version.update(file).update('\0');
    version.update(await readFile(join(dir, file === './' ? 'index.html' : file))).update('\0');
  }
  const template = await readFile(join(ROOT, 'static', 'sw.js'), 'utf8');
  const filled = template
    .replace("'__VERSION__'", JSON.stringify(version.digest('hex').slice(0, 16)))
    .replace("['__FILES__']", JSON.stringify(files))
    .replace("['__LATER__']", JSON.stringify(later));
  if (['__VERSION__', '__FILES__', '__LATER__'].some((p) => filled.includes(p))) {
    throw new Error('finish-dist: static/sw.js lacks a placeholder');
  }
  const { code } = await transform(filled, {
    loader: 'js',
    minify: true,
    format: 'iife',
    target: 'es2020',
    legalComments: 'none',
  });
  await writeFile(join(dir, 'sw.js'), code);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await finishDist(process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? 'dist');
}
