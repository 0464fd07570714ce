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
// Lighthouse's mobile preset simulates). It prints the figures; it asserts nothing.
//
//   node scripts/bench-team.mjs [--runs 7] [--participants 500]     (after make build)

import { launchBrowser, startApp } from '../tests/e2e/helpers.mjs';
import { responseLink as encodeResponse, teamLink as encodeTeam } from '../tests/e2e/links.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const RUNS = arg('runs', 7);
const PARTICIPANTS = arg('participants', 500);

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
const watch = (page, n) =>
  page.evaluate((n) => {
    window.__built = new Promise((resolve) => {
      const seen = () => document.querySelector('.participants')?.textContent.startsWith(`${n} `);
      new MutationObserver((_, observer) => {
        if (!seen()) return;
        observer.disconnect();
        const built = performance.now();
        requestAnimationFrame(() => resolve({ built, painted: performance.now() }));
      }).observe(document.getElementById('app'), { childList: true, subtree: true, characterData: true });
    });
  }, n);

async function run(browser, server, how, throttle) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(server.url, { waitUntil: 'load' });
  await page.waitForSelector('#app[data-ready]', { state: 'attached' });
  if (how === 'paste') {
    await page.getByRole('button', { name: 'Workshop begeleiden' }).click();
    await page.fill('#workshop-team', 'Benchmark');
    await page.getByRole('button', { name: 'Maak de uitnodiging' }).click();
    const chat = responses.map((r, i) => `[10:${String(i % 60).padStart(2, '0')}] Deelnemer ${i + 1}: ${server.url}#${responseLink(r)}`).join('\n');
    await page.fill('#paste', chat);
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await watch(page, PARTICIPANTS);
  await page.evaluate((link) => (window.__link = '#' + link), teamLink);
  const start = await page.evaluate((how) => {
    const t = performance.now();
    if (how === 'link') location.hash = window.__link;
    else document.querySelector('[data-action=add-pasted]').click();
    return t;
  }, how);
  const { built, painted } = await page.evaluate(() => window.__built);
  await context.close();
  return { built: built - start, painted: painted - start };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const browser = await launchBrowser();
const server = await startApp();
try {
  console.log(`Team view of ${PARTICIPANTS} participants, headless Chromium, ${RUNS} runs each (ms, median / max)`);
  console.log(`team link: ${teamLink.length} characters, ${((teamLink.length - 11) / PARTICIPANTS).toFixed(2)} per participant`);
  for (const throttle of [1, 4]) {
    for (const how of ['link', 'paste']) {
      const results = [];
      for (let i = 0; i < RUNS; i++) results.push(await run(browser, server, how, throttle));
      const b = results.map((r) => r.built);
      const p = results.map((r) => r.painted);
      console.log(
        `${how === 'link' ? 'team link' : 'paste    '}  CPU ${throttle}x:  built ${median(b).toFixed(1)} / ${Math.max(...b).toFixed(1)}   painted ${median(p).toFixed(1)} / ${Math.max(...p).toFixed(1)}`,
      );
    }
  }
} finally {
  await browser.close();
  await server.close?.();
}
