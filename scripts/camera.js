// The facilitator's camera (issue 23): getUserMedia into the panel's <video>, and a few reads a
// second of the QR codes in it, until stop(). The Rust panel (src/platform/camera.rs) binds to
// this module's four exports; their contract is docs/build.md's "The camera module" and the
// issue's contract, section 1.
//
// Why JS and not Rust: the facilitator's page must stay as it was before the camera is opened
// (its size budget has a few KB left). The loader (scripts/loader.js) imports this module only
// when the panel asks for it, with its integrity; it imports nothing at load itself.
//
// Decoding: the browser's BarcodeDetector where it reads QR codes (it decodes off the main
// thread itself); elsewhere the Rust decoder (src/bin/qr_decoder.rs) in a module worker
// (scripts/scan-worker.js), because a decode on the main thread of a slow laptop takes longer
// than a frame of the picture (docs/performance.md, "The QR decoder"); taking the frame's pixels
// is done there too. The worker is only created here, so the decoder is only fetched where it is
// needed.
//
// scripts/post-build.mjs fills in WORKER (the worker's file name, named by its content), minifies
// this file and names it by its content (`camera-<hash>.js`). Frames never leave the device and
// are never kept: each is handed to the decoder and dropped.

const WORKER = '__WORKER__';

// A few reads a second: the next frame this long after the last answer (one frame in flight at
// most). setTimeout rather than requestVideoFrameCallback, so a test's clock can drive or stop it.
const PAUSE_MS = 120;

/** The current run ({ active, stream, ... }), or null. One at a time: start() ends the last. */
let run = null;
let audio = null;

const failure = (name, message = name) => Object.assign(new Error(message), { name });

/**
 * '' when the camera can be tried; 'insecure' when getUserMedia cannot work here (not https);
 * 'blocked' when the page's permissions policy forbids the camera: an embed whose iframe does
 * not allow it (embed/embed.js does; a partner's own iframe may not). Only Chromium says so
 * beforehand; elsewhere getUserMedia fails with NotAllowedError then.
 */
export function problem() {
  if (!window.isSecureContext || !navigator.mediaDevices?.getUserMedia) return 'insecure';
  const policy = document.permissionsPolicy ?? document.featurePolicy;
  return policy && !policy.allowsFeature('camera') ? 'blocked' : '';
}

/**
 * Starts the camera into `video` and calls onFrame(texts) after every frame read ('' for none)
 * until stop(). Resolves, once the picture plays, to { deviceId, facing, decoder, devices };
 * rejects with an Error named after getUserMedia's error, or InsecureContext, Blocked,
 * DecoderError, CameraEnded, or AbortError when stop() (or another start()) came first.
 * A run that ends by itself after it started (the camera unplugged or taken by the system:
 * CameraEnded; a decoder that failed twice: DecoderError) calls onEnd(name) once; stop() never
 * does.
 */
export function start(video, deviceId, onFrame, onEnd = () => {}) {
  stop();
  const current = { active: true, video, onFrame, onEnd, stream: null, timer: 0, reader: null, started: false, lost: '' };
  run = current;
  return begin(current, deviceId).catch((error) => {
    // Ended before it played (stop(), another start(), the track gone): whatever failed then
    // failed because of that.
    const ended = !current.active;
    end(current);
    if (current.lost) throw failure(current.lost);
    if (ended) throw failure('AbortError', 'stopped');
    // getUserMedia's error as it came, old Chrome names too: the panel's reducer reads every
    // name it has a message for (src/state/camera.rs, CameraOff::from_error_name).
    throw error;
  });
}

/** Stops the tracks (the light goes off), the loop and the worker; clears video.srcObject. */
export function stop() {
  if (run) end(run);
  run = null;
}

/** A short quiet tone for a code read (the panel's optional sound). Never throws. */
export function beep() {
  try {
    // Made on first use: the facilitator has clicked on the page by then (the panel's button,
    // the sound's checkbox), which browsers require before a page may make a sound.
    audio ||= new AudioContext();
    audio.resume().catch(() => {});
    const at = audio.currentTime;
    const tone = audio.createOscillator();
    const gain = audio.createGain();
    tone.frequency.value = 880;
    gain.gain.setValueAtTime(0.1, at);
    // Fading out instead of cutting off, which clicks.
    gain.gain.exponentialRampToValueAtTime(0.001, at + 0.08);
    tone.connect(gain).connect(audio.destination);
    tone.start(at);
    tone.stop(at + 0.08);
  } catch {
    // No Web Audio: no sound, and the visual confirmation is still there.
  }
}

async function begin(current, deviceId) {
  const why = problem();
  if (why) throw failure(why === 'blocked' ? 'Blocked' : 'InsecureContext');
  // The decoder loads while the facilitator answers the permission prompt.
  const reading = reader(current);
  // Awaited below; until then a decoder that failed must not count as an unhandled rejection.
  reading.catch(() => {});
  const size = { width: { ideal: 1280 }, height: { ideal: 720 } };
  const stream = await navigator.mediaDevices.getUserMedia({
    audio: false,
    video: deviceId ? { deviceId: { exact: deviceId }, ...size } : { facingMode: { ideal: 'environment' }, ...size },
  });
  // Kept on the run even when it has ended meanwhile, so end() stops this stream too.
  current.stream = stream;
  if (!current.active) throw failure('AbortError', 'stopped');
  const [track] = stream.getVideoTracks();
  // A camera unplugged (or taken by the system) ends its track: the run ends with it, and says
  // so (the panel would otherwise show a still picture as live).
  track.addEventListener('ended', () => lose(current, 'CameraEnded'));
  const decoder = await reading;
  const { video } = current;
  video.muted = true;
  video.playsInline = true;
  video.srcObject = stream;
  await video.play();
  // Labels and ids of the cameras are only given once permission was granted, so asked now.
  const devices = (await navigator.mediaDevices.enumerateDevices())
    .filter((d) => d.kind === 'videoinput')
    .map((d) => ({ id: d.deviceId, label: d.label }));
  if (!current.active) throw failure('AbortError', 'stopped');
  const settings = track.getSettings();
  const facing = settings.facingMode === 'user' || settings.facingMode === 'environment' ? settings.facingMode : '';
  current.started = true;
  schedule(current);
  return { deviceId: settings.deviceId ?? '', facing, decoder, devices };
}

