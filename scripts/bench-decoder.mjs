// Decode time of the QR decoder's own wasm (src/bin/qr_decoder.rs, quircs) in headless Chromium,
// as the facilitator's camera panel would use it on a browser without a QR-reading
// BarcodeDetector (issue 23): per frame, the canvas's pixels taken (`getImageData`) and decoded
// (`decode_rgba`: RGBA to grey and the decoder, in the wasm), on the main thread.
//
// The frames are drawn in the page, as a camera would see a phone held up: the app's own codes
// (bench/decoder-codes.json, kept equal to what src/qr.rs draws by tests/scan.rs) on a light
// screen in a dark phone, in front of an unevenly lit room, tilted by a few degrees in the plane
// and in perspective, slightly blurred and with noise; the code with its quiet zone a third of
// the frame's width (a result) or 0.6 of it (a team of 30, a larger code held closer), and
// frames with no code at all (most frames, while the next phone comes). Seeded: the same frames
// every run.
//
// Per frame size (640x480, 1280x720), the whole frame and its centre square (as high as the
// frame, `getImageData` of that square only), at the machine's own CPU speed and with
// Chromium's CPU throttled 4x (CDP Emulation.setCPUThrottlingRate): the least, the median and
// the largest time of the take and of the decode, in ms, and how many frames read back their
// link. On a busy machine the least is nearest to what the work costs. A frame
// of the camera lasts 16.7 ms at 60 Hz: a decode above that on the main thread drops frames of
// the picture, so decode off the main thread or fewer frames a second.
//
//   node scripts/bench-decoder.mjs [--frames 12]    (after make build; about a minute)
//   node scripts/bench-decoder.mjs --smoke          (or SMOKE=1; `make bench-smoke`: one frame of a
//                                                    result, 640x480, CPU 1x: does it still decode?
//                                                    No timing is judged.)

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST, REPO_ROOT, launchBrowser, startApp } from '../tests/e2e/helpers.mjs';

const SMOKE = process.argv.includes('--smoke') || process.env.SMOKE === '1';
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const FRAMES = SMOKE ? 1 : arg('frames', 12);
const SIZES = SMOKE ? [[640, 480]] : [[640, 480], [1280, 720]];
const THROTTLES = SMOKE ? [1] : [1, 4];

const names = await readdir(DIST);
const glue = names.find((n) => /^qr_decoder-[0-9a-f]+\.js$/.test(n));
const wasm = names.find((n) => /^qr_decoder-[0-9a-f]+\.wasm$/.test(n));
if (!glue || !wasm) {
  console.error(`bench-decoder: no qr_decoder-*.js and .wasm in ${DIST}: build first (make build)`);
  process.exit(1);
}
const { codes } = JSON.parse(await readFile(join(REPO_ROOT, 'bench', 'decoder-codes.json'), 'utf8'));
// What is drawn: [label, code index or null for no code, the code's share of the frame width].
const SUBJECTS = SMOKE
  ? [['result', 0, 1 / 3]]
  : [
      ['result', 0, 1 / 3],
      ['team of 30', 1, 0.6],
      ['no code', null, 0],
    ];

