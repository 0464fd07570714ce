// A small static file server for the e2e tests: serves a built dist/ on 127.0.0.1 with correct
// MIME types (application/wasm included), no dependencies, no rewrites (like a plain static host)
// but one fallback: index.html for an unknown path whose last segment starts with %23.
//
//   import { startServer } from './server.mjs';
//   const srv = await startServer({ root: 'dist', basePath: '/sub/folder/', headers: {...} });
//   srv.url  // 'http://127.0.0.1:PORT/sub/folder/'
//   await srv.close();
//
// As a command: `node tests/e2e/server.mjs [dist] [port]` (port 0 or none: a free one).
//
// `headers` is an object of extra response headers, or a function (relPath, defaultHeaders) =>
// object, e.g. to send a Content-Security-Policy on HTML only.
//
// `gzip: true` (off by default) serves text and wasm compressed as a production static host does
// with the build's precompressed copies (scripts/precompress.mjs; nginx `brotli_static on` +
// `gzip_static on`, Caddy `file_server { precompressed br gzip }`): the `<file>.br` copy when the
// request accepts br and there is one; else, when it accepts gzip, the `<file>.gz` copy, or
// gzip -9 made here without one; else the file as it is. `brotli: false` leaves the .br copies
// out (a host with gzip only). The benchmark (scripts/bench.mjs) uses both.
//
// `sent` lists every response: { path, status, encoding ('br', 'gzip' or null), bytes (body) }.

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants as zlibConstants, gzipSync } from 'node:zlib';

export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.pdf': 'application/pdf',
};

/** Extensions that `gzip: true` compresses (images and fonts are compressed already). */
export const GZIP_EXTENSIONS = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.webmanifest', '.map', '.svg', '.txt', '.xml', '.ico']);

/**
 * Whether an Accept-Encoding header accepts `coding`: named with q > 0, or covered by `*` with
 * q > 0 and not named with q=0 (RFC 9110, 12.5.3). `identity`-only and absent headers accept
 * nothing compressed.
 */
export function accepts(header, coding) {
  let star = 0;
  for (const part of String(header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const qParam = params.map((x) => x.trim()).find((x) => x.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (name === coding) return q > 0;
    if (name === '*') star = q;
  }
  return star > 0;
}

/**
 * Starts serving `root` and resolves once listening.
 * @param {object} [opts]
 * @param {string} [opts.root='dist'] directory to serve
 * @param {number} [opts.port=0] 0 picks a free port
 * @param {string} [opts.host='127.0.0.1']
 * @param {string} [opts.basePath='/'] URL prefix the app is mounted under (tests "any folder")
 * @param {object|function} [opts.headers] extra headers, or (relPath, defaults) => headers
 * @param {boolean} [opts.gzip=false] compress as a static host with precompressed copies does (.br, .gz, else gzip -9)
 * @param {boolean} [opts.brotli=opts.gzip] with gzip: send the .br copies to requests that accept br
 * @returns {Promise<{url: string, origin: string, port: number, requests: string[], sent: object[], close: () => Promise<void>}>}
 */
export async function startServer(opts = {}) {
  const root = resolve(opts.root ?? 'dist');
  const host = opts.host ?? '127.0.0.1';
  let basePath = opts.basePath ?? '/';
  if (!basePath.startsWith('/')) basePath = `/${basePath}`;
  if (!basePath.endsWith('/')) basePath = `${basePath}/`;
  const extraHeaders = opts.headers ?? {};
  const requests = [];
  const sent = [];
  const brotli = opts.brotli ?? Boolean(opts.gzip);

  const st = await stat(root).catch(() => null);
  if (!st?.isDirectory()) {
    throw new Error(`static server: ${root} is not a directory (run 'make build' first)`);
  }

  const server = createServer(async (req, res) => {
    const send = (status, body, headers = {}) => {
      sent.push({ path: req.url, status, encoding: null, bytes: Buffer.byteLength(body) });
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    try {
      requests.push(req.url);
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        return send(405, 'method not allowed', { Allow: 'GET, HEAD' });
      }
      const { pathname } = new URL(req.url, 'http://localhost');
      if (pathname === basePath.slice(0, -1)) {
        return send(301, '', { Location: basePath });
      }
      if (!pathname.startsWith(basePath)) return send(404, 'not found');
      let rel = decodeURIComponent(pathname.slice(basePath.length));
      if (rel === '' || rel.endsWith('/')) rel += 'index.html';
      let file = normalize(join(root, rel));
      if (file !== root && !file.startsWith(root + sep)) return send(403, 'forbidden');
      let fst = await stat(file).catch(() => null);
      // index.html for an unknown path under the app whose last segment starts with %23: a
      // link whose '#' a mail program turned into '%23' (docs/hosting.md's nginx example sends
      // index.html for it too, with try_files). Other unknown paths stay 404.
      const last = pathname.slice(pathname.lastIndexOf('/') + 1);
      if (!fst && last.startsWith('%23')) {
        rel = 'index.html';
        file = join(root, rel);
        fst = await stat(file).catch(() => null);
      }
      if (!fst?.isFile()) return send(404, 'not found');
      let body = await readFile(file);
      const ext = extname(file).toLowerCase();
      const defaults = {
        'Content-Type': MIME_TYPES[ext] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      };
      let encoding = null;
      if (opts.gzip && GZIP_EXTENSIONS.has(ext)) {
        defaults.Vary = 'Accept-Encoding';
        const accept = req.headers['accept-encoding'];
        // The build's own .br copy (as brotli_static), else its .gz copy (as gzip_static), else
        // gzip -9 here (as gzip on).
        const br = brotli && accepts(accept, 'br') ? await readFile(`${file}.br`).catch(() => null) : null;
        if (br) {
          body = br;
          encoding = 'br';
        } else if (accepts(accept, 'gzip')) {
          const precompressed = await readFile(`${file}.gz`).catch(() => null);
          body = precompressed ?? gzipSync(body, { level: zlibConstants.Z_BEST_COMPRESSION });
          encoding = 'gzip';
        }
        if (encoding) defaults['Content-Encoding'] = encoding;
      }
      defaults['Content-Length'] = String(body.length);
      const extra = typeof extraHeaders === 'function' ? extraHeaders(rel, defaults) ?? {} : extraHeaders;
      sent.push({ path: req.url, status: 200, encoding, bytes: body.length });
      res.writeHead(200, { ...defaults, ...extra });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (err) {
      send(500, `internal error: ${err?.message ?? err}`);
    }
  });

  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port ?? 0, host, ok);
  });
  const { port } = server.address();
  const origin = `http://${host}:${port}`;
  return {
    url: `${origin}${basePath}`,
    origin,
    port,
    requests,
    sent,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}

// Command-line use: node tests/e2e/server.mjs [root] [port]
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [root = 'dist', port = '0'] = process.argv.slice(2);
  const srv = await startServer({ root, port: Number(port) });
  console.log(`serving ${resolve(root)} at ${srv.url} (Ctrl-C to stop)`);
}
