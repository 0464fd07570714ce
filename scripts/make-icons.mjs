// Draws the app icons (static/icon-192.png, static/icon-512.png) with node alone: two white
// overlapping rings, working together, on the app's blue (#0a5c8c). Full-bleed with the design
// inside the central 80% circle, so the same file serves as a "maskable" icon. Anti-aliased by
// 4x4 supersampling into a 4-colour palette (2 bits a pixel), which keeps the files small (652
// and 1,699 bytes). They are committed; run this again only to change the design.
//
//   node scripts/make-icons.mjs [OUT_DIR]     (default: static/)

import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = process.argv[2] ?? join(ROOT, 'static');

const BLUE = [0x0a, 0x5c, 0x8c];
const WHITE = [0xff, 0xff, 0xff];
const LEVELS = 4; // palette entries: coverage 0/3 .. 3/3 of white over blue
const SAMPLES = 4; // per axis

// Two rings, in units of the icon's size.
const RINGS = [
  { cx: 0.39, cy: 0.5, r: 0.2 },
  { cx: 0.61, cy: 0.5, r: 0.2 },
];
const STROKE = 0.065;

function inside(x, y) {
  return RINGS.some(({ cx, cy, r }) => Math.abs(Math.hypot(x - cx, y - cy) - r) <= STROKE / 2);
}

function crcTable() {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
}
const CRC = crcTable();
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function png(size) {
  // 2-bit palette indices, four pixels a byte, each row led by its filter byte (0 = none).
  const rowBytes = Math.ceil(size / 4);
  const raw = Buffer.alloc((rowBytes + 1) * size);
  for (let y = 0; y < size; y++) {
    const row = y * (rowBytes + 1);
    for (let x = 0; x < size; x++) {
      let hits = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          if (inside((x + (sx + 0.5) / SAMPLES) / size, (y + (sy + 0.5) / SAMPLES) / size)) hits++;
        }
      }
      const level = Math.round((hits / (SAMPLES * SAMPLES)) * (LEVELS - 1));
      raw[row + 1 + (x >> 2)] |= level << (6 - 2 * (x & 3));
    }
  }
  const palette = Buffer.alloc(LEVELS * 3);
  for (let i = 0; i < LEVELS; i++) {
    for (let c = 0; c < 3; c++) {
      palette[i * 3 + c] = Math.round(BLUE[c] + ((WHITE[c] - BLUE[c]) * i) / (LEVELS - 1));
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 2; // bit depth
  ihdr[9] = 3; // colour type: palette
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('PLTE', palette),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(out, { recursive: true });
for (const size of [192, 512]) {
  const file = join(out, `icon-${size}.png`);
  const bytes = png(size);
  writeFileSync(file, bytes);
  console.log(`${file}: ${bytes.length} bytes`);
}
