/*! Samenwerkingsscan embed script, message version 1. EUPL-1.2. */
// Puts the Samenwerkingsscan in a partner's page: every element
//
//   <div data-samenwerkingsscan data-src="https://scan.example.org/"></div>
//
// gets an iframe with the app, sized to its content. Options, each checked against the same
// allow-list as the app's own (src/embed.rs): data-lang (nl|en), data-accent (#rgb|#rrggbb),
// data-start (skip the welcome screen), data-team (a team name, 1-60 characters),
// data-events (fire samenwerkingsscan:ready / samenwerkingsscan:finished on the element).
// Anything else is left out. Whatever the element held (a fallback link) is replaced.
//
// Messages from the iframe are used only when they come from that very iframe
// (event.source), from the app's origin (event.origin), and have source "samenwerkingsscan"
// and version 1. Plain JavaScript, no dependencies, no globals, no inline styles (styles are
// set through the CSSOM, which a strict Content-Security-Policy allows).
(function () {
  'use strict';

  var SOURCE = 'samenwerkingsscan';
  var VERSION = 1;
  var MIN_HEIGHT = 200;
  var MAX_HEIGHT = 20000;
  var frames = [];

  // data-start="", "1" or "true" (and the same for data-events) turn an option on.
  function flag(el, name) {
    var v = el.getAttribute(name);
    return v === '' || v === '1' || v === 'true';
  }

  function options(el) {
    var o = [];
    var lang = (el.getAttribute('data-lang') || '').toLowerCase();
    if (lang === 'nl' || lang === 'en') o.push(['lang', lang]);
    var accent = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(el.getAttribute('data-accent') || '');
    if (accent) o.push(['accent', '#' + accent[1].toLowerCase()]);
    if (flag(el, 'data-start')) o.push(['start', '1']);
    var team = (el.getAttribute('data-team') || '').trim();
    var chars = Array.from(team).length;
    if (chars >= 1 && chars <= 60) o.push(['team', team]);
    var events = flag(el, 'data-events');
    if (events) o.push(['events', '1']);
    // The app posts only to this origin ("null" on a file:// page: then it sends heights to
    // any page, and no events).
    if (/^https?:\/\//.test(location.origin)) o.push(['host', location.origin]);
    return { pairs: o, events: events };
  }

  function embed(el) {
    if (el.hasAttribute('data-samenwerkingsscan-loaded')) return;
    var src = el.getAttribute('data-src');
    var url;
    if (!src) return;
    try {
      url = new URL(src, document.baseURI);
    } catch (e) {
      return;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return;
    el.setAttribute('data-samenwerkingsscan-loaded', '');
    var opts = options(el);
    url.search = new URLSearchParams(opts.pairs).toString();

    var frame = document.createElement('iframe');
    frame.title = 'Samenwerkingsscan';
    frame.src = url.href;
    // camera: the facilitator's camera panel (reading the phones' codes) works in the iframe
    // too, where the host page's own Permissions-Policy allows it; elsewhere the panel says
    // the camera is refused and the paste box works as before.
    frame.setAttribute('allow', 'clipboard-write; web-share; camera');
    // The scan may not navigate the host page; it may open links in a new tab, and print.
    frame.setAttribute(
      'sandbox',
      'allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox allow-modals'
    );
    var s = frame.style;
    s.display = 'block';
    s.border = '0';
    // width 1px + min-width 100%: iOS Safari otherwise sizes an iframe to its content.
    s.width = '1px';
    s.minWidth = '100%';
    s.height = '640px';
    el.textContent = '';
    el.appendChild(frame);
    frames.push({ el: el, frame: frame, origin: url.origin, events: opts.events });
  }

  function onMessage(event) {
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      if (event.source !== f.frame.contentWindow || event.origin !== f.origin) continue;
      var d = event.data;
      if (!d || d.source !== SOURCE || d.version !== VERSION) return;
      if (d.type === 'resize' && typeof d.height === 'number' && isFinite(d.height)) {
        var h = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(d.height)));
        f.frame.style.height = h + 'px';
      } else if (f.events && d.type === 'ready') {
        fire(f.el, 'ready', {});
      } else if (f.events && d.type === 'finished' && typeof d.link === 'string') {
        var link;
        try {
          link = new URL(d.link);
        } catch (e) {
          return;
        }
        // The results link is the app's own address (the answers are in its fragment).
        if (link.origin === f.origin) fire(f.el, 'finished', { link: link.href });
      }
      return;
    }
  }

  function fire(el, name, detail) {
    el.dispatchEvent(new CustomEvent('samenwerkingsscan:' + name, { bubbles: true, detail: detail }));
  }

  function start() {
    var els = document.querySelectorAll('[data-samenwerkingsscan]');
    for (var i = 0; i < els.length; i++) embed(els[i]);
  }

  window.addEventListener('message', onMessage);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
