// The page's loader: scripts/finish-dist.mjs fills in the build's values for the `__NAME__`
// placeholders below (as JSON) and the two flags HAS_FACILITATOR and HAS_STYLESHEET (esbuild's
// `define`, so the code for what a page lacks drops out), minifies it and puts it in index.html
// as an inline script, in place of the placeholder that trunk writes there (Trunk.toml,
// pattern_script). The file itself is never served.
//
// PARTICIPANT, FACILITATOR: { glue, glueIntegrity, wasm, wasmIntegrity } of each build,
//   named by their content, with their subresource integrity (no facilitator's build on a page
//   with one build, such as make bench's Yew counter). Both are fixed in this page: a
//   participant's page can load no other facilitator's build than the one built with it
//   (docs/build.md, "Pairing").
// LATER: the attributes of the manifest and icon links, added after the first paint.
// STYLESHEET: { href, integrity } of the rest of the stylesheet, added after the first
//   paint; none when the page links it in <head> itself (CSS_SPLIT=0).
//
// Why it waits for the first paint (make bench, Lighthouse mobile): with trunk's own loader and
// preloads the wasm had finished before the static first screen was painted, so Lighthouse
// charged its download to LCP (1.8-1.9 s against the static page's 0.91 s). Fetched from here,
// the wasm and the glue still load in parallel. The timer starts the app when no paint comes (a
// hidden tab, no Paint Timing API); in an iframe (embed/) it starts at once.
//
// The stylesheet is added at the same moment, after the <style> of the first screen (the
// cascade keeps the order of styles/), and the app starts only once it has loaded or failed, so
// nothing the app draws is ever shown unstyled. The manifest and icon links come then too: on
// localhost Chromium fetched both before the first paint, and Lighthouse's pessimistic LCP
// counts every request that finished before the paint.
//
// On a team link (#v1t..., #v2t..., #v3t...) it starts the facilitator's build instead. For the
// participant's app it offers `samenwerkingsscanFacilitator()`: a promise of the facilitator's
// bindings, instantiated and not yet started (src/platform.rs, load_facilitator_wasm).
//
// CAMERA: { glue, glueIntegrity } of the facilitator's camera module (scripts/camera.js, issue
// 23), offered as `samenwerkingsscanCamera()`: a promise of the module, imported once, with its
// integrity, when the camera panel first opens; the module loads its worker and decoder itself.
// Only on a page with the camera (HAS_CAMERA): the panel is the facilitator's, the rest stays out.

/* global HAS_FACILITATOR, HAS_STYLESHEET, HAS_CAMERA */
(() => {
  const FACILITATOR = __FACILITATOR__;
  let started = false;
  // A module as a modulepreload with its integrity, which the import then uses.
  const glue = (files) => {
    const link = document.createElement('link');
    Object.assign(link, { rel: 'modulepreload', href: files.glue, crossOrigin: 'anonymous', integrity: files.glueIntegrity });
    document.head.append(link);
    return import(files.glue);
  };
  // The glue, and the wasm fetched beside it with its own integrity.
  const load = (files) => {
    const wasm = fetch(files.wasm, { integrity: files.wasmIntegrity });
    // A failed fetch is reported where the wasm is instantiated; not as unhandled too.
    wasm.catch(() => {});
    return [wasm, glue(files)];
  };
  const team = HAS_FACILITATOR && /^#v[0-9]+t/.test(location.hash);
  if (HAS_FACILITATOR) {
    window.samenwerkingsscanFacilitator = () => {
      const [wasm, glue] = load(FACILITATOR);
      return glue.then(async (bindings) => {
        await bindings.default({ module_or_path: wasm });
        window.wasmBindings = bindings;
        return bindings;
      });
    };
  }
  if (HAS_CAMERA) {
    let camera;
    // Once; after a failure (offline before the service worker had it) the next call tries again.
    window.samenwerkingsscanCamera = () =>
      (camera ||= glue(__CAMERA__).catch((error) => {
        camera = 0;
        throw error;
      }));
  }
  const start = () => {
    if (started) return;
    started = true;
    const [wasm, glue] = load(team ? FACILITATOR : __PARTICIPANT__);
    for (const attrs of __LATER__) {
      const link = document.createElement('link');
      for (const [name, value] of Object.entries(attrs)) link.setAttribute(name, value);
      document.head.append(link);
    }
    // Settles when the stylesheet has loaded or failed.
    const styled = HAS_STYLESHEET
      ? new Promise((done) => {
          const css = document.createElement('link');
          css.onload = css.onerror = done;
          Object.assign(css, { rel: 'stylesheet', ...__STYLESHEET__ });
          document.head.append(css);
        })
      : 0;
    Promise.all([glue, styled]).then(async ([bindings]) => {
      const instance = await bindings.default({ module_or_path: wasm });
      if (team) bindings.start();
      window.wasmBindings = bindings;
      dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: instance } }));
    });
  };
  // Embedded (an iframe, which never is the host page's LCP): at once, as trunk's loader did.
  if (window.top !== window) return start();
  new PerformanceObserver((_, observer) => {
    observer.disconnect();
    setTimeout(start);
  }).observe({ type: 'paint', buffered: true });
  setTimeout(start, 1000);
})();
