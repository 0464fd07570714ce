// The camera e2e's film: phones held up to a laptop's camera one at a time, written as a Y4M
// file that Chromium's fake camera plays (--use-fake-device-for-media-stream
// --use-file-for-fake-video-capture=FILE.y4m). Pure JS, no image package: each phone is drawn
// by mapping every pixel of the frame back onto the code (an inverse perspective map), the way
// tests/common/frames.rs draws the native decoder tests' frames.
//
//   const film = writeFilm('/tmp/film.y4m');
//   film.timeline  // [{ name, kind, url, from, to }]: when each code is in view, in seconds
//                  // from the film's start
//
// The codes are the app's own (tests/e2e/fixtures/film-codes.json, kept by tests/film_codes.rs).
// The film: a blank moment, then each phone for `show` seconds with a blank moment (the empty
// room, noise only) between phones: participants 1-7, the foreign code, participants 8-12,
// participant 3 again, the workshop's invitation and a team link; then a long blank, longer
// than the test waits once the last phone was shown, because Chromium plays the file in a loop.
//
// Why 400x300 at 5 frames a second: Y4M is raw (180 KB a frame here), and a minute of film
// must stay under ~60 MB (here 333 frames, 59.9 MB) and be written in a few seconds. A
// result's code is version 6 (41 modules, 49 with the quiet zone), the team link's version 8
// (49, 57 with it), each drawn 240 px wide with its quiet zone: 4.9 and 4.2 px a module, a
// phone held close to the camera. Measured on this film (noise as below): jsQR reads a tilted
// version 6 code on 37 of 40 frames at 3.1 px a module and on 40 of 40 from 3.6; the app's
// decoder (src/scan.rs) missed one phone of the 14 on every frame at 4.1 px a module (200 px;
// also without noise) and another at 3.7, and reads every phone, the team link too, at 240 px.
// Five frames a second give 8 frames a phone, more than the app reads (a few a second).

import { closeSync, openSync, readFileSync, readSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));

/** The film's shape. Times in seconds. */
export const FILM = {
  width: 400,
  height: 300,
  fps: 5,
  /** A blank moment before the first phone: the camera is starting. */
  lead: 1.0,
  /** How long each phone is held up. */
  show: 1.6,
  /** The blank moment between two phones. */
  gap: 0.8,
  /** The blank after the last phone: longer than the test waits after it (the file loops). */
  tail: 28,
  /** The code's side, its quiet zone included, in pixels. */
  codeSide: 240,
  /**
   * The camera's noise: uniform in ±noise luma steps per pixel and frame (deviation 5.8).
   * Not Gaussian: jsQR (the throwaway check and the BarcodeDetector stub) takes an 8x8 block
   * with a range under 24 steps as flat, and the tails of Gaussian noise of the same deviation
   * cross that in the white and speckle it (measured: 16 of 40 frames read, against 40 of 40).
   */
  noise: 10,
};

/** The codes of tests/e2e/fixtures/film-codes.json, each with `dark(x, y)`. */
export function filmCodes() {
  const { codes } = JSON.parse(readFileSync(join(HERE, 'fixtures', 'film-codes.json'), 'utf8'));
  return codes.map((c) => {
    const bits = c.rows.map((row) => [...row].flatMap((h) => [8, 4, 2, 1].map((b) => (parseInt(h, 16) & b) !== 0)));
    return { ...c, dark: (x, y) => bits[y][x] };
  });
}

/**
 * The film's order: participants 1-7, the foreign code, participants 8-12, participant 3 a
 * second time (after all the others), the invitation, and a team link (version 3) last.
 */
export function filmOrder(codes = filmCodes()) {
  const p = (i) => codes.find((c) => c.name === `participant ${i}`);
  const kind = (k) => codes.find((c) => c.kind === k);
  return [1, 2, 3, 4, 5, 6, 7].map(p).concat([kind('foreign')], [8, 9, 10, 11, 12].map(p), [p(3), kind('invitation'), kind('team')]);
}

/** The participant shown twice. */
export const SHOWN_TWICE = 'participant 3';

