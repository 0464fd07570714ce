// The static server the e2e tests use: MIME types, sub-folder mounting, configurable headers,
// compression as a static host with precompressed copies does (.br when br is accepted, else
// .gz, else gzip -9), and no escaping its root; and scripts/precompress.mjs on a hand-made
// folder: a stale or absent copy is caught. No browser and no build needed:
// this runs in the fast stage, before the build (the build's own copies are checked in
// tests/e2e/precompressed.test.mjs).

import assert from 'node:assert/strict';
import { mkdtemp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { get as httpGet } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { brotliCompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { precompress, verifyPrecompressed } from '../../scripts/precompress.mjs';
import { accepts, startServer } from '../e2e/server.mjs';

let root;

before(async () => {
  root = await mkdtemp(join(tmpdir(), 'e2e-server-'));
  await writeFile(join(root, 'index.html'), '<!doctype html><title>t</title>');
  await writeFile(join(root, 'app_bg.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
  await writeFile(join(root, 'app.js'), 'export {};');
  await writeFile(join(root, 'style.css'), 'body{}');
  await mkdir(join(root, 'sub'));
  await writeFile(join(root, 'sub', 'index.html'), 'sub');
});

after(async () => {
  await rm(root, { recursive: true, force: true });
});

test('serves files with their MIME types', async () => {
  const srv = await startServer({ root });
  try {
    const expect = {
      '': 'text/html; charset=utf-8',
      'index.html': 'text/html; charset=utf-8',
      'app_bg.wasm': 'application/wasm',
      'app.js': 'text/javascript; charset=utf-8',
      'style.css': 'text/css; charset=utf-8',
    };
    for (const [path, type] of Object.entries(expect)) {
      const res = await fetch(new URL(path, srv.url));
      assert.equal(res.status, 200, path);
      assert.equal(res.headers.get('content-type'), type, path);
    }
    const wasm = new Uint8Array(await (await fetch(new URL('app_bg.wasm', srv.url))).arrayBuffer());
    assert.deepEqual([...wasm.slice(0, 4)], [0, 0x61, 0x73, 0x6d]);
    assert.equal(await (await fetch(new URL('sub/', srv.url))).text(), 'sub');
    assert.equal((await fetch(new URL('missing.js', srv.url))).status, 404);
  } finally {
    await srv.close();
  }
});

test('mounts under a sub-folder and sends configured headers', async () => {
  const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";
  const srv = await startServer({
    root,
    basePath: '/a/b/',
    headers: (rel) => (rel.endsWith('.html') ? { 'Content-Security-Policy': csp } : {}),
  });
  try {
    assert.match(srv.url, /^http:\/\/127\.0\.0\.1:\d+\/a\/b\/$/);
    const page = await fetch(srv.url);
    assert.equal(page.status, 200);
    assert.equal(page.headers.get('content-security-policy'), csp);
    const js = await fetch(new URL('app.js', srv.url));
    assert.equal(js.headers.get('content-security-policy'), null);
    assert.equal((await fetch(new URL('/index.html', srv.origin))).status, 404);
    const redirect = await fetch(new URL('/a/b', srv.origin), { redirect: 'manual' });
    assert.equal(redirect.status, 301);
  } finally {
    await srv.close();
  }
});

test('does not serve files outside its root', async () => {
  const srv = await startServer({ root });
  try {
    // fetch() normalises "../", so send the raw, encoded path.
    for (const path of ['/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc%2fpasswd']) {
      const res = await fetch(`${srv.origin}${path}`);
      assert.ok([403, 404].includes(res.status), `${path}: ${res.status}`);
    }
  } finally {
    await srv.close();
  }
});

test('Accept-Encoding: a coding is accepted when named with q > 0 or covered by *', () => {
  assert.ok(accepts('gzip, deflate, br, zstd', 'br'));
  assert.ok(accepts('gzip, deflate, br, zstd', 'gzip'));
  assert.ok(!accepts('gzip, deflate', 'br'));
  assert.ok(accepts('br;q=0.5, gzip;q=1.0', 'br'));
  assert.ok(!accepts('br;q=0, gzip', 'br'));
  assert.ok(!accepts('br; q=0.000', 'br'));
  assert.ok(accepts('*', 'br'));
  assert.ok(!accepts('*, br;q=0', 'br'));
  assert.ok(!accepts('identity', 'gzip'));
  assert.ok(!accepts('', 'gzip'));
  assert.ok(!accepts(undefined, 'gzip'));
  assert.ok(!accepts('gzipx', 'gzip'));
});

test('with gzip, sends the .br copy when br is accepted, else the .gz copy', async () => {
  // Copies that are not what the server would make itself, so the test can tell them apart.
  const gz = gzipSync(Buffer.from('export const made = "by the build (gz)";'), { level: 1 });
  const br = brotliCompressSync(Buffer.from('export const made = "by the build (br)";'));
  await writeFile(join(root, 'app.js.gz'), gz);
  await writeFile(join(root, 'app.js.br'), br);
  const srv = await startServer({ root, gzip: true });
  const gzipOnly = await startServer({ root, gzip: true, brotli: false });
  try {
    const get = (base, path, encoding) =>
      new Promise((ok, fail) => {
        httpGet(new URL(path, base.url), { headers: { 'Accept-Encoding': encoding } }, (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => ok({ headers: res.headers, body: Buffer.concat(chunks) }));
        }).on('error', fail);
      });
    const chromium = await get(srv, 'app.js', 'gzip, deflate, br, zstd');
    assert.equal(chromium.headers['content-encoding'], 'br');
    assert.equal(chromium.headers.vary, 'Accept-Encoding');
    assert.ok(chromium.body.equals(br));
    const noBr = await get(srv, 'app.js', 'gzip, deflate');
    assert.equal(noBr.headers['content-encoding'], 'gzip');
    assert.ok(noBr.body.equals(gz));
    const refused = await get(srv, 'app.js', 'br;q=0, gzip');
    assert.ok(refused.body.equals(gz));
    const hostWithoutBrotli = await get(gzipOnly, 'app.js', 'gzip, deflate, br');
    assert.equal(hostWithoutBrotli.headers['content-encoding'], 'gzip');
    assert.ok(hostWithoutBrotli.body.equals(gz));
    // No .br copy: the .gz rules apply.
    const css = await get(srv, 'style.css', 'br, gzip');
    assert.equal(css.headers['content-encoding'], 'gzip');
    assert.equal(gunzipSync(css.body).toString(), 'body{}');
    const plain = await get(srv, 'app.js', 'identity');
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.body.toString(), 'export {};');
    const log = srv.sent.filter((r) => r.path.endsWith('app.js'));
    assert.deepEqual(log.map((r) => [r.encoding, r.bytes]), [['br', br.length], ['gzip', gz.length], ['gzip', gz.length], [null, 10]]);
  } finally {
    await srv.close();
    await gzipOnly.close();
    await rm(join(root, 'app.js.gz'));
    await rm(join(root, 'app.js.br'));
  }
});

test('a stale, broken, orphaned or absent precompressed copy is caught', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'precompress-'));
  try {
    const text = (n) => `${'a stylesheet, a script and a page that compress well. '.repeat(20)}${n}`;
    await writeFile(join(dir, 'index.html'), text('page'));
    await writeFile(join(dir, 'app.js'), text('script'));
    await writeFile(join(dir, 'app.css'), text('style'));
    await writeFile(join(dir, 'icon.png'), Buffer.alloc(64, 7));
    const written = await precompress(dir);
    assert.deepEqual(written.map((w) => w.name).sort(), ['app.css', 'app.js', 'index.html']);
    for (const w of written) assert.ok(w.br > 0 && w.gz > 0 && w.br < w.raw && w.gz < w.raw, JSON.stringify(w));
    assert.deepEqual(await verifyPrecompressed(dir), []);

    await writeFile(join(dir, 'app.js'), text('script, changed after the copies were made'));
    await rm(join(dir, 'app.css.br'));
    await writeFile(join(dir, 'index.html.gz'), Buffer.from('not gzip'));
    await writeFile(join(dir, 'gone.js.br'), brotliCompressSync(Buffer.from('x')));
    assert.deepEqual(await verifyPrecompressed(dir), [
      'app.css.br: missing',
      'app.js.br: stale, does not decompress to app.js',
      'app.js.gz: stale, does not decompress to app.js',
      'gone.js.br: no gone.js beside it',
      'index.html.gz: does not decompress (gzip)',
    ]);
    // A new run makes them all again from the files.
    await precompress(dir);
    assert.deepEqual(await verifyPrecompressed(dir), []);
    assert.ok(!(await readdir(dir)).includes('gone.js.br'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('sends index.html for an unknown path under the app (a link whose # became %23), 404 for a missing file', async () => {
  const srv = await startServer({ root, basePath: '/a/b/' });
  try {
    for (const path of ['%23v1rAAHroX0an9A5uohaOdl', '%23v1rAAHroX0an9A5uohaOdl.', '%23v1rAAHroX0an9A5uohaOdl%3E', '%23v1rAAHroX0an9A5uohaOdl.js']) {
      const res = await fetch(new URL(path, srv.url));
      assert.equal(res.status, 200, path);
      assert.equal(res.headers.get('content-type'), 'text/html; charset=utf-8', path);
      assert.equal(await res.text(), '<!doctype html><title>t</title>', path);
    }
    assert.equal(await (await fetch(new URL('sub/', srv.url))).text(), 'sub', 'an existing file is still itself');
    for (const path of ['missing.js', 'welkom', 'x%23v1rAAHroX0an9A5uohaOdl']) {
      assert.equal((await fetch(new URL(path, srv.url))).status, 404, path);
    }
    assert.equal((await fetch(new URL('/%23v1rAAHroX0an9A5uohaOdl', srv.origin))).status, 404, 'not outside the app');
  } finally {
    await srv.close();
  }
});
