// Minifies the JavaScript glue and the CSS of a trunk build, and rewrites the integrity
// (subresource integrity) hashes in index.html to match. The stylesheet app-<hash>.css is
// rebuilt from styles/app.css with its @imports bundled in (trunk does not bundle CSS). Trunk 0.21's own JS minifier is
// known to break wasm-bindgen output, so this runs esbuild instead, as trunk's post_build hook
// (Trunk.toml) on the staging directory: dev and release builds get the same treatment.
// Saves about 3 KB of the 100 KB gzip budget, and shortening the import names
// (scripts/shorten-imports.mjs) about 3 KB more. Then runs scripts/finish-dist.mjs on the same
// directory (manifest, icons, embed/, csp.txt, the service worker), and last writes the zopfli
// .gz copies of a release build (scripts/precompress.mjs).
//
//   node scripts/minify-dist.mjs [DIR]    (default: $TRUNK_STAGING_DIR, else dist/)

import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, transform } from 'esbuild';
import { finishDist } from './finish-dist.mjs';
import { precompress } from './precompress.mjs';
import { shortenImports } from './shorten-imports.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? 'dist';
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

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
    const bundled = await build({
      entryPoints: [join(ROOT, 'styles', 'app.css')],
      bundle: true,
      minify: true,
      write: false,
      logLevel: 'warning',
    });
    const code = bundled.outputFiles[0].contents;
    await writeFile(file, code);
    html = html.replaceAll(sri(source), sri(Buffer.from(code)));
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
await writeFile(join(dir, 'index.html'), html);
await finishDist(dir);
// Last, when every file is final: the zopfli .gz copies (not for debug builds; see the script).
if (process.env.TRUNK_PROFILE !== 'debug') await precompress(dir);
