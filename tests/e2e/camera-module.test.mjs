// The camera module (scripts/camera.js, issue 23) on its own, in Chromium with a fake camera that
// films one of the app's own result codes, on the app's page under its strict CSP: the loader's
// samenwerkingsscanCamera() loads it; start() plays the picture and reads the code with the
// Rust decoder in the worker (Chromium on Linux has no BarcodeDetector); stop() turns the camera
// off and ends the loop; nothing of the camera is fetched before start(). The panel and the
// whole film are tests/e2e/camera.test.mjs.

import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { CHROMIUM_ARGS, REPO_ROOT, assertNoErrors, launchBrowser, newPage, startApp, waitForApp } from './helpers.mjs';
import { appCsp, assertNoViolations, recordViolationsAndEvents } from './embedding.mjs';

const CAMERA_FILES = /\/(camera|scan-worker|qr_decoder)-[0-9a-f]+\.(js|wasm)$/;

/**
 * A Y4M film of `frames` equal frames, W x H, grey: `code` (bench/decoder-codes.json's
 * { size, rows }) drawn black on white at `scale` pixels a module with its quiet zone, centred.
 */
function y4m(code, { width = 320, height = 240, scale = 4, frames = 3 } = {}) {
  const luma = Buffer.alloc(width * height, 0x40); // a dim room around the phone's screen
  const side = (code.size + 8) * scale;
  const [left, top] = [(width - side) >> 1, (height - side) >> 1];
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const [mx, my] = [Math.floor(x / scale) - 4, Math.floor(y / scale) - 4];
      const dark = mx >= 0 && my >= 0 && mx < code.size && my < code.size && (parseInt(code.rows[my][mx >> 2], 16) >> (3 - (mx & 3))) & 1;
      luma[(top + y) * width + left + x] = dark ? 0x10 : 0xf0;
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 0x80);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  return Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F5:1 Ip A1:1 C420jpeg\n`), ...Array(frames).fill(frame)]);
}

let browser;
let server;
let dir;
let code;

before(async () => {
  ({ codes: [code] } = JSON.parse(await readFile(join(REPO_ROOT, 'bench', 'decoder-codes.json'), 'utf8')));
  assert.equal(code.name, 'result');
  dir = await mkdtemp(join(tmpdir(), 'camera-module-'));
  const film = join(dir, 'code.y4m');
  await writeFile(film, y4m(code));
  browser = await launchBrowser({
    args: [...CHROMIUM_ARGS, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${film}`],
  });
  // Under the app's own policy, as served (docs/hosting.md): the worker, its decoder and the
  // picture need nothing more.
  const csp = await appCsp();
  server = await startApp({ headers: () => ({ 'Content-Security-Policy': csp }) });
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('the camera module: loaded on demand, reads the code in the worker, stops', async () => {
  // Without the service worker, so the test's route reaches the decoder's request.
  const { context, page, errors, close } = await newPage(browser, 'desktop', { contextOptions: { serviceWorkers: 'block' } });
  try {
    await context.grantPermissions(['camera'], { origin: server.origin });
    await recordViolationsAndEvents(page);
    // The module's loop runs on setTimeout, so the test's clock can stop time to show that
    // nothing is left running after stop().
    await page.clock.install();
    const fetched = [];
    page.on('request', (r) => {
      if (CAMERA_FILES.test(r.url())) fetched.push(new URL(r.url()).pathname);
    });
    const workers = [];
    page.on('worker', (w) => workers.push(w));
    await page.goto(server.url);
    await waitForApp(page);
    assert.deepEqual(fetched, [], 'nothing of the camera is fetched with the page');

    const loaded = await page.evaluate(async () => {
      const camera = await window.samenwerkingsscanCamera();
      const again = await window.samenwerkingsscanCamera();
      window.camera = camera;
      camera.beep(); // never throws, with or without a sound
      return { once: camera === again, exports: Object.keys(camera).sort(), problem: camera.problem() };
    });
    assert.ok(loaded.once, 'loaded once: the same module namespace twice');
    assert.deepEqual(loaded.exports, ['beep', 'problem', 'start', 'stop']);
    assert.equal(loaded.problem, '', 'http://127.0.0.1 is a secure context');
    assert.deepEqual(fetched.map((p) => p.replace(/-[0-9a-f]+\./, '-*.')), ['/camera-*.js'], 'the worker and decoder only with start()');

    const started = await page.evaluate(async () => {
      const video = document.createElement('video');
      document.body.append(video);
      window.texts = [];
      window.video = video;
      const info = await window.camera.start(video, '', (texts) => window.texts.push(texts));
      return { info, paused: video.paused, width: video.videoWidth };
    });
    assert.equal(started.info.decoder, 'wasm', 'no BarcodeDetector on Linux: the worker');
    assert.equal(typeof started.info.deviceId, 'string');
    assert.ok(started.info.deviceId.length > 0, 'the device in use');
    assert.ok(['user', 'environment', ''].includes(started.info.facing), started.info.facing);
    assert.ok(started.info.devices.length >= 1, JSON.stringify(started.info.devices));
    assert.ok(started.info.devices.some((d) => d.id === started.info.deviceId), 'the device in use is one of the list');
    assert.equal(started.paused, false, 'the picture plays');
    assert.equal(started.width, 320);
    assert.equal(workers.length, 1, 'one worker');

    // The film's code, read in the worker, handed to onFrame.
    await page.waitForFunction((url) => window.texts.includes(url), code.url);
    assert.ok(
      await page.evaluate((url) => window.texts.every((t) => t === url || t === ''), code.url),
      'onFrame gets the code or nothing',
    );
    const names = fetched.map((p) => p.split('/').pop().replace(/-[0-9a-f]+\./, '-*.'));
    assert.deepEqual([...new Set(names)].sort(), ['camera-*.js', 'qr_decoder-*.js', 'qr_decoder-*.wasm', 'scan-worker-*.js']);

    // Without VideoFrame (Safari before 16.4, Firefox before 130) the main thread sends the
    // centre square as an ImageBitmap, and the worker reads that: started again, the same code.
    await page.evaluate(() => {
      window.VideoFrame = undefined;
      window.texts = [];
      return window.camera.start(window.video, '', (texts) => window.texts.push(texts));
    });
    await page.waitForFunction((url) => window.texts.includes(url), code.url);
    assert.equal(workers.length, 2, 'the first run\'s worker ended, a new one reads');

    // Stop: the time stands still first, so whatever stop() left running would show below.
    await page.clock.pauseAt(Date.now() + 1000);
    const closed = new Promise((done) => workers[1].once('close', done));
    const stopped = await page.evaluate(() => {
      const [track] = window.video.srcObject.getVideoTracks();
      window.camera.stop();
      window.camera.stop(); // idempotent
      window.seen = window.texts.length;
      return { track: track.readyState, source: window.video.srcObject };
    });
    assert.deepEqual(stopped, { track: 'ended', source: null }, 'the camera is off');
    await closed; // the worker is terminated
    // Ten seconds of the module's timers: a loop still running would read (an empty picture)
    // and call onFrame.
    await page.clock.runFor(10_000);
    assert.equal(await page.evaluate(() => window.texts.length - window.seen), 0, 'no onFrame after stop()');

    // Start and stop in any order: every stream that arrives is stopped unless its run is the
    // current one. (Each getUserMedia's stream recorded, in the order of the calls.)
    const races = await page.evaluate(async () => {
      const { camera, video } = window;
      const streams = (window.streams = []);
      const getUserMedia = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
      navigator.mediaDevices.getUserMedia = async (constraints) => {
        const call = streams.push(null) - 1;
        streams[call] = await getUserMedia(constraints);
        return streams[call];
      };
      const outcome = (started) => started.then(() => 'playing', (error) => error.name);
      // stop() while the permission is being asked: that stream is stopped when it comes.
      const stopped = outcome(camera.start(video, '', () => {}));
      camera.stop();
      // A second start() while the first is pending: the first ends, the second plays.
      const first = outcome(camera.start(video, '', () => {}));
      const second = outcome(camera.start(video, '', () => {}));
      const outcomes = [await stopped, await first, await second];
      const states = streams.map((s) => s.getVideoTracks()[0].readyState);
      const shown = video.srcObject === streams[2];
      camera.stop();
      return { outcomes, states, shown, after: streams[2].getVideoTracks()[0].readyState, source: video.srcObject };
    });
    assert.deepEqual(races.outcomes, ['AbortError', 'AbortError', 'playing']);
    assert.deepEqual(races.states, ['ended', 'ended', 'live'], 'only the current run keeps its camera');
    assert.ok(races.shown, "the video shows the current run's stream");
    assert.deepEqual([races.after, races.source], ['ended', null]);

    // The camera unplugged while it runs (its track ends; dispatched here, as a fake camera
    // cannot be unplugged): the run ends and says so once, through onEnd, and reads no more.
    const unplugged = await page.evaluate(async () => {
      const { camera, video } = window;
      const ends = [];
      let frames = 0;
      await camera.start(video, '', () => (frames += 1), (name) => ends.push(name));
      const [track] = video.srcObject.getVideoTracks();
      track.dispatchEvent(new Event('ended'));
      track.dispatchEvent(new Event('ended'));
      window.unplugged = { ends, frames: () => frames };
      return { ends: [...ends], track: track.readyState, source: video.srcObject };
    });
    assert.deepEqual(unplugged, { ends: ['CameraEnded'], track: 'ended', source: null });
    await page.clock.runFor(2_000);
    assert.deepEqual(
      await page.evaluate(() => ({ ends: window.unplugged.ends, frames: window.unplugged.frames() })),
      { ends: ['CameraEnded'], frames: 0 },
      'no frame read after the camera ended, and no second onEnd',
    );
    // stop() never calls onEnd.
    const stoppedQuietly = await page.evaluate(async () => {
      const ends = [];
      await window.camera.start(window.video, '', () => {}, (name) => ends.push(name));
      window.camera.stop();
      return ends;
    });
    assert.deepEqual(stoppedQuietly, []);

    // A decoder that cannot load: start() rejects with DecoderError, and the camera is off.
    await page.route(/\/qr_decoder-[0-9a-f]+\.wasm$/, (route) => route.abort());
    const broken = await page.evaluate(async () => {
      const { camera, video } = window;
      const name = await camera.start(video, '', () => {}).then(() => 'playing', (error) => error.name);
      return { name, source: video.srcObject, track: window.streams.at(-1).getVideoTracks()[0].readyState };
    });
    assert.deepEqual(broken, { name: 'DecoderError', source: null, track: 'ended' });

    // In an iframe that does not allow the camera (a partner's own iframe; embed.js's allows
    // it), Chromium says so before asking.
    const blocked = await page.evaluate(async () => {
      const frame = Object.assign(document.createElement('iframe'), { src: `${location.href}?embedded`, allow: "camera 'none'" });
      const loaded = new Promise((done) => frame.addEventListener('load', done, { once: true }));
      document.body.append(frame);
      await loaded;
      const camera = await frame.contentWindow.samenwerkingsscanCamera();
      const video = frame.contentDocument.createElement('video');
      const name = await camera.start(video, '', () => {}).then(() => 'playing', (error) => error.name);
      return { problem: camera.problem(), name };
    });
    assert.deepEqual(blocked, { problem: 'blocked', name: 'Blocked' });

    await assertNoViolations(page, 'the camera module');
    assertNoErrors(errors.filter((e) => !/qr_decoder-[0-9a-f]+\.wasm/.test(e)));
  } finally {
    await close();
  }
});
