// The facilitator's camera (issue 23) with Chromium's fake camera playing a film of phones held
// up one at a time (./film.mjs: the app's own codes, tilted, noisy, a blank moment between
// phones; participant 3 twice; a foreign code, the invitation, a team link). One browser plays
// the film to every page; each page's camera starts it from its first frame.
//
// - the film: all 12 counted, each once; the duplicate, the foreign code, the invitation and
//   the team link each said; the paste box's message and undo there, the team link's question
//   under it, what was typed in it kept; after 2 minutes without a code (Playwright's clock)
//   the camera is off and starts again on its button; closed, the track has ended, and opened
//   again it starts. Prints how long after a phone appeared it was counted ("camera film: ...").
// - the BarcodeDetector path (a stub over jsQR, as Chromium on Linux has none): codes counted,
//   the wasm decoder and its worker never fetched; the camera unplugged (its track ends): said,
//   and it starts again on its button.
// - permission refused (the real prompt, dismissed headless): its message, the paste works.
// - a second camera (listed by a stub): choosing it starts it; the sound, off by default, once
//   ticked gives one tone for each code.
// - no camera, the camera in use, a page without https (getUserMedia and isSecureContext
//   stubbed): each its message, and the paste box works.
// - in a partner's embed (another origin): the iframe allows the camera and a code counts.
// axe on the open panel at 360 px and desktop, in Dutch and English, spread over those pages.

import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import jsQR from 'jsqr';
import {
  CHROMIUM_ARGS,
  REPO_ROOT,
  assertNoErrors,
  expectNoAxeViolations,
  launchBrowser,
  newPage,
  screenshot,
  startApp,
  waitForApp,
  waitForHtmlLang,
} from './helpers.mjs';
import { makeHostDir, widget } from './embedding.mjs';
import { startServer } from './server.mjs';
import { SHOWN_TWICE, filmCodes, readFrameRgba, writeFilm } from './film.mjs';
import { CAMERA, UI } from './labels.mjs';

// The paste box's sentence after one code, its undo, and a team link's question and answer
// (src/i18n/paste.rs).
const PASTED_ONE = { nl: '1 uitkomst toegevoegd', en: '1 result added' };
const UNDO = { nl: 'Laatste plakactie ongedaan maken', en: 'Undo the last paste' };
const TEAM_QUESTION = { nl: 'In wat je plakte staat een teamlink. Is dat het team van deze sessie, of een eerdere meting om mee te vergelijken?' };
const THIS_SESSION = { nl: 'Voeg toe aan deze sessie' };
const PARTICIPANTS = { nl: (n) => (n === 1 ? '1 deelnemer' : `${n} deelnemers`), en: (n) => (n === 1 ? '1 participant' : `${n} participants`) };

