// Writes a gzip copy, `<file>.gz`, next to each text and wasm file of a release build, made with
// zopfli: gzip that any browser reads, about 5 % smaller than gzip -9 (5.3 KB of the app's
// ~112 KB; README, Size). A static host that serves such files as they are (nginx
// `gzip_static on`, Caddy `precompressed gzip`; README, Hosting) sends these bytes instead of
// compressing on the fly, usually at a lower level. Hosts that ignore them lose nothing.
//
// Each copy is checked to unzip to its file byte for byte before it is written: a stale or
// broken .gz would be served in place of the real file. Only release builds get them (zopfli
// takes ~2 s for the release wasm, far longer for a debug build's).
//
//   import { precompress } from './precompress.mjs';
//   await precompress('dist');   // => [{ name, raw, gz }], name relative to the folder

import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import zopfli from '@gfx/zopfli';

/** What gets a .gz copy: text and wasm. Images are compressed already. */
export const PRECOMPRESSED = new Set(['.html', '.js', '.css', '.wasm', '.webmanifest', '.svg']);

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

export async function precompress(dir) {
  const all = [];
  for await (const path of files(dir)) all.push(path);
  // Copies from an earlier run over the same folder go first; they are made again below.
  for (const path of all.filter((p) => p.endsWith('.gz'))) await rm(path);
  const written = [];
  for (const path of all.filter((p) => PRECOMPRESSED.has(extname(p)))) {
    const bytes = await readFile(path);
    const gz = Buffer.from(await zopfli.gzipAsync(bytes, { numiterations: 15 }));
    if (!gunzipSync(gz).equals(bytes)) throw new Error(`precompress: ${path}.gz does not unzip to the file`);
    if (gz.length >= bytes.length) continue;
    await writeFile(`${path}.gz`, gz);
    written.push({ name: relative(dir, path), raw: bytes.length, gz: gz.length });
  }
  return written;
}
