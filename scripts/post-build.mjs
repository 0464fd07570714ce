// Trunk's post_build hook (Trunk.toml): turns trunk's staging directory into what is served, for
// `trunk build` and `trunk serve` alike. Trunk has by then built both wasm modules with
// wasm-bindgen and wasm-opt (index.html: the participant's as the page's app, the facilitator's
// as a second rel="rust" link of data-type="worker"), copied the static files (rel="copy-file",
// rel="copy-dir") and written a placeholder where its loader would be (Trunk.toml,
// pattern_script). What trunk cannot do (docs/build.md says why, with trunk's issues), this does:
//
// 1. Per build of the app (and of the QR decoder): the import names shortened (scripts/shorten-imports.mjs), the glue
//    minified by esbuild (trunk 0.21's own JS minifier is known to break wasm-bindgen glue), and
//    both files named by their content, `<bin>-<hash>`. The facilitator's files need it most:
//    trunk gives a worker's files no hash at all. The participant's get it because trunk's hash
//    is of cargo's output, before this step changes the files.
// 2. The stylesheet styles/app.css with its @imports bundled in and minified (trunk bundles no
//    CSS), named by its content; the first screen's CSS (styles/first-screen.css, inlined by
//    trunk's rel="inline" with its @imports as they are) bundled and minified in place.
// 3. The facilitator's camera (issue 23), where the QR decoder was built: its module
//    (scripts/camera.js) and its decoder worker (scripts/scan-worker.js), each with the names it
//    loads filled in, minified and named by its content (`camera-<hash>.js`,
//    `scan-worker-<hash>.js`); the loader offers the module with its integrity.
//    embed/embed.js minified (trunk's rel="copy-dir" copied embed/ as it is).
// 4. scripts/finish-dist.mjs: the loader in place of trunk's placeholder (scripts/loader.js,
//    with both builds' names and integrity, so a page only ever pairs with its own builds),
//    index.html without comments, csp.txt and the service worker sw.js.
// 5. The .br and .gz copies of a release build (scripts/precompress.mjs), last, when every file
//    is final.
//
// Switches, for make bench's comparisons and docs/build.md's measurements:
//   CSS_SPLIT=0       one render-blocking stylesheet with all the CSS, no inline first screen
//   WASM_PRELOAD=low|high   keep a <link rel=preload> of the wasm in <head>
//   SHORTEN_IMPORTS=0 leave wasm-bindgen's import names as they are
//
//   node scripts/post-build.mjs [DIR]    (default: $TRUNK_STAGING_DIR, else dist/)

import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, transform } from 'esbuild';
import { fillPlaceholders, finishDist, sri } from './finish-dist.mjs';
import { precompress } from './precompress.mjs';
import { shortenImports } from './shorten-imports.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? 'dist';
const split = process.env.CSS_SPLIT !== '0';
const shorten = process.env.SHORTEN_IMPORTS !== '0';
const contentHash = (...parts) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex').slice(0, 16);
};

/** styles/<entry> with its @imports bundled in, minified. */
async function bundleCss(contents) {
  const bundled = await build({
    stdin: { contents, resolveDir: join(ROOT, 'styles'), loader: 'css' },
    bundle: true,
    minify: true,
    write: false,
    logLevel: 'warning',
  });
  return bundled.outputFiles[0].text.trim();
}

const minifyJs = async (code, target = 'es2020') =>
  (await transform(code, { loader: 'js', minify: true, format: 'esm', target, legalComments: 'none' })).code;

/**
 * Step 1 for one build: `glue` and `wasm` are the names trunk gave its files in `dir`.
 * `wasmName(hash)` names the final wasm. Returns the loader's view of the build.
 */
async function finishBuild(bin, glue, wasm, wasmName) {
  let wasmBytes = await readFile(join(dir, wasm));
  let js = await readFile(join(dir, glue), 'utf8');
  // Short names first, while the glue is still wasm-bindgen's own text (see the script).
  if (shorten) ({ wasm: wasmBytes, js } = shortenImports(wasmBytes, js));
  const code = Buffer.from(await minifyJs(js));
  const hash = contentHash(wasmBytes, code);
  const files = { glue: `${bin}-${hash}.js`, wasm: wasmName(hash) };
  await rm(join(dir, glue));
  await rm(join(dir, wasm));
  await writeFile(join(dir, files.glue), code);
  await writeFile(join(dir, files.wasm), wasmBytes);
  return { glue: `./${files.glue}`, glueIntegrity: sri(code), wasm: `./${files.wasm}`, wasmIntegrity: sri(wasmBytes) };
}

const indexFile = join(dir, 'index.html');
let html = await readFile(indexFile, 'utf8');

