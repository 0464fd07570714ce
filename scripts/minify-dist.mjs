// Minifies the JavaScript glue and the CSS of a trunk build, and rewrites the integrity
// (subresource integrity) hashes in index.html to match. The stylesheet app-<hash>.css is
// rebuilt from styles/app.css with its @imports bundled in (trunk does not bundle CSS), and the
// first screen's CSS, styles/first-screen.css (which trunk puts in index.html as a <style>,
// `rel="inline"`), is bundled and minified the same way in place: the first paint needs no
// stylesheet request, and finish-dist.mjs loads the rest after it. With CSS_SPLIT=0 (for
// make bench's comparison) both go into app-<hash>.css, one render-blocking stylesheet as
// before. Trunk 0.21's own JS minifier is
// known to break wasm-bindgen output, so this runs esbuild instead, as trunk's post_build hook
// (Trunk.toml) on the staging directory: dev and release builds get the same treatment.
// Saves about 3 KB of the 100 KB gzip budget, and shortening the import names
// (scripts/shorten-imports.mjs) about 3 KB more. Then runs scripts/finish-dist.mjs on the same
// directory (manifest, icons, embed/, csp.txt, the service worker), and last writes the zopfli
// .gz copies of a release build (scripts/precompress.mjs).
//
//   node scripts/minify-dist.mjs [DIR]    (default: $TRUNK_STAGING_DIR, else dist/)

import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, transform } from 'esbuild';
import { buildFacilitator, sri } from './build-facilitator.mjs';
import { finishDist } from './finish-dist.mjs';
import { precompress } from './precompress.mjs';
import { shortenImports } from './shorten-imports.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? 'dist';
const split = process.env.CSS_SPLIT !== '0';

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

let html = await readFile(join(dir, 'index.html'), 'utf8');

// Short import names first, while the glue is still wasm-bindgen's own text (see the script).
{
  const names = await readdir(dir);
  const wasmName = names.find((n) => n.endsWith('_bg.wasm'));
  const jsName = wasmName && wasmName.replace(/_bg\.wasm$/, '.js');
  if (wasmName && names.includes(jsName)) {
    const wasm = await readFile(join(dir, wasmName));
    const js = await readFile(join(dir, jsName));
    const shorter = shortenImports(wasm, js.toString('utf8'));
    await writeFile(join(dir, wasmName), shorter.wasm);
    await writeFile(join(dir, jsName), shorter.js);
    for (const [before, after] of [[wasm, shorter.wasm], [js, Buffer.from(shorter.js)]]) {
      // The loader checks both files' integrity: a hash left behind would stop the app.
      if (!html.includes(sri(before))) throw new Error('minify-dist: no integrity hash to update');
      html = html.replaceAll(sri(before), sri(after));
    }
  }
}
for (const name of await readdir(dir)) {
  const loader = name.endsWith('.js') ? 'js' : name.endsWith('.css') ? 'css' : null;
  if (!loader) continue;
  const file = join(dir, name);
  const source = await readFile(file);
  if (/^app-[0-9a-f]+\.css$/.test(name)) {
    const code = Buffer.from(await bundleCss(split ? '@import "app.css";' : '@import "first-screen.css";\n@import "app.css";'));
    // Named by its own content: trunk's hash is of styles/app.css, which only imports the other
    // files, so a change to them kept the name, and a host that caches hashed names for a year
    // (README, Hosting) would keep sending the old file, which its new integrity hash refuses.
    const named = `app-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.css`;
    await rm(file);
    await writeFile(join(dir, named), code);
    if (!html.includes(`"./${name}"`)) throw new Error(`minify-dist: index.html does not link ./${name}`);
    html = html.replaceAll(`"./${name}"`, `"./${named}"`).replaceAll(sri(source), sri(code));
    continue;
  }
  const { code } = await transform(source.toString('utf8'), {
    loader,
    minify: true,
    format: loader === 'js' ? 'esm' : undefined,
    target: loader === 'js' ? 'es2020' : undefined,
    legalComments: 'none',
  });
  await writeFile(file, code);
  const before = sri(source);
  if (html.includes(before)) html = html.replaceAll(before, sri(Buffer.from(code)));
}
// The first screen's CSS: trunk inlined styles/first-screen.css as it is (with its @imports);
// bundled and minified here, or left out with CSS_SPLIT=0 (it is in app-<hash>.css then).
// (Pages without it, such as make bench's Yew counter, have no <style> and are left alone.)
{
  const source = await readFile(join(ROOT, 'styles', 'first-screen.css'), 'utf8');
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)];
  const page = process.env.TRUNK_HTML_FILE ? await readFile(process.env.TRUNK_HTML_FILE, 'utf8') : null;
  const wanted = page ? page.includes('href="styles/first-screen.css"') : styles.length > 0;
  const inlined = styles.find((m) => m[1].trim() === source.trim());
  if (wanted && !inlined) throw new Error('minify-dist: styles/first-screen.css is not inlined in index.html (<link data-trunk rel="inline">)');
  if (inlined) html = html.replace(inlined[0], split ? `<style>${await bundleCss(source)}</style>` : '');
}
await writeFile(join(dir, 'index.html'), html);
// The facilitator's wasm beside the participant's (scripts/build-facilitator.mjs), for the app's
// own page only (not make bench's Yew counter, which runs this hook too).
const appPage = join(ROOT, 'index.html');
const facilitator = resolve(process.env.TRUNK_HTML_FILE ?? appPage) === appPage && process.env.TRUNK_STAGING_DIR
  ? await buildFacilitator(dir)
  : null;
await finishDist(dir, { facilitator });
// Last, when every file is final: the zopfli .gz copies (not for debug builds; see the script).
if (process.env.TRUNK_PROFILE !== 'debug') await precompress(dir);