let browser;
let server;
let dir;
let film;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'camera-film-'));
  const started = performance.now();
  film = writeFilm(join(dir, 'film.y4m'));
  const written = performance.now() - started;
  // The film itself first: each phone reads with jsQR on at least 2 of its 3 middle frames, so
  // a failure further on is the app's, not the film's.
  for (const showing of film.timeline) {
    const read = [-1, 0, 1].filter((d) => {
      const { data, width, height } = readFrameRgba(film.path, showing.middle + d);
      return jsQR(data, width, height)?.data === showing.url;
    });
    assert.ok(read.length >= 2, `the film's frames of ${showing.name} read: ${read.length} of 3`);
  }
  console.log(
    `camera film: ${film.width}x${film.height}, ${film.fps} fps, ${film.frames} frames, ${film.seconds} s, ` +
      `${(film.bytes / 1e6).toFixed(1)} MB, written in ${(written / 1000).toFixed(1)} s`,
  );
  browser = await launchBrowser({
    // No --use-fake-ui-for-media-stream: the permission is the context's (granted or not).
    args: [...CHROMIUM_ARGS, '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${film.path}`],
  });
  server = await startApp();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/**
 * Records, in the page, every stream getUserMedia gave (window.__streams: { stream, at }) and
 * from when, and (once `recordPanel` ran) each confirmation the panel showed with the count and
 * what stood under the paste box then (window.__said: { text, at, count, outcome }) and each
 * count (window.__counts: { count, at }), with the page's performance.now(). Each confirmation lasts only until the next code, so it is caught as it
 * comes.
 */
function recordStreams() {
  window.__streams = [];
  const media = navigator.mediaDevices;
  if (!media?.getUserMedia) return;
  const getUserMedia = media.getUserMedia.bind(media);
  media.getUserMedia = async (constraints) => {
    const stream = await getUserMedia(constraints);
    window.__streams.push({ stream, at: performance.now() });
    return stream;
  };
}

async function recordPanel(page) {
  await page.evaluate(() => {
    window.__said = [];
    window.__counts = [];
    const seen = new WeakSet();
    let count = null;
    const look = () => {
      const number = document.querySelector('.camera-number')?.textContent ?? null;
      if (number !== null && number !== count) {
        count = number;
        window.__counts.push({ count: Number(number), at: performance.now() });
      }
      // A new span for each code (keyed by the code's number).
      const said = document.querySelector('.camera-said > span');
      if (said && !seen.has(said)) {
        seen.add(said);
        // What stands under the paste box then (rendered with the confirmation).
        const outcome = document.querySelector('.paste-outcome')?.textContent ?? '';
        window.__said.push({ text: said.textContent, at: performance.now(), count: Number(number), outcome });
      }
    };
    new MutationObserver(look).observe(document.body, { childList: true, subtree: true, characterData: true });
    look();
  });
}

/** Tracks of the streams getUserMedia gave, by state. */
const tracks = (page) =>
  page.evaluate(() => {
    const all = window.__streams.flatMap(({ stream }) => stream.getTracks());
    return { live: all.filter((t) => t.readyState === 'live').length, ended: all.filter((t) => t.readyState === 'ended').length };
  });

const countIs = (page, n, timeout) =>
  page.locator('.camera-number').filter({ hasText: new RegExp(`^${n}$`) }).waitFor({ timeout });

/** The panel's status line, announced as a status, once it says `text`. */
const statusSays = (page, text, timeout) =>
  page.locator('section.camera-panel').getByRole('status').filter({ hasText: text }).waitFor({ timeout });

/**
 * With the camera off for `status`: a result pasted is collected and counted in the panel, and
 * the panel still says why the camera is off.
 */
async function pasteStillCounts(page, lang, status) {
  const [one] = filmCodes().filter((c) => c.kind === 'result');
  await page.fill('#paste', one.url);
  await page.getByRole('button', { name: UI.ADD_PASTED[lang], exact: true }).click();
  await page.locator('.collect-status').getByText(PARTICIPANTS[lang](1), { exact: true }).waitFor();
  await countIs(page, 1);
  await statusSays(page, status);
}

/**
 * Waits until the camera runs again after a restart: the `n`th stream is live, the panel's
 * status line is empty (live), and a phone of the film (from its start again) was said to be
 * in already. Fails with what the page shows otherwise.
 */
async function cameraRunsAgain(page, n) {
  const since = await page.evaluate(() => performance.now());
  await page
    .waitForFunction(
      ({ n, since, text }) =>
        window.__streams.length === n &&
        window.__streams[n - 1].stream.getVideoTracks()[0].readyState === 'live' &&
        document.querySelector('.camera-status')?.textContent === '' &&
        window.__said.some((s) => s.text === text && s.at > since),
      { n, since, text: CAMERA.ALREADY_RECEIVED.nl },
      { timeout: 20_000 },
    )
    .catch(async (error) => {
      const seen = await page.evaluate(() => ({
        streams: window.__streams.map(({ stream, at }) => ({ at, state: stream.getVideoTracks()[0].readyState })),
        status: document.querySelector('.camera-status')?.textContent,
        said: window.__said.slice(-3),
        now: performance.now(),
      }));
      assert.fail(`${error.message}\nthe camera's run ${n}: ${JSON.stringify(seen)}`);
    });
}

async function openFacilitator(page, lang) {
  if (lang === 'en') {
    await page.getByRole('button', { name: UI.OTHER_LANGUAGE.nl, exact: true }).click();
    await waitForHtmlLang(page, 'en');
  }
  await page.getByRole('button', { name: UI.FACILITATE[lang], exact: true }).click();
  await page.locator('#paste').waitFor();
}

const seconds = (ms) => (ms / 1000).toFixed(1);

describe('the camera reads the film of phones (nl, desktop; then 360 px)', () => {
  test('12 counted once each; the duplicate, a foreign code, the invitation, a team link said; the paste box kept; off when idle, on again, closed', async () => {
    const { page, errors, close } = await newPage(browser, 'desktop', { contextOptions: { permissions: ['camera'] } });
    try {
      // The panel's idle timer is a setTimeout: the clock fast-forwards it later. Until then
      // the clock runs as the real one.
      await page.clock.install();
      await page.addInitScript(recordStreams);
      const requested = [];
      page.on('request', (request) => requested.push(request.url()));
      await page.goto(server.url, { waitUntil: 'load' });
      await waitForApp(page);
      await openFacilitator(page, 'nl');
      await page.fill('#paste', 'half getypt, nog niet toegevoegd');
      await recordPanel(page);
      const pressed = await page.evaluate(() => performance.now());
      await page.getByRole('button', { name: CAMERA.OPEN.nl, exact: true }).click();
      await page.locator('section.camera-panel h3#camera-heading').waitFor();

      // All 12 in the film's first pass (the 12th appears at 29.8 s; the film loops at 66.6 s,
      // so a busy machine has half a minute more, and a phone missed in the first pass fails
      // below, where each code is said once).
      await countIs(page, 12, film.seconds * 1000).catch(async (error) => {
        const seen = await page.evaluate(() => ({ said: window.__said, counts: window.__counts, streams: window.__streams.map((s) => s.at) }));
        assert.fail(`${error.message}\nwhat the panel said and counted: ${JSON.stringify(seen)}`);
      });
      await page.locator('section.camera-panel').evaluate((panel) => panel.scrollIntoView({ block: 'start' }));
      await screenshot(page, 'camera-panel-desktop', { fullPage: false });
      // The team link comes last.
      await page.waitForFunction((text) => window.__said.some((s) => s.text === text), CAMERA.TEAM_LINK.nl, { timeout: 30_000 });
      const { said, counts, start } = await page.evaluate(() => ({ said: window.__said, counts: window.__counts, start: window.__streams[0].at }));
      const filmTime = (at) => (at - start) / 1000;
      const texts = said.map((s) => s.text);
      const times = (text) => texts.filter((t) => t === text).length;
      assert.equal(times(CAMERA.RECEIVED.nl), 12, `each participant said once: ${texts}`);
      assert.equal(times(CAMERA.NOT_OURS.nl), 1, `the foreign code: ${texts}`);
      assert.equal(times(CAMERA.INVITATION.nl), 1, `the invitation: ${texts}`);
      assert.equal(times(CAMERA.TEAM_LINK.nl), 1, `the team link: ${texts}`);
      assert.equal(times(CAMERA.ALREADY_RECEIVED.nl), 1, `only participant 3's second showing is already in: ${texts}`);
      assert.equal(texts.length, 16, `nothing else said: ${texts}`);
      // Participant 3's second showing, in the film's first pass (not a loop's repeat).
      const twice = film.timeline.findLast((s) => s.name === SHOWN_TWICE);
      const again = filmTime(said.find((s) => s.text === CAMERA.ALREADY_RECEIVED.nl).at);
      assert.ok(again >= twice.from && again < film.seconds, `"al ontvangen" at ${again} s, the second showing from ${twice.from} s`);
      assert.deepEqual(
        counts.map((c) => c.count),
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        'counted one by one, nothing else',
      );
      // Each code went the paste's way: under the paste box the last one's sentence and undo,
      // still there after the duplicate, the foreign code and the invitation.
      for (const s of said.filter((s) => s.count === 12 && s.text !== CAMERA.TEAM_LINK.nl)) {
        assert.ok(s.outcome.includes(PASTED_ONE.nl) && s.outcome.includes(UNDO.nl), `under the paste box at "${s.text}": ${s.outcome}`);
      }

      // The figures for the README: from a phone's first appearance in the film to its count.
      const firsts = film.timeline.filter((s) => s.kind === 'result' && s !== twice);
      const latencies = counts.slice(1).map((c) => {
        const t = filmTime(c.at) % film.seconds;
        const showing = firsts.findLast((s) => s.from <= t);
        return t - showing.from;
      });
      const sorted = [...latencies].sort((a, b) => a - b);
      console.log(
        `camera film: counted after ${latencies.map((l) => l.toFixed(2)).join(', ')} s ` +
          `(min ${sorted[0].toFixed(2)}, median ${((sorted[5] + sorted[6]) / 2).toFixed(2)}, max ${sorted[11].toFixed(2)}); ` +
          `12 collected ${seconds(counts[12].at - start)} s after the camera started ` +
          `(the 12th phone appeared at ${firsts[11].from} s); the camera started ${seconds(start - pressed)} s after its button`,
      );

      // The team link asks the paste's question; what was typed in the paste box is still there.
      await page.locator('.paste-outcome').getByText(TEAM_QUESTION.nl).waitFor();
      assert.equal(await page.locator('#paste').inputValue(), 'half getypt, nog niet toegevoegd');
      await page.locator('.collect-status').getByText(PARTICIPANTS.nl(12), { exact: true }).waitFor();
      assert.deepEqual(await tracks(page), { live: 1, ended: 0 });
      assert.ok(await page.locator('video.camera-video').evaluate((v) => v.srcObject !== null), 'the picture plays');
      // Chromium on Linux has no BarcodeDetector: the app's own decoder read the film.
      for (const file of [/\/scan-worker-[^/]*\.js$/, /\/qr_decoder-[^/]*\.wasm$/]) {
        assert.ok(requested.some((url) => file.test(url)), `${file} was fetched`);
      }
      await expectNoAxeViolations(page, 'camera panel, desktop, nl');
      await page.setViewportSize({ width: 360, height: 740 });
      await expectNoAxeViolations(page, 'camera panel, 360 px, nl');
      await page.setViewportSize({ width: 1280, height: 800 });
      // Answered "this session": its 6 join the 12.
      await page.getByRole('button', { name: THIS_SESSION.nl, exact: true }).click();
      await countIs(page, 18);

      // Two minutes and a bit without a new code: the camera is off, and says so.
      await page.clock.fastForward('02:01');
      await statusSays(page, CAMERA.IDLE.nl);
      assert.deepEqual(await tracks(page), { live: 0, ended: 1 }, 'the track stopped');
      assert.equal(await page.locator('video.camera-video').evaluate((v) => v.srcObject), null);
      // Its button starts it again: a new stream, and the film's first phone (counted before)
      // is read again.
      await page.getByRole('button', { name: CAMERA.RESTART.nl, exact: true }).click();
      await cameraRunsAgain(page, 2);
      assert.equal(await page.getByRole('button', { name: CAMERA.RESTART.nl, exact: true }).count(), 0);
      // Closed: every track ended, the panel gone, the focus back on its button.
      const closeCamera = async () => {
        await page.getByRole('button', { name: CAMERA.CLOSE.nl, exact: true }).click();
        await page.locator('section.camera-panel').waitFor({ state: 'detached' });
        await page.waitForFunction(() => window.__streams.every(({ stream }) => stream.getTracks().every((t) => t.readyState === 'ended')));
        await page.waitForFunction((name) => document.activeElement?.textContent === name, CAMERA.OPEN.nl);
      };
      await closeCamera();
      await page.locator('.collect-status').getByText(PARTICIPANTS.nl(18), { exact: true }).waitFor();
      // Opened again in the same page (the camera module is loaded by now): it starts.
      await page.getByRole('button', { name: CAMERA.OPEN.nl, exact: true }).click();
      await cameraRunsAgain(page, 3);
      await closeCamera();
      assertNoErrors(errors, 'camera film');
    } finally {
      await close();
    }
  });
});

describe("the browser's BarcodeDetector where it reads QR codes (en, 360 px)", () => {
  test('a stub over jsQR reads the codes; the wasm decoder is never fetched', async () => {
    const { page, errors, close } = await newPage(browser, 'phone', { contextOptions: { permissions: ['camera'] } });
    try {
      await page.addInitScript({ content: await readFile(join(REPO_ROOT, 'node_modules', 'jsqr', 'dist', 'jsQR.js'), 'utf8') });
      // Chromium on Linux has no BarcodeDetector: this one reads the video with jsQR.
      await page.addInitScript(() => {
        window.__detected = 0;
        window.BarcodeDetector = class {
          static async getSupportedFormats() {
            return ['qr_code'];
          }
          async detect(video) {
            const [w, h] = [video.videoWidth, video.videoHeight];
            if (!w || !h) return [];
            this.canvas ??= document.createElement('canvas');
            Object.assign(this.canvas, { width: w, height: h });
            const context = this.canvas.getContext('2d', { willReadFrequently: true });
            context.drawImage(video, 0, 0);
            const code = window.jsQR(context.getImageData(0, 0, w, h).data, w, h);
            window.__detected += 1;
            return code ? [{ rawValue: code.data, format: 'qr_code' }] : [];
          }
        };
      });
      const requested = [];
      page.on('request', (request) => requested.push(request.url()));
      await page.goto(server.url, { waitUntil: 'load' });
      await waitForApp(page);
      await openFacilitator(page, 'en');
      await recordPanel(page);
      await page.getByRole('button', { name: CAMERA.OPEN.en, exact: true }).click();
      await countIs(page, 3, 30_000);
      await page.locator('.camera-said').getByText(CAMERA.RECEIVED.en, { exact: true }).waitFor();
      await page.locator('section.camera-panel').evaluate((panel) => panel.scrollIntoView({ block: 'start' }));
      await screenshot(page, 'camera-panel-phone', { fullPage: false });
      await expectNoAxeViolations(page, 'camera panel, 360 px, en');
      assert.ok((await page.evaluate(() => window.__detected)) > 0, 'the BarcodeDetector read the frames');
      assert.ok(requested.some((url) => /\/camera-[^/]*\.js$/.test(url)), 'the camera module was loaded');
      const decoder = requested.filter((url) => /qr_decoder|scan-worker/.test(url));
      assert.deepEqual(decoder, [], 'no decoder fetched');

      // The camera unplugged (its track ends; a fake camera cannot be unplugged, so the event is
      // dispatched): the panel says so instead of showing a still picture as live, and the
      // camera starts again with its button, reading the film's first phone again.
      await page.locator('video.camera-video').evaluate((video) => video.srcObject.getVideoTracks()[0].dispatchEvent(new Event('ended')));
      await statusSays(page, CAMERA.LOST.en);
      await screenshot(page, 'camera-lost-phone', { fullPage: false });
      assert.equal(await page.locator('video.camera-video').evaluate((video) => video.srcObject), null, 'the picture is gone');
      await countIs(page, 3);
      await page.getByRole('button', { name: CAMERA.RESTART.en, exact: true }).click();
      await page.locator('.camera-said').getByText(CAMERA.ALREADY_RECEIVED.en, { exact: true }).waitFor({ timeout: 20_000 });
      assert.equal(await page.locator('.camera-status').textContent(), '', 'live again');
      await countIs(page, 3);
      await page.getByRole('button', { name: CAMERA.CLOSE.en, exact: true }).click();
      await page.locator('section.camera-panel').waitFor({ state: 'detached' });
      assertNoErrors(errors, 'BarcodeDetector');
    } finally {
      await close();
    }
  });
});

describe('permission refused (en, desktop)', () => {
  test('the message, the button to try again, and the paste box still works', async () => {
    // No camera permission and no fake prompt: headless Chromium dismisses the prompt, and
    // getUserMedia rejects with NotAllowedError, as when the facilitator says no.
    const { page, errors, close } = await newPage(browser, 'desktop');
    try {
      await page.goto(server.url, { waitUntil: 'load' });
      await waitForApp(page);
      await openFacilitator(page, 'en');
      await page.getByRole('button', { name: CAMERA.OPEN.en, exact: true }).click();
      await statusSays(page, CAMERA.REFUSED.en);
      await page.getByRole('button', { name: CAMERA.RESTART.en, exact: true }).waitFor();
      await expectNoAxeViolations(page, 'camera refused, desktop, en');
      await pasteStillCounts(page, 'en', CAMERA.REFUSED.en);
      assertNoErrors(errors, 'refused');
    } finally {
      await close();
    }
  });
});

describe('a second camera, and the sound (en, desktop)', () => {
  test('the choice starts the camera chosen; with the sound on, each code beeps once', async () => {
    const { page, errors, close } = await newPage(browser, 'desktop', { contextOptions: { permissions: ['camera'] } });
    try {
      // Chromium has one fake camera: a second is listed, and asking for it gives the fake
      // camera's picture under the second one's id. Every getUserMedia's video constraints
      // and every tone started are recorded.
      await page.addInitScript(() => {
        const SECOND = 'second-camera';
        const media = navigator.mediaDevices;
        const enumerate = media.enumerateDevices.bind(media);
        media.enumerateDevices = async () => {
          const devices = await enumerate();
          return [...devices, { deviceId: SECOND, kind: 'videoinput', label: 'Second camera', groupId: '' }];
        };
        const getUserMedia = media.getUserMedia.bind(media);
        window.__asked = [];
        media.getUserMedia = async (constraints) => {
          const wanted = constraints.video?.deviceId?.exact ?? '';
          window.__asked.push(wanted);
          const stream = await getUserMedia(wanted === SECOND ? { ...constraints, video: { width: constraints.video.width } } : constraints);
          if (wanted === SECOND) {
            const [track] = stream.getVideoTracks();
            const settings = track.getSettings.bind(track);
            track.getSettings = () => ({ ...settings(), deviceId: SECOND });
          }
          window.__stream = stream;
          return stream;
        };
        window.__beeps = 0;
        const start = OscillatorNode.prototype.start;
        OscillatorNode.prototype.start = function (...args) {
          window.__beeps += 1;
          return start.apply(this, args);
        };
      });
      await page.goto(server.url, { waitUntil: 'load' });
      await waitForApp(page);
      await openFacilitator(page, 'en');
      await recordPanel(page);
      await page.getByRole('button', { name: CAMERA.OPEN.en, exact: true }).click();
      const choice = page.locator('section.camera-panel').getByLabel(CAMERA.CHOICE.en, { exact: true });
      await choice.waitFor();
      const offered = await choice.locator('option').allTextContents();
      assert.equal(offered.length, 2, `both cameras offered: ${offered}`);
      assert.equal(offered[1], 'Second camera');
      const first = await page.evaluate(() => window.__stream.getVideoTracks()[0].getSettings().deviceId);
      assert.equal(await choice.inputValue(), first, 'the camera in use is the one selected');

      // Off by default: a code read makes no sound.
      await countIs(page, 1, 30_000);
      assert.equal(await page.evaluate(() => window.__beeps), 0, 'no sound unless asked for');
      // When the sound went on (in the page, as the box is ticked), and the codes said since.
      await page.evaluate(() =>
        document.addEventListener('change', () => (window.__soundOn ??= performance.now()), { capture: true, once: true }),
      );
      // Read together, so that no code comes between the two.
      const tonesAndCodes = () =>
        page.evaluate(() => ({ tones: window.__beeps, codes: window.__said.filter((s) => s.at > window.__soundOn).length }));
      await page.getByRole('checkbox', { name: CAMERA.SOUND.en, exact: true }).check();
      await page.waitForFunction(() => window.__said.some((s) => s.at > window.__soundOn), null, { timeout: 30_000 });
      const soundOn = await tonesAndCodes();
      assert.equal(soundOn.tones, soundOn.codes, `a tone for each code said since the sound went on: ${JSON.stringify(soundOn)}`);

      // The second camera chosen: the first camera's track ends, the second is asked for by its
      // id, and it reads (the film from its start: the first phone again, already received).
      const firstTrack = await page.evaluateHandle(() => window.__stream.getVideoTracks()[0]);
      await choice.selectOption('second-camera');
      await page.locator('.camera-said').getByText(CAMERA.ALREADY_RECEIVED.en, { exact: true }).waitFor({ timeout: 20_000 });
      assert.equal(await firstTrack.evaluate((t) => t.readyState), 'ended', 'the first camera is off');
      assert.equal(await page.evaluate(() => window.__asked.at(-1)), 'second-camera');
      assert.equal(await choice.inputValue(), 'second-camera', 'the second camera is selected');
      const later = await tonesAndCodes();
      assert.ok(later.tones >= 2, `${later.tones} tones`);
      assert.equal(later.tones, later.codes, `one tone for each code said: ${JSON.stringify(later)}`);
      await expectNoAxeViolations(page, 'camera choice, desktop, en');
      assertNoErrors(errors, 'camera choice and sound');
    } finally {
      await close();
    }
  });
});

describe('no camera, the camera in use, not https (nl, 360 px)', () => {
  test("each says why, with the button to try again, and the paste box still works", async () => {
    const { page, errors, close } = await newPage(browser, 'phone', { contextOptions: { permissions: ['camera'] } });
    try {
      // getUserMedia fails as a laptop without a camera, then one whose camera another program
      // holds, makes it fail (the names Chromium gives); then the page is made an insecure one.
      await page.addInitScript(() => {
        window.__failures = ['NotFoundError', 'NotReadableError'];
        navigator.mediaDevices.getUserMedia = async () => {
          throw new DOMException('the test says no', window.__failures.shift() ?? 'NotReadableError');
        };
        window.__insecure = false;
        Object.defineProperty(window, 'isSecureContext', { get: () => !window.__insecure, configurable: true });
      });
      await page.goto(server.url, { waitUntil: 'load' });
      await waitForApp(page);
      await openFacilitator(page, 'nl');
      await page.fill('#paste', 'half getypt');
      await page.getByRole('button', { name: CAMERA.OPEN.nl, exact: true }).click();
      await statusSays(page, CAMERA.NO_CAMERA.nl);
      await expectNoAxeViolations(page, 'no camera, 360 px, nl');
      await page.getByRole('button', { name: CAMERA.RESTART.nl, exact: true }).click();
      await statusSays(page, CAMERA.IN_USE.nl);
      await page.evaluate(() => (window.__insecure = true));
      await page.getByRole('button', { name: CAMERA.RESTART.nl, exact: true }).click();
      await statusSays(page, CAMERA.INSECURE.nl);
      await page.getByRole('button', { name: CAMERA.RESTART.nl, exact: true }).waitFor();
      // What was typed is still there, and a paste still counts.
      assert.equal(await page.locator('#paste').inputValue(), 'half getypt');
      await pasteStillCounts(page, 'nl', CAMERA.INSECURE.nl);
      assertNoErrors(errors, 'no camera, in use, insecure');
    } finally {
      await close();
    }
  });
});

describe("in a partner's page on another origin (nl, desktop)", () => {
  test('the iframe allows the camera, and a code held up inside it counts', async () => {
    const hostDir = await makeHostDir(server.url);
    const host = await startServer({ root: hostDir, basePath: '/' });
    const { page, errors, close } = await newPage(browser, 'desktop', { contextOptions: { permissions: ['camera'] } });
    try {
      await page.goto(`${host.url}demo.html`, { waitUntil: 'load' });
      const { element, frame } = await widget(page);
      const allow = (await element.getAttribute('allow')) ?? '';
      assert.ok(allow.split(';').map((s) => s.trim()).includes('camera'), `allow="${allow}"`);
      await frame.getByRole('button', { name: UI.FACILITATE.nl, exact: true }).click();
      await frame.getByRole('button', { name: CAMERA.OPEN.nl, exact: true }).click();
      await frame.locator('.camera-number').filter({ hasText: /^1$/ }).waitFor({ timeout: 30_000 });
      await frame.getByRole('button', { name: CAMERA.CLOSE.nl, exact: true }).click();
      await frame.locator('section.camera-panel').waitFor({ state: 'detached' });
      assertNoErrors(errors, 'embed');
    } finally {
      await close();
      await host.close();
      await rm(hostDir, { recursive: true, force: true });
    }
  });
});