// --- A small seeded PRNG (SplitMix32-like), so the film is the same on every run. ---
function rng(seed) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return ((z ^ (z >>> 16)) >>> 0) / 4294967296;
  };
  return {
    unit: next,
    signed: () => next() * 2 - 1,
  };
}

// --- Projective maps (as tests/common/frames.rs). ---

/** The projective map of the unit square onto `q` (corners clockwise from (0,0)). */
function squareToQuad(q) {
  const [[x0, y0], [x1, y1], [x2, y2], [x3, y3]] = q;
  const [dx1, dx2, dx3] = [x1 - x2, x3 - x2, x0 - x1 + x2 - x3];
  const [dy1, dy2, dy3] = [y1 - y2, y3 - y2, y0 - y1 + y2 - y3];
  const det = dx1 * dy2 - dx2 * dy1;
  const g = (dx3 * dy2 - dx2 * dy3) / det;
  const h = (dx1 * dy3 - dx3 * dy1) / det;
  return [
    [x1 - x0 + g * x1, x3 - x0 + h * x3, x0],
    [y1 - y0 + g * y1, y3 - y0 + h * y3, y0],
    [g, h, 1],
  ];
}

/** The adjugate: the inverse of a projective map (its scale does not matter). */
function invert(m) {
  const c = (r0, c0, r1, c1) => m[r0][c0] * m[r1][c1] - m[r0][c1] * m[r1][c0];
  return [
    [c(1, 1, 2, 2), -c(0, 1, 2, 2), c(0, 1, 1, 2)],
    [-c(1, 0, 2, 2), c(0, 0, 2, 2), -c(0, 0, 1, 2)],
    [c(1, 0, 2, 1), -c(0, 0, 2, 1), c(0, 0, 1, 1)],
  ];
}

// --- Drawing. ---

/** The empty room: a grey wall lit from the left, a few darker and lighter shapes. */
function room(width, height, seed) {
  const r = rng(seed);
  const shapes = Array.from({ length: 6 }, () => [
    r.unit() * width,
    r.unit() * height,
    (0.05 + r.unit() * 0.2) * width,
    (0.05 + r.unit() * 0.2) * height,
    70 + r.unit() * 80,
  ]);
  return (x, y) => {
    let v = 120 + 30 * (x / width) - 20 * (y / height);
    for (const [cx, cy, w, h, shade] of shapes) {
      if (Math.abs(x - cx) < w / 2 && Math.abs(y - cy) < h / 2) v = shade;
    }
    return v;
  };
}

/**
 * One phone held up in front of the room, as luma (0-255, Float32Array, row by row), without
 * the camera's noise: the code with its quiet zone on the phone's white screen, the dark body
 * around it, tilted by up to 4 degrees and a few percent in perspective, a little off centre.
 * `code` null: the empty room.
 */
export function drawScene(code, seed, { width = FILM.width, height = FILM.height, codeSide = FILM.codeSide } = {}) {
  const background = room(width, height, 0x500 + seed);
  const out = new Float32Array(width * height);
  const r = rng(seed);
  const angle = (r.signed() * 4 * Math.PI) / 180;
  const [kx, ky] = [r.signed() * 0.04, r.signed() * 0.04];
  const centre = [width / 2 + r.signed() * 0.04 * width, height / 2 + r.signed() * 0.04 * height];
  const [sin, cos] = [Math.sin(angle), Math.cos(angle)];
  const corner = (u, v) => {
    // u, v in -1..1; the right edge is longer with kx > 0, the bottom one with ky > 0.
    const [x, y] = [(u * (1 + ky * v) * codeSide) / 2, (v * (1 + kx * u) * codeSide) / 2];
    return [centre[0] + x * cos - y * sin, centre[1] + x * sin + y * cos];
  };
  const m = invert(squareToQuad([corner(-1, -1), corner(1, -1), corner(1, 1), corner(-1, 1)]));
  const n = code ? code.size + 8 : 1;
  const sample = (x, y) => {
    if (!code) return background(x, y);
    const d = m[2][0] * x + m[2][1] * y + m[2][2];
    const u = (m[0][0] * x + m[0][1] * y + m[0][2]) / d;
    const v = (m[1][0] * x + m[1][1] * y + m[1][2]) / d;
    // The phone: a white screen around the code (the app's page), a dark body around that.
    const [du, dv] = [Math.abs(u - 0.5), Math.abs(v - 0.5)];
    if (du > 0.66 || dv > 1.1) return background(x, y);
    if (du > 0.6 || dv > 1.02) return 25;
    const [mx, my] = [Math.floor(u * n) - 4, Math.floor(v * n) - 4];
    const dark = mx >= 0 && my >= 0 && mx < code.size && my < code.size && code.dark(mx, my);
    // A screen is not evenly bright either.
    return dark ? 32 : 212 + 20 * Math.min(Math.max(u, 0), 1) - 12 * Math.min(Math.max(v, 0), 1);
  };
  // 2x2 samples a pixel: edges are grey, as a camera sees them.
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const s = sample(x + 0.25, y + 0.25) + sample(x + 0.75, y + 0.25) + sample(x + 0.25, y + 0.75) + sample(x + 0.75, y + 0.75);
      // The room's light falls off towards the corners.
      const [dx, dy] = [x / width - 0.5, y / height - 0.5];
      out[y * width + x] = (s / 4) * (1 - 0.5 * (dx * dx + dy * dy));
    }
  }
  return out;
}

