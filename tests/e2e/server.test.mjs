// The static server the e2e tests use: MIME types, sub-folder mounting, configurable headers,
// gzip (the build's .gz copies first), and no escaping its root; and the build's .gz copies
// themselves. No browser needed.

import assert from 'node:assert/strict';
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { get as httpGet } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { gunzipSync, gzipSync } from 'node:zlib';
import { PRECOMPRESSED } from '../../scripts/precompress.mjs';
import { DIST } from './helpers.mjs';
import { startServer } from './server.mjs';

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

test('with gzip, sends a file\'s .gz copy as it is, or gzip -9 without one', async () => {
  // A copy that is not what gzip -9 would make of the file, so the test can tell them apart.
  const copy = gzipSync(Buffer.from('export const made = "by the build";'), { level: 1 });
  await writeFile(join(root, 'app.js.gz'), copy);
  const srv = await startServer({ root, gzip: true });
  try {
    const get = (path, encoding) =>
      new Promise((ok, fail) => {
        httpGet(new URL(path, srv.url), { headers: { 'Accept-Encoding': encoding } }, (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => ok({ headers: res.headers, body: Buffer.concat(chunks) }));
        }).on('error', fail);
      });
    const precompressed = await get('app.js', 'gzip, deflate');
    assert.equal(precompressed.headers['content-encoding'], 'gzip');
    assert.equal(precompressed.headers.vary, 'Accept-Encoding');
    assert.ok(precompressed.body.equals(copy));
    const onTheFly = await get('style.css', 'gzip');
    assert.equal(onTheFly.headers['content-encoding'], 'gzip');
    assert.equal(gunzipSync(onTheFly.body).toString(), 'body{}');
    const plain = await get('app.js', 'identity');
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.body.toString(), 'export {};');
  } finally {
    await srv.close();
    await rm(join(root, 'app.js.gz'));
  }
});

test('every .gz copy of the build unzips to its file, and every text file has one', async () => {
  // A stale copy would be sent in place of the real file by a host with gzip_static.
  const names = await readdir(DIST, { recursive: true });
  const copies = names.filter((n) => n.endsWith('.gz'));
  for (const name of copies) {
    const original = await readFile(join(DIST, name.slice(0, -3)));
    assert.ok(gunzipSync(await readFile(join(DIST, name))).equals(original), name);
  }
  const text = names.filter((n) => PRECOMPRESSED.has(extname(n)));
  assert.ok(text.length >= 7, `dist/ has only ${text.length} text files: build first`);
  assert.deepEqual(text.filter((n) => !copies.includes(`${n}.gz`)), []);
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
