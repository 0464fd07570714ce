// The service worker's template. scripts/finish-dist.mjs fills in VERSION (a hash of the
// files' names and contents) and FILES (the build's own files, "./" being index.html), minifies
// it and writes it to dist/sw.js on every build. So the list can never go stale, and any change
// to a file makes a new worker, a new cache, and removes the old one.
//
// - Install: caches FILES; the new worker takes over at once (the app loads all its files at
//   start, so an open page never needs an old file later).
// - index.html (the scope itself, with any query): network first, so an online visit always
//   gets the newest release; the cached copy when the network fails or takes over 4 seconds
//   (bad wifi in a workshop).
// - The hashed files: from the cache, else from the network. The facilitator's wasm and glue
//   (LATER), which a participant never loads, are not fetched at install: they are cached the
//   first time the page fetches them, so a facilitator who opened the workshop once has it
//   offline too. With them, the facilitator's camera (CAMERA: its module, its worker and the
//   worker's QR decoder, loaded only when the camera panel opens), so a facilitator can scan
//   offline too.
// - Anything else (other pages, other origins): left alone.

const VERSION = '__VERSION__';
const FILES = ['__FILES__'];
const LATER = ['__LATER__'];
const CAMERA = ['__CAMERA__'];
// Per scope, so two installations on one site never delete each other's cache.
const PREFIX = 'samenwerkingsscan ' + registration.scope + ' ';
const CACHE = PREFIX + VERSION;
const INDEX = new URL('./', location).href;
const CACHED = new Set(FILES.map((f) => new URL(f, location).href));
const CAMERA_URLS = new Set(CAMERA.map((f) => new URL(f, location).href));
const CACHED_LATER = new Set(LATER.map((f) => new URL(f, location).href).concat([...CAMERA_URLS]));

addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      // index.html past the HTTP cache; the hashed files may come from it (same name, same bytes).
      .then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: f === './' ? 'no-cache' : 'default' }))))
      .then(() => skipWaiting()),
  );
});

addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => clients.claim()),
  );
});

addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = request.url.split(/[?#]/)[0];
  if (url === INDEX || url === INDEX + 'index.html') {
    event.respondWith(networkFirst(request));
  } else if (CACHED.has(url)) {
    event.respondWith(caches.match(request, { cacheName: CACHE }).then((hit) => hit || fetch(request)));
  } else if (CACHED_LATER.has(url)) {
    event.respondWith(caches.match(request, { cacheName: CACHE }).then((hit) => hit || fetchAndKeep(request, url)));
  }
});

function fetchAndKeep(request, url) {
  return fetch(request).then((response) => {
    if (response.ok) {
      const copy = response.clone();
      caches.open(CACHE).then((cache) =>
        cache
          .put(request, copy)
          // The facilitator's build is here: the camera's files too, for a scan offline.
          .then(() => CAMERA_URLS.has(url) || Promise.all(CAMERA.map((f) => cache.match(f).then((hit) => hit || cache.add(f)))))
          .catch(() => {}),
      );
    }
    return response;
  });
}

function networkFirst(request) {
  const cached = () => caches.match(INDEX, { cacheName: CACHE });
  return new Promise((resolve, reject) => {
    // Whichever comes first wins; a later resolve() is a no-op. Once the network has answered,
    // the timer's cache lookup is not needed.
    const timer = setTimeout(() => cached().then((hit) => hit && resolve(hit)), 4000);
    fetch(request).then(
      (response) => {
        clearTimeout(timer);
        resolve(response);
      },
      (error) => cached().then((hit) => (hit ? resolve(hit) : reject(error))),
    );
  });
}
