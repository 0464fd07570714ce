// Writes two precompressed copies next to each text and wasm file of a release build:
// - `<file>.br`, brotli at its highest setting (quality 11, 16 MB window) from Node's own zlib:
//   what every current browser asks for over HTTPS, about 15 % smaller than the gzip copy;
// - `<file>.gz`, made with zopfli: gzip that any browser reads, about 5 % smaller than gzip -9.
// A static host that serves such files as they are (nginx `brotli_static on` + `gzip_static on`,
// Caddy `file_server { precompressed br gzip }`; docs/hosting.md) sends these bytes instead of
// compressing on the fly, usually at a lower level: the .br copy to a browser that accepts br,
// else the .gz copy. Hosts that ignore them lose nothing.
//
// Each copy is checked to decompress to its file byte for byte before it is written, and the
// whole folder again at the end (verifyPrecompressed): a stale or broken copy would be served
// in place of the real file. Only release builds get them (zopfli takes ~2 s for the release
// wasm, far longer for a debug build's).
//
//   import { precompress, verifyPrecompressed } from './precompress.mjs';
//   await precompress('dist');            // => [{ name, raw, gz, br }], name relative to the folder
//   await verifyPrecompressed('dist');    // => [] or a list of problems ("app.js.br: stale", ...)

import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync, gzipSync } from 'node:zlib';
import zopfli from '@gfx/zopfli';

/** What gets precompressed copies: text and wasm. Images are compressed already. */
export const PRECOMPRESSED = new Set(['.html', '.js', '.css', '.wasm', '.webmanifest', '.svg']);

/** The encodings of the copies, their file suffix and how each is undone. */
export const ENCODINGS = [
  { name: 'br', suffix: '.br', decompress: (b) => brotliDecompressSync(b) },
  { name: 'gzip', suffix: '.gz', decompress: (b) => gunzipSync(b) },
];

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

/** Brotli at its highest setting; the text mode for everything but wasm. */
export function brotli(bytes, path = '') {
  return brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS,
      [constants.BROTLI_PARAM_MODE]: path.endsWith('.wasm') ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
}

export async function precompress(dir) {
  const all = [];
  for await (const path of files(dir)) all.push(path);
  // Copies from an earlier run over the same folder go first; they are made again below.
  for (const path of all.filter((p) => ENCODINGS.some((e) => p.endsWith(e.suffix)))) await rm(path);
  const written = [];
  for (const path of all.filter((p) => PRECOMPRESSED.has(extname(p)))) {
    const bytes = await readFile(path);
    const copies = {
      '.gz': Buffer.from(await zopfli.gzipAsync(bytes, { numiterations: 15 })),
      '.br': brotli(bytes, path),
    };
    const row = { name: relative(dir, path), raw: bytes.length };
    for (const { name, suffix, decompress } of ENCODINGS) {
      const copy = copies[suffix];
      if (!decompress(copy).equals(bytes)) throw new Error(`precompress: ${path}${suffix} does not decompress to the file`);
      // A copy no smaller than the file is left out; the host then sends the file.
      if (copy.length >= bytes.length) continue;
      await writeFile(`${path}${suffix}`, copy);
      row[name === 'gzip' ? 'gz' : name] = copy.length;
    }
    written.push(row);
  }
  const problems = await verifyPrecompressed(dir);
  if (problems.length) throw new Error(`precompress: ${problems.join('; ')}`);
  return written;
}

/**
 * Checks the copies in `dir`: each `.br`/`.gz` decompresses to the file beside it (not stale,
 * not broken), none is left without its file, and every text or wasm file has both copies
 * (unless compression did not make it smaller). Returns the problems found, [] when none.
 */
export async function verifyPrecompressed(dir) {
  const problems = [];
  for await (const path of files(dir)) {
    const encoding = ENCODINGS.find((e) => path.endsWith(e.suffix));
    const name = relative(dir, path);
    if (encoding) {
      const original = path.slice(0, -encoding.suffix.length);
      if (!existsSync(original)) {
        problems.push(`${name}: no ${relative(dir, original)} beside it`);
        continue;
      }
      let same = false;
      try {
        same = encoding.decompress(await readFile(path)).equals(await readFile(original));
      } catch {
        problems.push(`${name}: does not decompress (${encoding.name})`);
        continue;
      }
      if (!same) problems.push(`${name}: stale, does not decompress to ${relative(dir, original)}`);
    } else if (PRECOMPRESSED.has(extname(path))) {
      for (const { suffix } of ENCODINGS) {
        if (existsSync(`${path}${suffix}`)) continue;
        // Absent on purpose only when that compression does not make the file smaller.
        const bytes = await readFile(path);
        const smaller = (suffix === '.br' ? brotli(bytes, path) : gzipSync(bytes, { level: 9 })).length < bytes.length;
        if (smaller) problems.push(`${name}${suffix}: missing`);
      }
    }
  }
  return problems.sort();
}
