// Where the app's start-up work goes: a Chromium trace (Playwright + CDP, with V8's wasm
// categories, which Lighthouse's trace lacks) of the app loading from dist/, served with its
// .br copies, in a fresh profile each run. Prints, per run, every main-thread task of at least
// 1 ms from the first paint until the app is ready (#app[data-ready]), with the largest parts by
// self time (thread CPU time, which other work on the machine does not stretch, where the trace
// has it; L: the task did layout), and the wasm compilation events (streaming compile, lazy
// compilation of single functions on their first call, tier-up). docs/performance.md has what
// it showed.
//
//   node scripts/trace-start.mjs [--runs N] [--cpu RATE] [--link] [--save DIR]
//     --runs N    runs (default 5)
//     --cpu RATE  CDP CPU throttling, e.g. 4 (default 1: what Lighthouse observes before it
//                 simulates a 4x slower phone)
//     --link      the golden results link instead of the welcome screen
//     --save DIR  keep each run's trace as DIR/trace-N.json (open in chrome://tracing or Perfetto)
//     --smoke     (or SMOKE=1; `make test`) one run, and exit 1 when the trace lacks what the
//                 report reads (the renderer's main thread, the first paint, a task after it)

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST, VIEWPORTS, launchBrowser } from '../tests/e2e/helpers.mjs';
import { startServer } from '../tests/e2e/server.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const SMOKE = process.argv.includes('--smoke') || process.env.SMOKE === '1';
const RUNS = Number(arg('--runs', SMOKE ? 1 : 5));
const CPU = Number(arg('--cpu', 1));
const SAVE = arg('--save', null);
const LINK = process.argv.includes('--link') ? '#v1rANV2lqa3RlYW0gT29zdAImgXM4vm3j2fS16dl' : '';
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'toplevel',
  'blink',
  'blink.user_timing',
  'loading',
  'v8',
  'v8.execute',
  'v8.wasm',
  'disabled-by-default-v8.wasm.detailed',
  'disabled-by-default-v8.compile',
  'disabled-by-default-v8.gc',
];

/** The renderer main thread of the page: the CrRendererMain thread that painted first. */
function mainThread(events) {
  const fcp = events.find((e) => e.name === 'firstContentfulPaint');
  const names = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const hit = names.find((n) => fcp && n.pid === fcp.pid) ?? names[0];
  return hit ? { pid: hit.pid, tid: hit.tid, fcp: fcp?.ts } : null;
}

/** Complete events of one thread nested into a tree (by time). */
function tree(events) {
  const xs = events.filter((e) => e.ph === 'X' && typeof e.dur === 'number').sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const roots = [];
  const stack = [];
  for (const e of xs) {
    const node = { e, children: [] };
    while (stack.length && stack.at(-1).e.ts + stack.at(-1).e.dur <= e.ts) stack.pop();
    if (stack.length) stack.at(-1).children.push(node);
    else roots.push(node);
    stack.push(node);
  }
  return roots;
}

/** Self time per event name within a task, in thread (CPU) time when the trace has it. */
function selfTimes(node, into = new Map()) {
  const time = (e) => e.tdur ?? e.dur;
  const childTime = node.children.reduce((s, c) => s + time(c.e), 0);
  into.set(node.e.name, (into.get(node.e.name) ?? 0) + Math.max(0, time(node.e) - childTime));
  node.children.forEach((c) => selfTimes(c, into));
  return into;
}

const server = await startServer({ root: DIST, gzip: true });
const browser = await launchBrowser();
const ms = (us) => (us / 1000).toFixed(1);
try {
  for (let run = 1; run <= RUNS; run++) {
    const context = await browser.newContext({ ...VIEWPORTS.phone, locale: 'nl-NL' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (CPU > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
    await browser.startTracing(page, { categories: CATEGORIES });
    await page.goto(new URL(LINK, server.url).href, { waitUntil: 'load' });
    await page.waitForSelector('#app[data-ready]', { state: 'attached', timeout: 30_000 });
    await page.waitForTimeout(500);
    const buffer = await browser.stopTracing();
    await context.close();
    if (SAVE) {
      await mkdir(SAVE, { recursive: true });
      await writeFile(join(SAVE, `trace-${run}.json`), buffer);
    }
    const { traceEvents: events } = JSON.parse(buffer.toString('utf8'));
    const main = mainThread(events);
    if (!main) {
      console.log(`run ${run}: no renderer main thread in the trace`);
      if (SMOKE) throw new Error('smoke: no renderer main thread in the trace');
      continue;
    }
    const nav = events.find((e) => e.name === 'navigationStart' && e.pid === main.pid)?.ts ?? events[0].ts;
    const at = (ts) => `${ms(ts - nav).padStart(7)} ms`;
    const mine = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
    const tasks = tree(mine).filter((t) => t.e.ts >= (main.fcp ?? 0) && t.e.dur >= 1000);
    if (SMOKE && (!main.fcp || tasks.length === 0)) {
      throw new Error(`smoke: ${main.fcp ? 'no main-thread task of 1 ms or more after the first paint' : 'no first paint'} in the trace`);
    }
    const wasmEvents = events.filter((e) => e.pid === main.pid && /wasm/i.test(e.name) && (e.ph === 'X' || e.ph === 'B' || e.ph === 'I' || e.ph === 'i'));
    const byName = new Map();
    for (const e of wasmEvents) {
      const cur = byName.get(e.name) ?? { n: 0, us: 0, first: e.ts, threads: new Set() };
      cur.n++;
      cur.us += e.dur ?? 0;
      cur.first = Math.min(cur.first, e.ts);
      cur.threads.add(e.tid === main.tid ? 'main' : 'worker');
      byName.set(e.name, cur);
    }
    const wasmDone = events.find((e) => e.name === 'ResourceFinish' && e.pid === main.pid && /_bg\.wasm/.test(JSON.stringify(events.find((s) => s.name === 'ResourceSendRequest' && s.args?.data?.requestId === e.args?.data?.requestId)?.args ?? '')));
    console.log(`run ${run}${CPU > 1 ? ` (CPU ${CPU}x slower)` : ''}: first paint at ${main.fcp ? at(main.fcp) : '?'}, wasm response finished at ${wasmDone ? at(wasmDone.ts) : '?'}`);
    for (const t of tasks) {
      const parts = [...selfTimes(t)].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([n, us]) => `${n} ${ms(us)}`);
      const layout = JSON.stringify(t, (k, v) => (k === 'args' ? undefined : v)).includes('"name":"Layout"');
      console.log(`  ${at(t.e.ts)}  ${ms(t.e.dur).padStart(6)} ms wall ${ms(t.e.tdur ?? t.e.dur).padStart(6)} ms CPU${layout ? ' L' : '  '}  ${parts.join(', ')}`);
    }
    console.log('  wasm events (count, total ms, first at, thread):');
    for (const [name, v] of [...byName].sort((a, b) => a[1].first - b[1].first)) {
      console.log(`    ${name.padEnd(40)} ${String(v.n).padStart(5)} ${ms(v.us).padStart(8)} ms  ${at(v.first)}  ${[...v.threads].join('+')}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
