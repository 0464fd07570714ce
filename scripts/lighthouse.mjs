// Lighthouse accessibility scores of every screen, against the release build in dist/.
//
//   node scripts/lighthouse.mjs        (needs `npm ci` and a `make build` first)
//   node scripts/lighthouse.mjs --smoke   (or SMOKE=1; `make test`: the welcome screen in Dutch only)
//
// Lighthouse loads one URL; the screens are chosen by the saved state, so this script starts
// Chromium itself, writes the state into localStorage through Playwright, and runs Lighthouse
// on the same browser with storage reset turned off. Prints one line per screen and language
// and exits non-zero when any score is below 100.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROME_PATH, DIST } from '../tests/e2e/helpers.mjs';
import { startServer } from '../tests/e2e/server.mjs';

const KEY = 'samenwerkingsscan.v1';
const WOERDEN = '2232332212341233444433233454';
const WORKSHOP_KEY = 'samenwerkingsscan.workshop.v1';
// A golden team link of six (tests/golden/links_v1.txt).
const TEAM_SIX = 'v1tAAAGCMZiqU-MGU37UE1eRKUmobyhO8IqAp2uwdjkR2kIqAp2uwdjkR2kJbBitTOiu-ZGoKNu-nauKw6J9QFAM6';
const SCREENS = [
  ['welcome', (lang) => `1|${lang}|w|0|${'.'.repeat(28)}|`],
  ['question', (lang) => `1|${lang}|2|0|22${'.'.repeat(12)}33${'.'.repeat(12)}|`],
  ['results', (lang) => `1|${lang}|r|2|${WOERDEN}|Wijkteam Oost`],
  ['shared link', (lang) => `1|${lang}|w|0|${'.'.repeat(28)}|`, 'v1rANV2lqa3RlYW0gT29zdAImgXM4vm3j2fS16dl'],
  ['broken link', (lang) => `1|${lang}|w|0|${'.'.repeat(28)}|`, 'v1rAAKZybuURiWb__86W'],
  ['too few answers', (lang) => `1|${lang}|r|0|333${'.'.repeat(11)}4${'.'.repeat(13)}|`],
  // The workshop: the facilitator's screen with an invitation and a team of six collected,
  // an invitation link, a team link.
  ['facilitator', (lang) => `2|${lang}|f|0|${'.'.repeat(28)}|-|`, null, `1|v1wAVV2lqa3RlYW0gWnVpZC1Pb3N0IMOrArZX12|${TEAM_SIX}`],
  ['invitation link', (lang) => `1|${lang}|w|0|${'.'.repeat(28)}|`, 'v1wAVV2lqa3RlYW0gWnVpZC1Pb3N0IMOrArZX12'],
  ['team link', (lang) => `1|${lang}|w|0|${'.'.repeat(28)}|`, TEAM_SIX],
];

const SMOKE = process.argv.includes('--smoke') || process.env.SMOKE === '1';
const LANGS = SMOKE ? ['nl'] : ['nl', 'en'];
const CHOSEN = SMOKE ? SCREENS.filter(([name]) => name === 'welcome') : SCREENS;

const server = await startServer({ root: DIST, basePath: '/' });
const port = 9300 + Math.floor(Math.random() * 500);
const profile = await mkdtemp(join(tmpdir(), 'scan-lh-'));
const chrome = spawn(CHROME_PATH, [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'], { stdio: 'ignore' });
let failed = false;
try {
  let browser;
  for (let i = 0; i < 50 && !browser; i++) {
    browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`).catch(() => null);
    if (!browser) await new Promise((r) => setTimeout(r, 200));
  }
  if (!browser) throw new Error('Chromium did not start');
  const page = await browser.contexts()[0].newPage();
  for (const lang of LANGS) {
    for (const [name, state, fragment, workshop] of CHOSEN) {
      await page.goto(server.url);
      await page.evaluate(([k, v, wk, w]) => {
        localStorage.setItem(k, v);
        if (w) localStorage.setItem(wk, w);
        else localStorage.removeItem(wk);
      }, [KEY, state(lang), WORKSHOP_KEY, workshop]);
      const url = fragment ? `${server.url}#${fragment}` : server.url;
      const result = await lighthouse(url, {
        port,
        onlyCategories: ['accessibility'],
        disableStorageReset: true,
        formFactor: 'mobile',
        logLevel: 'error',
      });
      const lhr = result.lhr;
      const score = Math.round(lhr.categories.accessibility.score * 100);
      const failing = Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && ['binary', 'numeric'].includes(a.scoreDisplayMode))
        .map((a) => a.id);
      console.log(`accessibility ${String(score).padStart(3)}  ${lang}  ${name}${failing.length ? `  failing: ${failing.join(', ')}` : ''}`);
      if (score < 100) failed = true;
    }
  }
  await browser.close();
} finally {
  chrome.kill();
  await new Promise((resolve) => (chrome.exitCode !== null ? resolve() : chrome.once('exit', resolve)));
  await server.close();
  await rm(profile, { recursive: true, force: true, maxRetries: 5 }).catch(() => {});
}
process.exit(failed ? 1 : 0);