// 1. The builds. The participant's (the page's app) is named in trunk's placeholder; the
// facilitator's, a worker to trunk, is where trunk always puts it (`facilitator.js`,
// `facilitator_bg.wasm`): on the app's own page only, not on make bench's Yew counter.
const PLACEHOLDER = /<script type="application\/json" id="rust-app">([^<]*)<\/script>/;
const placeholder = html.match(PLACEHOLDER);
if (!placeholder) throw new Error("post-build: no loader placeholder in index.html (Trunk.toml's pattern_script)");
const trunkNames = JSON.parse(placeholder[1]);
const local = (href) => href.replace(/^\.\//, '');
const bin = local(trunkNames.glue).replace(/-[0-9a-f]+\.js$/, '');
const participant = await finishBuild(bin, local(trunkNames.glue), local(trunkNames.wasm), (hash) => `${bin}-${hash}_bg.wasm`);
const names = await readdir(dir);
const facilitator =
  names.includes('facilitator.js') && names.includes('facilitator_bg.wasm')
    ? await finishBuild('facilitator', 'facilitator.js', 'facilitator_bg.wasm', (hash) => `facilitator-${hash}.wasm`)
    : null;
// The QR decoder of the facilitator's camera, a worker to trunk too (`qr_decoder.js`,
// `qr_decoder_bg.wasm`): named by content like the facilitator's; no page loads it at start.
const decoder =
  names.includes('qr_decoder.js') && names.includes('qr_decoder_bg.wasm')
    ? await finishBuild('qr_decoder', 'qr_decoder.js', 'qr_decoder_bg.wasm', (hash) => `qr_decoder-${hash}.wasm`)
    : null;

// 2. The CSS. The stylesheet, when the page links styles/app.css: bundled, named by its content
// (a host may cache it for a year), and linked by the loader after the first paint; with
// CSS_SPLIT=0 it has the first screen's CSS too and is linked in <head>, render-blocking.
let stylesheet = null;
const APP_CSS = '<link rel="stylesheet" href="styles/app.css">';
if (html.includes(APP_CSS)) {
  const code = Buffer.from(await bundleCss(split ? '@import "app.css";' : '@import "first-screen.css";\n@import "app.css";'));
  const href = `./app-${contentHash(code)}.css`;
  await writeFile(join(dir, href), code);
  stylesheet = { href, integrity: sri(code) };
  html = html.replace(APP_CSS, split ? '' : `<link rel="stylesheet" href="${href}" integrity="${stylesheet.integrity}">`);
  if (!split) stylesheet = null;
}
// The first screen's CSS, inlined by trunk as it is (with its @imports): bundled and minified
// here, or left out with CSS_SPLIT=0 (it is in the stylesheet then). Pages without it, such as
// make bench's Yew counter, are left alone.
{
  const source = await readFile(join(ROOT, 'styles', 'first-screen.css'), 'utf8');
  const page = process.env.TRUNK_HTML_FILE ? await readFile(process.env.TRUNK_HTML_FILE, 'utf8') : html;
  const inlined = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)].find((m) => m[1].trim() === source.trim());
  if (page.includes('href="styles/first-screen.css"') && !inlined) {
    throw new Error('post-build: styles/first-screen.css is not inlined in index.html (<link data-trunk rel="inline">)');
  }
  if (inlined) html = html.replace(inlined[0], split ? `<style>${await bundleCss(source)}</style>` : '');
}
await writeFile(indexFile, html);

// 3. The camera's module and worker, on a page with the decoder (not on make bench's counter).
// Each named by the hash of its final text, which holds the names it loads: a new decoder makes
// a new worker name, and that a new module name, so a page pairs with its own camera throughout.
/** scripts/<source> with its placeholders (`values`' keys, e.g. `'__WORKER__'`) filled, minified, written. */
async function finishScript(name, source, values) {
  const template = await readFile(join(ROOT, 'scripts', source), 'utf8');
  const code = fillPlaceholders(template, `scripts/${source}`, values);
  const bytes = Buffer.from(await minifyJs(code));
  const file = `${name}-${contentHash(bytes)}.js`;
  await writeFile(join(dir, file), bytes);
  return { glue: `./${file}`, glueIntegrity: sri(bytes) };
}
let camera = null;
if (decoder) {
  const worker = await finishScript('scan-worker', 'scan-worker.js', {
    "'__DECODER_GLUE__'": decoder.glue,
    "'__DECODER_WASM__'": decoder.wasm,
    "'__DECODER_WASM_INTEGRITY__'": decoder.wasmIntegrity,
  });
  camera = await finishScript('camera', 'camera.js', { "'__WORKER__'": worker.glue });
}

// The embed script, minified in place; its licence comment stays (legalComments).
const embedJs = join(dir, 'embed', 'embed.js');
const embed = await readFile(embedJs, 'utf8').catch(() => null);
if (embed !== null) {
  const { code } = await transform(embed, { loader: 'js', minify: true, target: 'es2017', legalComments: 'inline' });
  await writeFile(embedJs, code);
}

// 4. The loader, csp.txt and the service worker.
await finishDist(dir, { participant, facilitator, stylesheet, camera });

// 5. Last, when every file is final: the .br and .gz copies (not for debug builds; see the script).
if (process.env.TRUNK_PROFILE !== 'debug') await precompress(dir);
