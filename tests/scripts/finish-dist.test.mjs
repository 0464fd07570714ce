// scripts/finish-dist.mjs's lists and loader on hand-made names, without a build: which files the
// service worker caches at install, which it caches once the facilitator's build was fetched
// (the facilitator's build; the camera's module, worker and decoder), and that the loader offers
// the camera only on a page built with it. (The browser tests run the real build's result:
// tests/e2e/offline.test.mjs, tests/e2e/camera-module.test.mjs.)

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cameraList, fillPlaceholders, installLoader, laterList, precacheList } from '../../scripts/finish-dist.mjs';

const NAMES = [
  'index.html',
  'sw.js',
  'csp.txt',
  'manifest.webmanifest',
  'app-0123456789abcdef.css',
  'samenwerkingsscan-0123456789abcdef.js',
  'samenwerkingsscan-0123456789abcdef_bg.wasm',
  'facilitator-0123456789abcdef.js',
  'facilitator-0123456789abcdef.wasm',
  'qr_decoder-0123456789abcdef.js',
  'qr_decoder-0123456789abcdef.wasm',
  'scan-worker-0123456789abcdef.js',
  'camera-0123456789abcdef.js',
  'embed',
  'icon-192.png',
];

test("the participant's files are precached; the facilitator's and the camera's are not", () => {
  assert.deepEqual(precacheList(NAMES), [
    './',
    'app-0123456789abcdef.css',
    'manifest.webmanifest',
    'samenwerkingsscan-0123456789abcdef.js',
    'samenwerkingsscan-0123456789abcdef_bg.wasm',
  ]);
  assert.deepEqual(laterList(NAMES), ['facilitator-0123456789abcdef.js', 'facilitator-0123456789abcdef.wasm']);
  assert.deepEqual(cameraList(NAMES), [
    'camera-0123456789abcdef.js',
    'qr_decoder-0123456789abcdef.js',
    'qr_decoder-0123456789abcdef.wasm',
    'scan-worker-0123456789abcdef.js',
  ]);
  // Only the names the build gives: a camera.js or a map is none of them.
  assert.deepEqual(cameraList(['camera.js', 'camera-0123.js.map', 'scan-worker.js', 'camera-panel-0123456789abcdef.css']), []);
});

const PAGE = `<!doctype html><html><head>
    <script type="application/json" id="rust-app">{"glue":"./samenwerkingsscan-0123456789abcdef.js","wasm":"./samenwerkingsscan-0123456789abcdef_bg.wasm"}</script>
</head><body></body></html>`;
const build = (name) => ({ glue: `./${name}.js`, glueIntegrity: `sha384-${name}-glue`, wasm: `./${name}.wasm`, wasmIntegrity: `sha384-${name}-wasm` });

test('the loader offers the camera module, with its integrity, only on a page built with it', async () => {
  const participant = build('samenwerkingsscan-0123456789abcdef');
  const facilitator = build('facilitator-0123456789abcdef');
  const camera = { glue: './camera-0123456789abcdef.js', glueIntegrity: 'sha384-camera' };
  const withCamera = await installLoader(PAGE, { participant, facilitator, camera, preloadWasm: '' });
  assert.match(withCamera, /samenwerkingsscanCamera/);
  assert.ok(withCamera.includes('./camera-0123456789abcdef.js') && withCamera.includes('sha384-camera'), withCamera);
  const without = await installLoader(PAGE, { participant, facilitator, preloadWasm: '' });
  assert.doesNotMatch(without, /samenwerkingsscanCamera|camera-/);
  // What the camera costs the loader inlined in every page, before compression.
  console.log(`# the loader with the camera: +${withCamera.length - without.length} bytes`);
});

test('placeholders are filled as JSON, and each must stand exactly once', () => {
  const template = "const WORKER = '__WORKER__';\nconst FILES = ['__FILES__'];";
  assert.equal(
    fillPlaceholders(template, 'x.js', { "'__WORKER__'": './scan-worker-ab.js', "['__FILES__']": ['./', 'a$&.js'] }),
    'const WORKER = "./scan-worker-ab.js";\nconst FILES = ["./","a$&.js"];',
  );
  assert.throws(() => fillPlaceholders(template, 'x.js', { "'__LATER__'": [] }), /x\.js must have '__LATER__' once/);
  assert.throws(() => fillPlaceholders(`${template}${template}`, 'x.js', { "'__WORKER__'": '' }), /must have '__WORKER__' once/);
});
