// Benchmark of issue 5's scale: how long the team view of 500 participants takes to build in
// headless Chromium, measured in the page, for the two ways a team view is made:
//
//   team link:  the address bar gets a team link of 500 responses (hashchange): decode,
//               summarise, build the markup, and yew puts it in the DOM;
//   paste:      the facilitator pastes a chat-like text with 500 result links and presses
//               "Toevoegen": collect, summarise, markup, DOM.
//
// Each run starts in a fresh context. The time runs from the action (setting the hash, the
// click) to the moment a MutationObserver sees the team view in the DOM ("built"), and to
// the next animation frame after that ("painted"). Median and max of --runs (default 7), at
// the machine's own CPU speed and with Chromium's CPU throttled 4x (a cheap phone, as
// Lighthouse's mobile preset simulates). It prints the figures; it asserts nothing, but it
// fails (exit 1) when a screen, a field or a button it needs is not found, or when the team
// view does not appear within a minute.
//
// The team link opened on the welcome screen loads the facilitator's build (a separate wasm)
// first, so its figure includes fetching and compiling that build; "team link, facilitator's
// build running" opens it on the facilitator's screen instead, where that build already runs
// (the figure docs/performance.md had before the app was split in two builds). The paste is made on the
// facilitator's screen too.
//
//   node scripts/bench-team.mjs [--runs 7] [--participants 500]     (after make build)
//   node scripts/bench-team.mjs --smoke     (or SMOKE=1; `make test`: a team of 5, one run,
//                                            CPU 1x only: does the script still work?)

import { launchBrowser, newPage, startApp } from '../tests/e2e/helpers.mjs';
import { UI } from '../tests/e2e/labels.mjs';
import { responseLink as encodeResponse, teamLink as encodeTeam } from '../tests/e2e/links.mjs';

const SMOKE = process.argv.includes('--smoke') || process.env.SMOKE === '1';
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const RUNS = arg('runs', SMOKE ? 1 : 7);
const PARTICIPANTS = arg('participants', SMOKE ? 5 : 500);
const THROTTLES = SMOKE ? [1] : [1, 4];
const WAYS = [
  ['link', 'team link'],
  ['link-warm', "team link, facilitator's build running"],
  ['paste', 'paste'],
];
// Long enough for 500 participants at 4x on a busy machine; a hang is a failure, not a figure.
const BUILT_TIMEOUT_MS = 60_000;

// A deterministic pseudo-random team (xorshift), every answer and role possible.
let seed = 0x2545f491;
const rand = (n) => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) % n;
};
const responses = Array.from({ length: PARTICIPANTS }, () => ({
  role: rand(8),
  now: Array.from({ length: 14 }, () => rand(6)),
  desired: Array.from({ length: 14 }, () => rand(6)),
}));
const responseLink = (r) => encodeResponse(r);
const teamLink = encodeTeam(responses);

// --- Measuring ---------------------------------------------------------------------------
/** Installs an observer that records when `.participants` says `n` participants. */
const watch = (page, n, timeout) =>
  page.evaluate(({ n, timeout }) => {
    window.__built = new Promise((resolve, reject) => {
      setTimeout(() => reject(new Error(`no team view of ${n} participants after ${timeout} ms`)), timeout);
      const seen = () => document.querySelector('.participants')?.textContent.startsWith(`${n} `);
      new MutationObserver((_, observer) => {
        if (!seen()) return;
        observer.disconnect();
        const built = performance.now();
        requestAnimationFrame(() => resolve({ built, painted: performance.now() }));
      }).observe(document.getElementById('app'), { childList: true, subtree: true, characterData: true });
    });
  }, { n, timeout });

async function run(browser, server, how, throttle) {
  // The e2e tests' page (desktop, Dutch), with a minute to wait: 500 links take a while to type
  // (a smoke run's 5 do not: it fails sooner when a field or button is not there).
  const { context, page, close } = await newPage(browser, 'desktop', { timeout: SMOKE ? 20_000 : 60_000 });
  try {
    const cdp = await context.newCDPSession(page);
    await page.goto(server.url, { waitUntil: 'load' });
    await page.waitForSelector('#app[data-ready]', { state: 'attached' });
    // The paste's button, found as a person finds it (role and name), before the clock starts.
    let add = null;
    if (how === 'link-warm') {
      await page.getByRole('button', { name: UI.FACILITATE.nl, exact: true }).click();
      await page.getByLabel(UI.PASTE_LABEL.nl, { exact: true }).waitFor();
    }
    if (how === 'paste') {
      await page.getByRole('button', { name: UI.FACILITATE.nl, exact: true }).click();
      await page.getByLabel(UI.WORKSHOP_TEAM_LABEL.nl, { exact: true }).fill('Benchmark');
      await page.getByRole('button', { name: UI.MAKE_INVITATION.nl, exact: true }).click();
      const chat = responses.map((r, i) => `[10:${String(i % 60).padStart(2, '0')}] Deelnemer ${i + 1}: ${server.url}#${responseLink(r)}`).join('\n');
      await page.getByLabel(UI.PASTE_LABEL.nl, { exact: true }).fill(chat);
      add = await page.getByRole('button', { name: UI.ADD_PASTED.nl, exact: true }).elementHandle();
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await watch(page, PARTICIPANTS, BUILT_TIMEOUT_MS);
    await page.evaluate((link) => (window.__link = '#' + link), teamLink);
    const start = await page.evaluate(
      ([how, add]) => {
        const t = performance.now();
        if (how === 'paste') add.click();
        else location.hash = window.__link;
        return t;
      },
      [how, add],
    );
    const { built, painted } = await page.evaluate(() => window.__built);
    return { built: built - start, painted: painted - start };
  } finally {
    await close();
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const browser = await launchBrowser();
const server = await startApp();
try {
  console.log(`Team view of ${PARTICIPANTS} participants, headless Chromium, ${RUNS} runs each (ms, median / max)`);
  console.log(`team link: ${teamLink.length} characters, ${((teamLink.length - 11) / PARTICIPANTS).toFixed(2)} per participant`);
  for (const throttle of THROTTLES) {
    for (const [how, label] of WAYS) {
      const results = [];
      for (let i = 0; i < RUNS; i++) results.push(await run(browser, server, how, throttle));
      const b = results.map((r) => r.built);
      const p = results.map((r) => r.painted);
      console.log(
        `${label.padEnd(38)}  CPU ${throttle}x:  built ${median(b).toFixed(1)} / ${Math.max(...b).toFixed(1)}   painted ${median(p).toFixed(1)} / ${Math.max(...p).toFixed(1)}`,
      );
    }
  }
} finally {
  await browser.close();
  await server.close?.();
}
