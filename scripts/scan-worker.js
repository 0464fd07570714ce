// The camera's decoder worker (issue 23), a module worker made by scripts/camera.js where the
// browser's BarcodeDetector cannot read QR codes. It runs the Rust decoder (src/bin/qr_decoder.rs,
// its wasm-bindgen glue is an ES module) off the main thread: a decode takes longer than a frame
// of the picture on a slow laptop (docs/performance.md, "The QR decoder").
//
// Messages: it posts { ready: true } once the decoder has loaded, or { error } when it could
// not; then it answers every frame (a VideoFrame of the picture, or where the browser has none
// an ImageBitmap of its centre square; transferred) with { texts }: the codes' texts joined by
// '\n', '' for none. A frame is read and closed at once; nothing of it is kept or sent anywhere.
//
// scripts/post-build.mjs fills in the decoder's file names and its wasm's integrity (so this
// file's name, a hash of its content, changes with the decoder's), and minifies it.

const GLUE = '__DECODER_GLUE__';
const WASM = '__DECODER_WASM__';
const WASM_INTEGRITY = '__DECODER_WASM_INTEGRITY__';

// Both relative to this file. The wasm with its integrity, as the page's loader fetches the app's
// (a worker has no modulepreload for the glue: its name, a hash of its content, pairs it).
// Without an OffscreenCanvas (Safari before 16.4) no frame could be read: said at once, so the
// panel says the camera could not start instead of reading nothing.
const decoder = (typeof OffscreenCanvas === 'function' ? import(GLUE) : Promise.reject(new Error('no OffscreenCanvas'))).then(
  async (glue) => {
    await glue.default({ module_or_path: fetch(WASM, { integrity: WASM_INTEGRITY }) });
    return glue;
  },
);

decoder.then(
  () => postMessage({ ready: true }),
  (error) => postMessage({ error: String(error?.message ?? error) }),
);

// Formats whose first plane is the picture's brightness (Y), which the decoder reads as it is.
const LUMA_FIRST = /^(I4[24][024]A?|NV12)$/;

// One canvas, remade only when the frame's size changes (another camera).
let canvas = null;
let context = null;

/** The pixels of `frame`'s square (x, y, side), RGBA, drawn on the canvas. */
function drawn(frame, x, y, side) {
  if (canvas?.width !== side) {
    canvas = new OffscreenCanvas(side, side);
    context = canvas.getContext('2d', { willReadFrequently: true });
  }
  context.drawImage(frame, x, y, side, side, 0, 0, side, side);
  return context.getImageData(0, 0, side, side).data;
}

/** The texts of the codes in `frame` ('' for none): its centre square, where a phone is held up. */
async function read(frame, { decode, decode_rgba }) {
  if (!(typeof VideoFrame === 'function' && frame instanceof VideoFrame)) {
    // An ImageBitmap: the main thread has cropped it already.
    return decode_rgba(drawn(frame, 0, 0, frame.width), frame.width, frame.width) ?? '';
  }
  const { x, y, width, height } = frame.visibleRect;
  // Even, because the colour planes of most camera formats have half the resolution.
  const side = Math.min(width, height) & ~1;
  const rect = { x: (x + ((width - side) >> 1)) & ~1, y: (y + ((height - side) >> 1)) & ~1, width: side, height: side };
  if (LUMA_FIRST.test(frame.format)) {
    // The brightness plane alone, copied out of the frame: no colour conversion, no canvas.
    let pixels = null;
    try {
      pixels = new Uint8Array(frame.allocationSize({ rect }));
      await frame.copyTo(pixels, { rect });
    } catch {
      pixels = null; // a browser that cannot copy this part out: drawn below instead
    }
    if (pixels) return decode(pixels.subarray(0, side * side), side, side) ?? '';
  }
  // Any other format (RGBA from a GPU, say): drawn as the browser converts it.
  return decode_rgba(drawn(frame, rect.x - x, rect.y - y, side), side, side) ?? '';
}

onmessage = async ({ data: frame }) => {
  let texts = '';
  try {
    texts = await read(frame, await decoder);
  } catch {
    // A frame that cannot be read counts as one without a code; the decoder that did not load
    // has been reported above.
  } finally {
    frame.close();
  }
  postMessage({ texts });
};