/**
 * Sets current.reader (video => Promise<texts, or null to end the loop>) and resolves to the
 * decoder's name once it can read; rejects with DecoderError when the worker cannot load.
 */
async function reader(current) {
  const detector = await barcodeDetector();
  if (!current.active) throw failure('AbortError', 'stopped');
  if (detector) {
    current.reader = (video) =>
      detector.detect(video).then(
        (codes) => codes.map((code) => code.rawValue).join('\n'),
        () => '', // a frame not ready yet
      );
    current.close = () => {};
    return 'barcode-detector';
  }
  const worker = decoderWorker();
  current.close = worker.close;
  await worker.ready;
  // After the start, a worker that fails (it crashed, its files went) is made again once, and
  // the loop ends when that fails too; the panel's idle timer then turns the camera off.
  let retries = 1;
  current.reader = async (video) => {
    if (worker.broken()) {
      if (retries-- === 0) return null;
      try {
        await worker.open();
      } catch {
        return '';
      }
    }
    return worker.read(video, current);
  };
  return 'wasm';
}

async function barcodeDetector() {
  try {
    if ('BarcodeDetector' in window && (await BarcodeDetector.getSupportedFormats()).includes('qr_code')) {
      return new BarcodeDetector({ formats: ['qr_code'] });
    }
  } catch {
    // A BarcodeDetector that throws is one that cannot be used: the worker reads instead.
  }
  return null;
}

/** The scan worker: { ready, open(), read(video, run), broken(), close() }. */
function decoderWorker() {
  let worker = null;
  // The answer awaited for the one frame in flight, and the failure of a worker still loading
  // (close() settles both, so nothing waits for a worker that was terminated).
  let answer = null;
  let loading = null;
  const answered = (texts) => {
    answer?.(texts);
    answer = null;
  };
  const open = () =>
    new Promise((ready, fail) => {
      const made = new Worker(new URL(WORKER, import.meta.url), { type: 'module' });
      worker = made;
      const broken = (event) => {
        event?.preventDefault();
        made.terminate();
        if (worker === made) worker = null;
        fail(failure('DecoderError', event?.message ?? 'the decoder did not load'));
        answered('');
      };
      loading = broken;
      // The worker's file could not be fetched or run.
      made.onerror = broken;
      made.onmessage = ({ data }) => {
        if (data.texts !== undefined) answered(data.texts);
        else if (data.ready) {
          loading = null;
          ready();
        }
        else broken(); // the decoder's glue or wasm did not load
      };
    });
  return {
    ready: open(),
    open,
    broken: () => worker === null,
    close() {
      loading?.();
      worker?.terminate();
      worker = null;
      answered('');
    },
    async read(video, current) {
      const { videoWidth: w, videoHeight: h } = video;
      if (!w || !h) return '';
      // The picture's current frame as a VideoFrame: it wraps the frame, and the worker crops
      // and reads it. 0.1 ms on the main thread with the CPU throttled 4x, where
      // createImageBitmap of the centre square took 54 ms, a long task at every read
      // (docs/performance.md, "The camera"). createImageBitmap where there is no VideoFrame
      // (Safari before 16.4, Firefox before 130).
      const side = Math.min(w, h);
      const frame =
        typeof VideoFrame === 'function'
          ? new VideoFrame(video)
          : await createImageBitmap(video, (w - side) >> 1, (h - side) >> 1, side, side);
      if (!current.active || !worker) {
        frame.close();
        return '';
      }
      return new Promise((done) => {
        answer = done;
        // Transferred, not copied; the worker closes it.
        worker.postMessage(frame, [frame]);
      });
    },
  };
}

/** The next read, PAUSE_MS after the last answer. */
function schedule(current) {
  current.timer = setTimeout(async () => {
    let texts;
    try {
      texts = await current.reader(current.video);
    } catch {
      texts = ''; // a frame that could not be taken (the video between two sizes, say)
    }
    // Stopped while reading: no more calls.
    if (!current.active) return;
    if (texts === null) return lose(current, 'DecoderError');
    try {
      current.onFrame(texts);
    } finally {
      // Stopped by onFrame itself (a code that closes the panel): no next read.
      if (current.active) schedule(current);
    }
  }, PAUSE_MS);
}

/**
 * Ends a run that stopped by itself, once: onEnd(name) once it had started; before that, start()
 * rejects with the name.
 */
function lose(current, name) {
  if (!current.active) return;
  current.lost = name;
  end(current);
  if (current.started) current.onEnd(name);
}

/** Ends a run: idempotent, and safe at any point of its start. */
function end(current) {
  current.active = false;
  clearTimeout(current.timer);
  current.close?.();
  for (const track of current.stream?.getTracks() ?? []) track.stop();
  // Only its own stream: a newer run may have the video already.
  if (current.video.srcObject === current.stream && current.stream) current.video.srcObject = null;
}