/**
 * Writes the film to `path` and returns what is in it: its shape, its size in bytes, and the
 * timeline, { name, kind, url, from, to } per showing in seconds from the film's start (the
 * first frame), plus the frame in the middle of each showing (`middle`).
 */
export function writeFilm(path, { order = filmOrder(), ...shape } = {}) {
  const f = { ...FILM, ...shape };
  const { width, height, fps } = f;
  const frameOf = (seconds) => Math.round(seconds * fps);
  // What each frame shows: the index of a scene (0 = the room), by frame.
  const scenes = [drawScene(null, 0, f)];
  const timeline = [];
  const plan = [];
  let t = f.lead;
  plan.push(...Array(frameOf(t)).fill(0));
  order.forEach((code, i) => {
    scenes.push(drawScene(code, i + 1, f));
    const [from, to] = [frameOf(t), frameOf(t + f.show)];
    plan.push(...Array(to - from).fill(scenes.length - 1));
    timeline.push({ name: code.name, kind: code.kind, url: code.url, from: from / fps, to: to / fps, middle: Math.floor((from + to) / 2) });
    t += f.show;
    const blank = i === order.length - 1 ? f.tail : f.gap;
    plan.push(...Array(frameOf(t + blank) - frameOf(t)).fill(0));
    t += blank;
  });

  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`);
  const luma = width * height;
  const chroma = (width / 2) * (height / 2);
  const frame = Buffer.alloc(6 + luma + 2 * chroma);
  frame.write('FRAME\n', 0, 'ascii');
  // Grey: no colour.
  frame.fill(128, 6 + luma);
  const noise = rng(0xf11a);
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, header);
    for (const scene of plan) {
      const image = scenes[scene];
      for (let i = 0; i < luma; i++) {
        const v = image[i] + noise.signed() * f.noise;
        frame[6 + i] = v < 0 ? 0 : v > 255 ? 255 : v;
      }
      writeSync(fd, frame);
    }
  } finally {
    closeSync(fd);
  }
  return {
    path,
    width,
    height,
    fps,
    frames: plan.length,
    seconds: plan.length / fps,
    bytes: header.length + plan.length * frame.length,
    timeline,
  };
}

/** The luma of frame `index` of a Y4M file written by writeFilm, as RGBA (for jsQR). */
export function readFrameRgba(path, index) {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(128);
    readSync(fd, head, 0, 128, 0);
    const line = head.toString('latin1').split('\n')[0];
    const width = Number(/ W(\d+)/.exec(line)[1]);
    const height = Number(/ H(\d+)/.exec(line)[1]);
    const frameBytes = 6 + (width * height * 3) / 2;
    const y = Buffer.alloc(width * height);
    readSync(fd, y, 0, y.length, line.length + 1 + index * frameBytes + 6);
    const rgba = new Uint8ClampedArray(width * height * 4);
    for (let i = 0; i < y.length; i++) {
      rgba.set([y[i], y[i], y[i], 255], i * 4);
    }
    return { width, height, data: rgba };
  } finally {
    closeSync(fd);
  }
}