/** In the page: load the decoder, draw the frames, time take and decode. */
async function measure(page, { size, subject, frames }) {
  return page.evaluate(
    async ({ glue, wasm, codes, size, subject, frames }) => {
      const decoder = await import(`./${glue}`);
      await decoder.default({ module_or_path: `./${wasm}` });
      const [w, h] = size;
      const [, index, fill] = subject;
      const code = index === null ? null : codes[index];
      // xorshift32, seeded per frame.
      let seed = 1;
      const rand = () => {
        seed ^= seed << 13;
        seed ^= seed >>> 17;
        seed ^= seed << 5;
        return (seed >>> 0) / 4294967296;
      };
      const signed = () => rand() * 2 - 1;
      const canvas = new OffscreenCanvas(w, h);
      const ctx = canvas.getContext('2d', { willReadFrequently: true });
      const modules = code && new OffscreenCanvas(code.size + 8, code.size + 8);
      if (code) {
        const m = modules.getContext('2d');
        m.fillStyle = '#fff';
        m.fillRect(0, 0, code.size + 8, code.size + 8);
        m.fillStyle = '#000';
        code.rows.forEach((row, y) => {
          for (let x = 0; x < code.size; x++) {
            if ((parseInt(row[x >> 2], 16) >> (3 - (x & 3))) & 1) m.fillRect(x + 4, y + 4, 1, 1);
          }
        });
      }
      const draw = (n) => {
        seed = 0x9e3779b9 ^ (n * 2654435761);
        // The room: a gradient and a few objects.
        const g = ctx.createLinearGradient(0, 0, w, h);
        g.addColorStop(0, '#7a756c');
        g.addColorStop(1, '#3c3f45');
        ctx.filter = 'none';
        ctx.setTransform(1, 0, 0, 1, 0, 0);
        ctx.fillStyle = g;
        ctx.fillRect(0, 0, w, h);
        for (let i = 0; i < 10; i++) {
          const v = Math.round(40 + rand() * 170);
          ctx.fillStyle = `rgb(${v},${v},${v})`;
          ctx.fillRect(rand() * w, rand() * h, (0.05 + rand() * 0.25) * w, (0.05 + rand() * 0.25) * h);
        }
        if (code) {
          const side = fill * w;
          const angle = (signed() * 8 * Math.PI) / 180;
          // A slight skew and stretch for the perspective of a phone not quite square to the camera.
          const [sx, sy] = [signed() * 0.05, signed() * 0.05];
          ctx.setTransform(
            Math.cos(angle) * (1 + sx), Math.sin(angle), -Math.sin(angle) + sy, Math.cos(angle),
            w / 2 + signed() * 0.08 * w, h / 2 + signed() * 0.08 * h,
          );
          ctx.filter = 'blur(0.8px)';
          ctx.fillStyle = '#161616'; // the phone
          ctx.fillRect(-0.72 * side, -1.0 * side, 1.44 * side, 2.0 * side);
          ctx.fillStyle = '#ececec'; // its screen
          ctx.fillRect(-0.64 * side, -0.92 * side, 1.28 * side, 1.84 * side);
          ctx.imageSmoothingEnabled = false;
          ctx.drawImage(modules, -side / 2, -side / 2, side, side);
        }
        // Sensor noise.
        ctx.setTransform(1, 0, 0, 1, 0, 0);
        ctx.filter = 'none';
        const img = ctx.getImageData(0, 0, w, h);
        const d = img.data;
        for (let i = 0; i < d.length; i += 4) {
          const n = (rand() + rand() + rand() - 1.5) * 24;
          d[i] = d[i] + n;
          d[i + 1] = d[i + 1] + n;
          d[i + 2] = d[i + 2] + n;
        }
        ctx.putImageData(img, 0, 0);
      };
      const side = Math.min(w, h);
      const regions = {
        full: [0, 0, w, h],
        centre: [(w - side) >> 1, (h - side) >> 1, side, side],
      };
      const out = {};
      for (const [name, [x, y, rw, rh]] of Object.entries(regions)) {
        const take = [];
        const decode = [];
        let read = 0;
        for (let n = 0; n < frames; n++) {
          draw(n);
          const t0 = performance.now();
          const pixels = ctx.getImageData(x, y, rw, rh);
          const t1 = performance.now();
          const text = decoder.decode_rgba(pixels.data, rw, rh);
          const t2 = performance.now();
          take.push(t1 - t0);
          decode.push(t2 - t1);
          if (code ? text === code.url : text === undefined) read++;
        }
        out[name] = { take, decode, read };
      }
      return out;
    },
    { glue, wasm, codes, size, subject, frames },
  );
}

const stats = (ms) => {
  const s = [...ms].sort((a, b) => a - b);
  return { min: s[0], median: s[s.length >> 1], max: s[s.length - 1] };
};
const f1 = (v) => v.toFixed(1).padStart(6);

const server = await startApp();
const browser = await launchBrowser();
let failed = false;
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  // A blank page of the app's origin (the glue and the wasm are imported from it).
  await page.route('**/bench-decoder.html', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench-decoder</title>' }),
  );
  await page.goto(`${server.url}bench-decoder.html`);
  const cdp = await context.newCDPSession(page);
  console.log(`QR decoder ${wasm}, ${FRAMES} frame(s) per row; ms: least / median / most; "read": frames whose link came back`);
  console.log('(for "no code": frames that gave no text)');
  console.log(
    `${'size'.padEnd(10)}${'cpu'.padEnd(5)}${'subject'.padEnd(12)}${'region'.padEnd(8)}${'take'.padStart(22)}${'decode'.padStart(22)}${'read'.padStart(8)}`,
  );
  for (const throttle of THROTTLES) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    for (const size of SIZES) {
      for (const subject of SUBJECTS) {
        const result = await measure(page, { size, subject, frames: FRAMES });
        for (const [region, r] of Object.entries(result)) {
          const take = stats(r.take);
          const decode = stats(r.decode);
          console.log(
            `${`${size[0]}x${size[1]}`.padEnd(10)}${`${throttle}x`.padEnd(5)}${subject[0].padEnd(12)}${region.padEnd(8)}` +
              `${f1(take.min)} /${f1(take.median)} /${f1(take.max)}${f1(decode.min)} /${f1(decode.median)} /${f1(decode.max)}` +
              `${`${r.read}/${FRAMES}`.padStart(8)}`,
          );
          if (SMOKE && r.read !== FRAMES) failed = true;
        }
      }
    }
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
if (failed) {
  console.error('bench-decoder: the decoder did not read the code back');
  process.exit(1);
}
