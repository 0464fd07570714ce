// The last steps of every build, on the staging directory once index.html and every other file
// is final (scripts/post-build.mjs, trunk's post_build hook, runs them; tests/e2e/offline.test.mjs
// runs them again on a changed copy of dist/ to make "a new release"):
//
// 1. index.html without its HTML comments (bytes the page does not need), and the loader
//    (scripts/loader.js, with the build's names and integrity filled in) in place of the
//    placeholder trunk writes (Trunk.toml, pattern_script); see installLoader
// 2. DIR/csp.txt: the strict Content-Security-Policy for the app, with the sha256 of each
//    inline script (the loader, the link's first screen) and of the inline first-screen CSS;
//    docs/hosting.md's nginx example and the e2e tests use this file
// 3. DIR/sw.js from the template static/sw.js: the list of the build's files (index.html as
//    "./", the hashed .js, .wasm and .css, the manifest), the lists of those cached later (the
//    facilitator's build; the camera's module, worker and decoder) and a version that is a hash
//    of their names and contents, minified
//
// On a finished dist/ (no placeholder left) step 1 only drops comments; 2 and 3 are redone.
//
//   node scripts/finish-dist.mjs [DIR]    (default: $TRUNK_STAGING_DIR, else dist/; a finished dist/)

import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

const sha256 = (code) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;

/** The subresource integrity of `bytes`, as the loader checks it. */
export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** Trunk's placeholder for the loader (Trunk.toml, pattern_script): the participant's files. */
export const PLACEHOLDER = /<script type="application\/json" id="rust-app">([^<]*)<\/script>/;

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

/**
 * `source` (the text of `file`, for the message) with each placeholder, a key of `values` as it
 * stands in the text, replaced by its value as JSON. Each must stand there exactly once: a
 * template and its filler that drifted apart fail the build, not the page.
 */
export function fillPlaceholders(source, file, values) {
  for (const [placeholder, value] of Object.entries(values)) {
    if (source.split(placeholder).length !== 2) throw new Error(`${file} must have ${placeholder} once`);
    source = source.replace(placeholder, () => JSON.stringify(value));
  }
  return source;
}

/** Whether a file is the facilitator's wasm or glue (scripts/post-build.mjs names them). */
export const isFacilitatorFile = (name) => /^facilitator-[0-9a-f]+\.(js|wasm)$/.test(name);

/**
 * Whether a file is one of the facilitator's camera (scripts/post-build.mjs names them): its
 * module, its worker, and the worker's QR decoder (wasm and glue).
 */
export const isCameraFile = (name) => /^(camera-[0-9a-f]+\.js|scan-worker-[0-9a-f]+\.js|qr_decoder-[0-9a-f]+\.(js|wasm))$/.test(name);

/**
 * The files the service worker caches when it installs, relative to it: index.html as "./",
 * then sorted. Not the facilitator's wasm and glue, which a participant never loads: those
 * are cached when first fetched (`laterList`); nor the camera's (`cameraList`).
 */
export function precacheList(names) {
  const own = names.filter(
    (n) =>
      (/\.(js|wasm|css)$/.test(n) && n !== 'sw.js' && !isFacilitatorFile(n) && !isCameraFile(n)) ||
      n === 'manifest.webmanifest',
  );
  return ['./', ...own.sort()];
}

/**
 * The camera's files (module, worker, QR decoder): the service worker caches them once the
 * facilitator's build has been fetched (a facilitator may scan offline), and when first fetched.
 */
export function cameraList(names) {
  return names.filter(isCameraFile).sort();
}

/** The files the service worker caches when they are first fetched. */
export function laterList(names) {
  return names.filter(isFacilitatorFile).sort();
}

/**
 * Puts the loader (scripts/loader.js; why it is as it is, see there) in place of trunk's
 * placeholder, with `participant` and `facilitator` ({ glue, glueIntegrity, wasm,
 * wasmIntegrity }, or null for a page with one build) and `stylesheet` ({ href, integrity }
 * of the rest of the CSS, or null) and `camera` ({ glue, glueIntegrity } of the camera module, or
 * null without the camera). The manifest and icon links of index.html move into it.
 * `preloadWasm` ('low' or 'high'; make bench measures it) adds a preload of the wasm to <head>,
 * with fetchpriority="low" for 'low', as trunk's own loader had.
 */
