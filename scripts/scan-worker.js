// The camera's decoder worker (issue 23), a module worker made by scripts/camera.js where the
// browser's BarcodeDetector cannot read QR codes. It runs the Rust decoder (src/bin/qr_decoder.rs,
// its wasm-bindgen glue is an ES module) off the main thread: a decode takes longer than a frame
// of the picture on a slow laptop (docs/performance.md, "The QR decoder").
//
// Messages: it posts { ready: true } once the decoder has loaded, or { error } when it could
// not; then it answers every frame (an ImageBitmap of the picture's centre square, transferred)
// with { texts }: the codes' texts joined by '\n', '' for none. A frame is drawn, read and
// closed at once; nothing of it is kept or sent anywhere.
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

// One canvas, remade only when the frame's size changes (another camera).
let canvas = null;
let context = null;

onmessage = async ({ data: frame }) => {
  let texts = '';
  try {
    const { decode_rgba } = await decoder;
    const { width, height } = frame;
    if (canvas?.width !== width || canvas?.height !== height) {
      canvas = new OffscreenCanvas(width, height);
      context = canvas.getContext('2d', { willReadFrequently: true });
    }
    context.drawImage(frame, 0, 0);
    texts = decode_rgba(context.getImageData(0, 0, width, height).data, width, height, false) ?? '';
  } catch {
    // A frame that cannot be read counts as one without a code; the decoder that did not load
    // has been reported above.
  } finally {
    frame.close();
  }
  postMessage({ texts });
};