export async function installLoader(html, { participant, facilitator = null, stylesheet = null, camera = null, preloadWasm = process.env.WASM_PRELOAD ?? '' }) {
  // With its indentation: the script starts its line, as trunk's own loader did.
  const placeholder = html.match(new RegExp(`[ \\t]*${PLACEHOLDER.source}`));
  if (!placeholder) throw new Error("finish-dist: no loader placeholder in index.html (Trunk.toml's pattern_script)");
  // Our own links in index.html (not trunk's), moved into the loader.
  const later = [...html.matchAll(/<link rel="(?:manifest|icon)"[^>]*>/g)].map((m) => ({
    tag: m[0],
    attrs: Object.fromEntries([...m[0].matchAll(/\s([a-z-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])),
  }));
  let source = await readFile(join(ROOT, 'scripts', 'loader.js'), 'utf8');
  source = fillPlaceholders(source, 'scripts/loader.js', {
    __PARTICIPANT__: participant,
    __FACILITATOR__: facilitator,
    __LATER__: later.map((l) => l.attrs),
    __STYLESHEET__: stylesheet,
    __CAMERA__: camera,
  });
  const { code } = await transform(source, {
    loader: 'js',
    minify: true,
    target: 'es2020',
    legalComments: 'none',
    define: {
      HAS_FACILITATOR: String(facilitator !== null),
      HAS_STYLESHEET: String(stylesheet !== null),
      HAS_CAMERA: String(camera !== null),
    },
  });
  let out = html;
  for (const { tag } of later) out = out.replace(tag, '');
  if (preloadWasm === 'low' || preloadWasm === 'high') {
    const priority = preloadWasm === 'low' ? ' fetchpriority="low"' : '';
    const link = `<link${priority} rel="preload" href="${participant.wasm}" crossorigin="anonymous" integrity="${participant.wasmIntegrity}" as="fetch" type="application/wasm">`;
    out = out.replace('</head>', `${link}</head>`);
  } else if (preloadWasm) {
    throw new Error(`finish-dist: WASM_PRELOAD must be 'low', 'high' or empty, not ${preloadWasm}`);
  }
  // Without the lines of the links taken out.
  return out.replace(placeholder[0], () => `<script>${code.trim()}</script>`).replace(/\n[ \t]*(?=\n)/g, '');
}

export async function finishDist(dir, builds = null) {
  dir = resolve(dir);

  // 1. index.html without comments (none of them is needed at run time), with the loader.
  const indexFile = join(dir, 'index.html');
  let html = (await readFile(indexFile, 'utf8')).replace(/[ \t]*<!--[\s\S]*?-->\n?/g, '');
  if (PLACEHOLDER.test(html)) {
    if (!builds?.participant) throw new Error('finish-dist: index.html still has the placeholder; run scripts/post-build.mjs');
    html = await installLoader(html, builds);
  }
  await writeFile(indexFile, html);
  if (inlineScripts(html).length === 0) {
    throw new Error('finish-dist: no inline loader script in index.html');
  }

  // 2. The Content-Security-Policy.
  await writeFile(join(dir, 'csp.txt'), `${cspFor(html)}\n`);

  // 3. The service worker.
  const names = await readdir(dir);
  const files = precacheList(names);
  const later = laterList(names);
  const camera = cameraList(names);
  const version = createHash('sha256');
  for (const file of [...files, ...later, ...camera]) {
    version.update(file).update('\0');
    version.update(await readFile(join(dir, file === './' ? 'index.html' : file))).update('\0');
  }
  const template = await readFile(join(ROOT, 'static', 'sw.js'), 'utf8');
  const filled = fillPlaceholders(template, 'static/sw.js', {
    "'__VERSION__'": version.digest('hex').slice(0, 16),
    "['__FILES__']": files,
    "['__LATER__']": later,
    "['__CAMERA__']": camera,
  });
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
