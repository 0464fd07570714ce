// The performance benchmark of issue 15: Lighthouse 13 (node API), mobile preset (simulated 4x
// CPU slowdown and slow 4G), each build served as a static host serves it (the build's .br copy
// when the browser accepts br, else its .gz copy: nginx brotli_static + gzip_static, Caddy
// `precompressed br gzip`), the median of 5 runs of each page, in one run and side by side:
//   1. the smallest static page of the app's first screen: its heading, its paragraph and a
//      button, no stylesheet, no script (made from dist/index.html, so the texts are the app's):
//      the physical limit;
//   2. the canonical Yew 0.23 counter built like the app (bench/counter);
//   3. the app (dist/) on its welcome screen and on a results link;
//   4. optionally more builds of the app (--also LABEL=DIR[:gzip][:results], the welcome screen,
//      or with :results the results link), to
//      measure a change against the current build in the same run.
// Prints LCP, FCP, TTI (every run and the median), TBT, CLS, the performance score and the
// transfer (Lighthouse's count: bodies as sent plus HTTP headers) with brotli and with gzip only
// of each, the app's ratios to the static page and to the counter, PASS/FAIL for each budget of
// the issue, the long tasks and the main-thread tasks after the first paint of every app run
// (what decides TTI), where the app's bytes go (its requests, and the top items of its wasm by
// twiggy on a names-preserving build), and a Markdown table for docs/performance.md. It reports and
// exits 0 when a budget fails: it is a benchmark, not a test.
//
//   make bench                       (builds dist/ first, then runs this)
//   node scripts/bench.mjs [--runs N] [--also LABEL=DIR[:gzip][:results]]... [--traces]
//       N defaults to 5; --traces keeps Lighthouse's trace of every app run in bench/.out/traces/
//   node scripts/bench.mjs --smoke   (or SMOKE=1; `make test`): does the script still work? One
//       run each of the static page and the app's welcome screen, from the dist/ there is: no
//       counter build, no names-preserving cargo build or twiggy, no waiting for idle CPUs; the
//       report as usual (its figures mean little), written to bench/.out/smoke/. Exits 1 when a
//       run gives no figures.
//
// Every Lighthouse run gets a new Chromium with a new, empty profile (no service worker, cache
// or storage from an earlier run); the runs are interleaved (static, counter, app, app, then
// again) and each waits until the CPUs are idle (up to a minute), so other work on the machine
// does not land on one page only. The app is served from a copy of dist/ taken at the start.
// All runs are written to bench/.out/last.json.

import { spawn, spawnSync } from 'node:child_process';
import { cp, readdir, readFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { cpus, homedir, loadavg, tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import { constants as zlibConstants, gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import { MainThreadTasks } from 'lighthouse/core/computed/main-thread-tasks.js';
import { CHROMIUM_ARGS, CHROME_PATH, DIST as BUILT, REPO_ROOT } from '../tests/e2e/helpers.mjs';
import { GZIP_EXTENSIONS, startServer } from '../tests/e2e/server.mjs';
import { precompress } from './precompress.mjs';
import { shortenImports } from './shorten-imports.mjs';

const RESULTS_LINK = 'v1rANV2lqa3RlYW0gT29zdAImgXM4vm3j2fS16dl';
const KB = 1024;
const BUDGET = { transfer: 150 * KB, lcpRatio: 1.1, tti: 1600, tbt: 50, cls: 0, score: 100 };
const SMOKE = process.argv.includes('--smoke') || process.env.SMOKE === '1';
const BENCH = join(REPO_ROOT, 'bench');
// A smoke run writes beside a real run's results, not over them.
const OUT = SMOKE ? join(BENCH, '.out', 'smoke') : join(BENCH, '.out');
const COUNTER = join(BENCH, 'counter');
// The app is measured from a copy of dist/ taken at the start, so a build during the runs does
// not change what is measured half-way.
const DIST = join(OUT, 'app');
const argValues = (name) => process.argv.flatMap((a, i) => (a === name ? [process.argv[i + 1]] : []));
const RUNS = SMOKE ? 1 : Math.max(1, Number(argValues('--runs')[0]) || 5);
const TRACES = process.argv.includes('--traces');
const ALSO = argValues('--also').map((spec) => {
  const m = /^([^=]+)=(.+?)(:gzip)?(:results)?$/.exec(spec ?? '');
  if (!m) throw new Error(`--also LABEL=DIR[:gzip][:results], not ${spec}`);
  return { label: m[1], dir: resolve(m[2]), gzipOnly: Boolean(m[3]), results: Boolean(m[4]) };
});
const env = {
  ...process.env,
  PATH: `${join(REPO_ROOT, 'node_modules', '.bin')}:${join(homedir(), '.cargo', 'bin')}:${process.env.PATH}`,
  TRUNK_SKIP_VERSION_CHECK: 'true',
};
const started = Date.now();
const lhVersion = JSON.parse(await readFile(join(REPO_ROOT, 'node_modules', 'lighthouse', 'package.json'), 'utf8')).version;

const progress = (msg) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${msg}\n`);
const warnings = [];
const warn = (msg) => {
  warnings.push(msg);
  progress(`warning: ${msg}`);
};

/** Runs a command; returns {ok, out} (stdout+stderr), never throws. */
function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { env, encoding: 'utf8', maxBuffer: 64 << 20, ...opts });
  return { ok: r.status === 0, out: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}` };
}
const tail = (text, n = 15) => text.trim().split('\n').slice(-n).join('\n');
const wasmOptParams = (html) => html.match(/data-wasm-opt-params="([^"]*)"/)?.[1].split(/\s+/).filter(Boolean) ?? [];

// ---------------------------------------------------------------------------------------------
// 1. What is measured: dist/ (as built), the counter (built here), the static page (made here).

if (!existsSync(join(BUILT, 'index.html'))) {
  console.error(`${BUILT}/index.html missing: run 'make build' first (or 'make bench', which does)`);
  process.exit(2);
}
const appParams = wasmOptParams(await readFile(join(REPO_ROOT, 'index.html'), 'utf8'));
const counterParams = wasmOptParams(await readFile(join(COUNTER, 'index.html'), 'utf8'));
if (appParams.join(' ') !== counterParams.join(' ')) {
  warn(`data-wasm-opt-params of bench/counter/index.html differ from index.html's: the counter is not built like the app`);
}

// A smoke run measures dist/ only: it builds nothing.
let counterBuild = { ok: true };
if (!SMOKE) {
  progress('building the Yew counter (bench/counter, trunk --release; ~2 min the first time)');
  counterBuild = run('trunk', ['build', '--release', '--offline'], { cwd: COUNTER });
}
if (!counterBuild.ok) {
  if (!existsSync(join(COUNTER, 'dist', 'index.html'))) {
    console.error(`the counter did not build:\n${tail(counterBuild.out)}`);
    process.exit(2);
  }
  warn(`the counter did not build; measuring the existing bench/counter/dist:\n${tail(counterBuild.out, 5)}`);
}

await rm(OUT, { recursive: true, force: true });
await mkdir(OUT, { recursive: true });
await cp(BUILT, DIST, { recursive: true, filter: (src) => !src.includes(`${BUILT}/.stage`) });

/**
 * The smallest static page of the app's first screen: the heading, the lead paragraph and the
 * first button of dist/index.html's static first screen, as they are, in a bare page: no
 * stylesheet, no script, no image. `<link rel="icon" href="data:,">` stops the browser's
 * /favicon.ico probe, which otherwise lands in some runs' LCP (+0.15 s): the limit should not
 * pay for a request the app does not make either.
 */
function smallestStaticPage(indexHtml) {
  const pick = (re, what) => {
    const m = indexHtml.match(re);
    if (!m) throw new Error(`dist/index.html has no ${what} in its first screen`);
    return m[0].replace(/\s(class|tabindex|lang|disabled)(="[^"]*")?/g, '');
  };
  const h1 = pick(/<h1\b[^>]*>[\s\S]*?<\/h1>/, 'heading');
  const p = pick(/<p class="lead">[\s\S]*?<\/p>/, 'lead paragraph');
  const button = pick(/<button\b[^>]*>[\s\S]*?<\/button>/, 'button');
  const title = indexHtml.match(/<title>[\s\S]*?<\/title>/)?.[0] ?? '<title>Samenwerkingsscan</title>';
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${title}
<link rel="icon" href="data:,">
</head>
<body>
${h1}
${p}
${button}
</body>
</html>
`;
}
const STATIC = join(OUT, 'static');
await mkdir(STATIC, { recursive: true });
await writeFile(join(STATIC, 'index.html'), smallestStaticPage(await readFile(join(DIST, 'index.html'), 'utf8')));
// With its .br and .gz copies, as the app's files: every page is served the same way.
await precompress(STATIC);

// ---------------------------------------------------------------------------------------------
// 2. Where the bytes of the wasm go: a names-preserving build of the same code. wasm-bindgen
// --keep-debug and then wasm-opt -Oz give a byte-identical copy of the shipped wasm (checked
// below); wasm-opt -Oz -g keeps the function names for twiggy.

async function wasmBreakdown() {
  const shipped = (await readdir(DIST)).find((f) => f.endsWith('_bg.wasm'));
  const shippedBytes = shipped ? await readFile(join(DIST, shipped)) : null;
  const dir = join(OUT, 'names');
  await mkdir(dir, { recursive: true });
  const input = join(REPO_ROOT, 'target', 'wasm32-unknown-unknown', 'release', 'samenwerkingsscan.wasm');
  // wasm-bindgen and wasm-opt on cargo's output, as trunk runs them (plus --keep-debug; the
  // --out-name must be trunk's, the bin name: it is part of the wasm);
  // true when wasm-opt -Oz gives back the shipped wasm byte for byte.
  const bindgenAndCompare = async () => {
    for (const [cmd, args] of [
      ['wasm-bindgen', ['--target=web', `--out-dir=${dir}`, '--out-name=samenwerkingsscan', '--keep-debug', '--no-typescript', input]],
      ['wasm-opt', [`--output=${join(dir, 'same-as-shipped.wasm')}`, '-Oz', join(dir, 'samenwerkingsscan_bg.wasm'), ...appParams]],
    ]) {
      const r = run(cmd, args, { cwd: REPO_ROOT });
      if (!r.ok) return { error: `${cmd} failed:\n${tail(r.out, 5)}` };
    }
    // The build's hook then shortens the import names (scripts/shorten-imports.mjs).
    const glue = await readFile(join(dir, 'samenwerkingsscan.js'), 'utf8');
    const same = shortenImports(await readFile(join(dir, 'same-as-shipped.wasm')), glue).wasm;
    return { identical: shippedBytes !== null && same.equals(shippedBytes), size: same.length };
  };
  progress('names-preserving build of the app wasm (wasm-bindgen --keep-debug, wasm-opt -Oz -g; cargo build when target/ is not what dist/ was built from)');
  // The trunk build that made dist/ left cargo's output in target/: use it when it reproduces
  // the shipped wasm; otherwise build (the sources may have changed since dist/ was built).
  let check = existsSync(input) ? await bindgenAndCompare() : { identical: false };
  if (!check.identical) {
    const cargo = run('cargo', ['build', '--target=wasm32-unknown-unknown', '--release', '--offline', '--bin', 'samenwerkingsscan'], { cwd: REPO_ROOT });
    if (!cargo.ok) warn(`cargo build failed (the sources are being edited?); using the last wasm in target/:\n${tail(cargo.out, 3)}`);
    check = await bindgenAndCompare();
  }
  if (check.error) return { error: check.error };
  const identical = check.identical;
  if (!identical) {
    warn(`the names-preserving build is not the shipped wasm (${check.size} vs ${shippedBytes?.length} bytes): dist/ was built from other sources than target/ now holds (run 'make bench' to build both from the same sources)`);
  }
  const opt = run('wasm-opt', [`--output=${join(dir, 'names.wasm')}`, '-Oz', '-g', join(dir, 'samenwerkingsscan_bg.wasm'), ...appParams], { cwd: REPO_ROOT });
  if (!opt.ok) return { error: `wasm-opt -g failed:\n${tail(opt.out, 5)}` };
  const glue = await readFile(join(dir, 'samenwerkingsscan.js'), 'utf8');
  await writeFile(join(dir, 'names.wasm'), shortenImports(await readFile(join(dir, 'names.wasm')), glue).wasm);
  const twiggy = run('twiggy', ['top', '-f', 'json', join(dir, 'names.wasm')]);
  if (!twiggy.ok) {
    return { error: `twiggy failed (install it with 'cargo install twiggy', ~2 min):\n${tail(twiggy.out, 3)}` };
  }
  // The name section exists only in this build; leave it out of the items and the total.
  const items = JSON.parse(twiggy.out).filter((i) => !/names" subsection$/.test(i.name) && !/^Σ|^\.\.\. and/.test(i.name));
  const total = items.reduce((s, i) => s + i.shallow_size, 0);
  // A rough grouping by the crate that defines each item (generic code counts for the crate
  // that defines it, even when it was instantiated for the app).
  const groups = new Map();
  for (const { name, shallow_size } of items) {
    let group;
    if (name.startsWith('data segment')) group = 'data (static strings and tables)';
    else if (/^(code|elem|type|import|export|table|memory|global)\b|section|^"/.test(name)) group = 'unnamed code, types, imports, exports, tables';
    else group = name.match(/([A-Za-z_][A-Za-z0-9_]*)(?:\[[0-9a-f]+\])?::/)?.[1] ?? 'other (unnamed, compiler builtins)';
    groups.set(group, (groups.get(group) ?? 0) + shallow_size);
  }
  return {
    shipped: shipped ?? null,
    shippedSize: shippedBytes?.length ?? null,
    identical,
    namesSize: total,
    top: items.slice(0, 15),
    groups: [...groups].sort((a, b) => b[1] - a[1]),
  };
}
const breakdown = SMOKE ? { error: 'not measured in a smoke run' } : await wasmBreakdown();

// ---------------------------------------------------------------------------------------------
// 3. Lighthouse.

const servers = {
  static: await startServer({ root: STATIC, gzip: true }),
  ...(SMOKE ? {} : { counter: await startServer({ root: join(COUNTER, 'dist'), gzip: true }) }),
  app: await startServer({ root: DIST, gzip: true }),
};
const PAGES = [
  { id: 'static', label: 'static first screen', server: servers.static, url: servers.static.url, root: STATIC },
  { id: 'counter', label: 'Yew counter', server: servers.counter, url: servers.counter?.url, root: join(COUNTER, 'dist') },
  { id: 'welcome', label: 'app: welcome', server: servers.app, url: servers.app.url, root: DIST, app: true },
  { id: 'results', label: 'app: results link', server: servers.app, url: `${servers.app.url}#${RESULTS_LINK}`, root: DIST, app: true },
].filter((page) => !SMOKE || ['static', 'welcome'].includes(page.id));
for (const [i, also] of ALSO.entries()) {
  const server = await startServer({ root: also.dir, gzip: true, brotli: !also.gzipOnly });
  servers[`also${i}`] = server;
  const url = also.results ? `${server.url}#${RESULTS_LINK}` : server.url;
  PAGES.push({ id: `also${i}`, label: also.label, server, url, root: also.dir, app: true, extra: true });
}

/** The size a host sends a file with gzip only: its .gz copy, else gzip -9 (PNGs as they are). */
async function gzipSize(root, path) {
  const rel = decodeURIComponent(new URL(path, 'http://x').pathname).replace(/^\//, '') || 'index.html';
  const file = join(root, rel.endsWith('/') ? `${rel}index.html` : rel);
  if (rel.includes('..') || !existsSync(file)) return null;
  if (existsSync(`${file}.gz`)) return (await readFile(`${file}.gz`)).length;
  const bytes = await readFile(file);
  return GZIP_EXTENSIONS.has(extname(file).toLowerCase()) ? gzipSync(bytes, { level: zlibConstants.Z_BEST_COMPRESSION }).length : bytes.length;
}

let chromiumVersion = 'unknown';
const computedCache = new Map();

/** The main thread's top-level tasks of at least 3 ms (observed, unthrottled) from the first paint on. */
async function tasksAfterFirstPaint(trace, fcpTs) {
  const tasks = await MainThreadTasks.request(trace, { computedCache });
  const summary = (task) => {
    const by = new Map();
    const walk = (t) => {
      by.set(t.event.name, (by.get(t.event.name) ?? 0) + t.selfTime);
      t.children.forEach(walk);
    };
    walk(task);
    return [...by].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([n, ms]) => `${n} ${ms.toFixed(1)}`);
  };
  const layout = (task) => {
    const has = (t) => t.event.name === 'Layout' || t.children.some(has);
    return has(task);
  };
  return tasks
    .filter((t) => !t.parent && t.duration >= 3 && t.event.ts >= fcpTs)
    .map((t) => ({
      start: Math.round(t.startTime),
      ms: Math.round(t.duration * 10) / 10,
      // Thread (CPU) time: what the task itself cost; the wall time above is what Lighthouse
      // multiplies, and other threads on the machine stretch it.
      cpu: t.event.tdur === undefined ? null : Math.round(t.event.tdur / 100) / 10,
      layout: layout(t),
      top: summary(t),
    }));
}

/** One Lighthouse run in a new Chromium with a new profile. */
async function measure(page, i) {
  const profile = await mkdtemp(join(tmpdir(), 'bench-chromium-'));
  const port = 9300 + Math.floor(Math.random() * 600);
  const chrome = spawn(CHROME_PATH, [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'], { stdio: 'ignore' });
  try {
    let version;
    for (let n = 0; n < 100 && !version; n++) {
      version = await fetch(`http://127.0.0.1:${port}/json/version`).then((r) => (r.ok ? r.json() : null), () => null);
      if (!version) await new Promise((r) => setTimeout(r, 100));
    }
    if (!version) throw new Error(`Chromium did not start (${CHROME_PATH})`);
    chromiumVersion = version.Browser?.replace(/^[A-Za-z]+\//, '') ?? chromiumVersion;
    const firstSent = page.server.sent.length;
    const { lhr, artifacts } = await lighthouse(page.url, {
      port,
      logLevel: 'error',
      onlyCategories: ['performance'],
      formFactor: 'mobile',
      throttlingMethod: 'simulate',
    });
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const a = lhr.audits;
    const requests = a['network-requests'].details.items.map((r) => ({
      url: r.url,
      type: r.resourceType,
      transfer: r.transferSize ?? 0,
      resource: r.resourceSize ?? 0,
      status: r.statusCode,
    }));
    const transfer = requests.reduce((s, r) => s + r.transfer, 0);
    // With gzip only: each brotli body among Lighthouse's requests replaced by what a gzip-only
    // host sends. (The server also saw the service worker's own fetches, which Lighthouse's
    // list leaves out: each of its requests is matched to one response of the same path.)
    const sent = page.server.sent.slice(firstSent);
    const brSent = sent.filter((x) => x.encoding === 'br');
    let gzipOnly = transfer;
    for (const r of requests) {
      const { pathname, search } = new URL(r.url);
      const i = brSent.findIndex((x) => x.path === `${pathname}${search}`);
      if (i < 0) continue;
      const [hit] = brSent.splice(i, 1);
      const gz = await gzipSize(page.root, hit.path);
      if (gz !== null) gzipOnly += gz - hit.bytes;
    }
    const observed = a.metrics.details.items[0];
    const lcpNode = a['lcp-breakdown-insight']?.details?.items?.find((x) => x.type === 'node');
    const trace = artifacts.Trace ?? artifacts.traces?.defaultPass;
    let tasks = [];
    if (page.app && trace) {
      const fcpEvent = trace.traceEvents.find((e) => e.name === 'firstContentfulPaint');
      tasks = await tasksAfterFirstPaint(trace, fcpEvent?.ts ?? 0).catch((e) => [{ error: String(e) }]);
      if (TRACES) {
        await mkdir(join(OUT, 'traces'), { recursive: true });
        await writeFile(join(OUT, 'traces', `${page.id}-${i}.json.gz`), gzipSync(JSON.stringify(trace)));
      }
    }
    return {
      lcp: a['largest-contentful-paint'].numericValue,
      fcp: a['first-contentful-paint'].numericValue,
      tti: a.interactive.numericValue,
      tbt: a['total-blocking-time'].numericValue,
      cls: a['cumulative-layout-shift'].numericValue,
      score: Math.round(lhr.categories.performance.score * 100),
      transfer,
      gzipOnly,
      encodings: sent.reduce((o, r) => ({ ...o, [r.encoding ?? 'none']: (o[r.encoding ?? 'none'] ?? 0) + 1 }), {}),
      requests,
      longTasks: (a['long-tasks']?.details?.items ?? []).map((t) => ({ url: basename(t.url ?? ''), start: Math.round(t.startTime), ms: Math.round(t.duration) })),
      tasks,
      lcpElement: lcpNode ? `${lcpNode.snippet} ${JSON.stringify(lcpNode.nodeLabel ?? '')}` : null,
      observedFcp: observed.observedFirstContentfulPaint,
      observedLcp: observed.observedLargestContentfulPaint,
      benchmarkIndex: lhr.environment.benchmarkIndex,
      warnings: lhr.runWarnings,
    };
  } finally {
    chrome.kill();
    await new Promise((ok) => (chrome.exitCode !== null || chrome.signalCode !== null ? ok() : chrome.once('exit', ok)));
    await rm(profile, { recursive: true, force: true, maxRetries: 5 }).catch(() => {});
  }
}

// Lighthouse simulates from the task times it observes, so other work on the machine inflates
// TBT, TTI and LCP. Before each run, wait (up to a minute) until the CPUs are mostly idle, and
// note how busy they were.
const QUIET = 0.25;
async function cpuBusy(ms = 1000) {
  const sum = () => cpus().reduce((t, c) => ({ idle: t.idle + c.times.idle, all: t.all + Object.values(c.times).reduce((x, y) => x + y, 0) }), { idle: 0, all: 0 });
  const before = sum();
  await new Promise((r) => setTimeout(r, ms));
  const after = sum();
  return 1 - (after.idle - before.idle) / Math.max(1, after.all - before.all);
}
const load = [];
const loadAverages = [];
async function waitForQuiet() {
  const until = Date.now() + (SMOKE ? 0 : 60_000);
  let busy = await cpuBusy();
  while (busy > QUIET && Date.now() < until) busy = await cpuBusy(2000);
  load.push(busy);
  loadAverages.push(loadavg()[0]);
  return busy;
}
const runs = Object.fromEntries(PAGES.map((p) => [p.id, []]));
try {
  for (let i = 1; i <= RUNS; i++) {
    for (const page of PAGES) {
      const busy = await waitForQuiet();
      const t = Date.now();
      const m = await measure(page, i);
      m.busyBefore = busy;
      runs[page.id].push(m);
      progress(`run ${i}/${RUNS} ${page.label.padEnd(20)} LCP ${(m.lcp / 1000).toFixed(2)} s  TTI ${(m.tti / 1000).toFixed(2)} s  TBT ${Math.round(m.tbt)} ms  score ${m.score}  ${((Date.now() - t) / 1000).toFixed(0)} s  (CPU ${Math.round(100 * busy)}% busy before)`);
      for (const w of m.warnings) warn(`Lighthouse (${page.label}): ${w}`);
    }
  }
} finally {
  for (const s of Object.values(servers)) await s.close();
}
if (SMOKE) {
  // What the report reads must be there: figures from every run, and the requests of the app's.
  const missing = PAGES.flatMap(({ id, label }) =>
    runs[id].flatMap((m) => {
      const bad = ['lcp', 'fcp', 'tti', 'tbt', 'cls', 'transfer'].filter((k) => !Number.isFinite(m[k]));
      if (!(m.transfer > 0) || m.requests.length === 0) bad.push('requests');
      return bad.length ? [`${label}: ${bad.join(', ')}`] : [];
    }),
  );
  if (missing.length) {
    console.error(`bench smoke: runs without figures:\n  ${missing.join('\n  ')}`);
    process.exit(1);
  }
}
for (const page of PAGES) {
  const enc = runs[page.id][0]?.encodings ?? {};
  if (!enc.br && !(page.extra && ALSO[Number(page.id.slice(4))]?.gzipOnly)) warn(`${page.label}: no response was sent brotli-encoded (${JSON.stringify(enc)}); does the browser accept br, and did the build write .br copies?`);
}

// ---------------------------------------------------------------------------------------------
// 4. Report.

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const result = {};
for (const { id } of PAGES) {
  const rs = runs[id];
  result[id] = Object.fromEntries(['lcp', 'fcp', 'tti', 'tbt', 'cls', 'score', 'transfer', 'gzipOnly'].map((k) => [k, median(rs.map((r) => r[k]))]));
  result[id].ttiMax = Math.max(...rs.map((r) => r.tti));
  result[id].clsMax = Math.max(...rs.map((r) => r.cls));
}
const sec = (ms) => `${(ms / 1000).toFixed(2)} s`;
const kb = (b) => `${(b / KB).toFixed(1)} KB`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const date = new Date().toISOString().slice(0, 10);
const machine = process.env.BENCH_MACHINE ?? `rust, ${cpus().length} cores`;
const benchIndex = median(Object.values(runs).flat().map((r) => r.benchmarkIndex));
const minutes = (Date.now() - started) / 60000;
const busyRuns = load.filter((b) => b > QUIET).length;
if (busyRuns) {
  warn(`other work kept the CPUs busy before ${busyRuns} of ${load.length} runs (up to ${Math.round(100 * Math.max(...load))}%, ${SMOKE ? 'not waited for in a smoke run' : 'waited a minute each'}): the CPU-bound figures (TBT, TTI, LCP) come out higher than on an idle machine`);
}
const ttiRuns = (id) => runs[id].map((m) => (m.tti / 1000).toFixed(2)).join(' ');

const out = [];
const p = (line = '') => out.push(line);
if (SMOKE) p('SMOKE RUN (--smoke): one run each, no waiting for idle CPUs, no counter; it shows the script works. The figures and verdicts below are not a measurement.');
p(`Performance benchmark (issue 15): ${date}, ${machine}, Chromium ${chromiumVersion}`);
p(`Lighthouse ${lhVersion}, mobile preset (simulated: 4x CPU slowdown, 150 ms RTT, 1.6 Mbps down), served as a static host with`);
p(`precompressed copies serves it (.br when accepted, else .gz), median of ${RUNS} run${RUNS > 1 ? 's' : ''} per page, fresh Chromium profile per run;`);
p(`Lighthouse benchmarkIndex ${Math.round(benchIndex)}; CPU busy with other work before the runs: ${Math.round(100 * median(load))}% median, ${Math.round(100 * Math.max(...load))}% at most;`);
p(`1-minute load average ${median(loadAverages).toFixed(2)} median, ${Math.max(...loadAverages).toFixed(2)} at most`);
p();
p(`${pad('page', 21)}${lpad('LCP', 7)}${lpad('FCP', 7)}${lpad('TTI', 7)}${lpad('TBT', 8)}${lpad('CLS', 7)}${lpad('perf', 5)}${lpad('br', 10)}${lpad('gzip only', 11)}   TTI of each run`);
for (const { id, label } of PAGES) {
  const r = result[id];
  p(`${pad(label, 21)}${lpad(sec(r.lcp), 7)}${lpad(sec(r.fcp), 7)}${lpad(sec(r.tti), 7)}${lpad(`${Math.round(r.tbt)} ms`, 8)}${lpad(r.cls.toFixed(3), 7)}${lpad(r.score, 5)}${lpad(kb(r.transfer), 10)}${lpad(kb(r.gzipOnly), 11)}   ${ttiRuns(id)}`);
}
p('(br: transfer as sent to Chromium, which accepts br; gzip only: the same with each brotli body replaced by the gzip copy a');
p(' gzip-only host sends. Both are Lighthouse\'s count: bodies plus HTTP headers.)');
p();
// A smoke run measures no counter: its ratios are left empty.
const toCounter = (r, key) => (result.counter ? ratio(r[key], result.counter[key]) : '-');
p('Ratios to the static page and to the Yew counter:');
p(`${pad('', 21)}${lpad('LCP/static', 12)}${lpad('bytes/static', 14)}${lpad('LCP/counter', 13)}${lpad('bytes/counter', 15)}`);
for (const { id, label } of PAGES.filter((x) => x.id !== 'static')) {
  const r = result[id];
  p(`${pad(label, 21)}${lpad(ratio(r.lcp, result.static.lcp), 12)}${lpad(ratio(r.transfer, result.static.transfer), 14)}${lpad(toCounter(r, 'lcp'), 13)}${lpad(toCounter(r, 'transfer'), 15)}`);
}
p();

const lcpLimit = result.static.lcp * BUDGET.lcpRatio;
const budgets = [
  [`LCP ≤ 1.1 × static (${sec(lcpLimit)})`, (r) => [r.lcp <= lcpLimit, sec(r.lcp)]],
  ['TTI ≤ 1.6 s in every run', (r) => [r.ttiMax <= BUDGET.tti, `${sec(r.ttiMax)} at most`]],
  ['TBT ≤ 50 ms', (r) => [r.tbt <= BUDGET.tbt, `${Math.round(r.tbt)} ms`]],
  ['CLS 0 (every run)', (r) => [r.clsMax === BUDGET.cls, r.clsMax.toFixed(3)]],
  ['performance 100', (r) => [r.score >= BUDGET.score, String(r.score)]],
  ['transfer ≤ 150 KB as sent', (r) => [r.transfer <= BUDGET.transfer, `${kb(r.transfer)} (gzip only ${kb(r.gzipOnly)})`]],
];
const judged = PAGES.filter((x) => x.app);
const verdicts = budgets.map(([name, f]) => [name, ...judged.map(({ id }) => f(result[id]))]);
p('Budgets (issue 15), on the medians of the runs (TTI and CLS: on every run):');
p(`${pad('', 30)}${judged.map((x) => pad(x.label, 34)).join('')}`);
for (const [name, ...v] of verdicts) p(`${pad(name, 30)}${v.map((x) => pad(`${x[0] ? 'PASS' : 'FAIL'} ${x[1]}`, 34)).join('')}`);
const failed = verdicts.flatMap(([name, ...v]) => v.flatMap((x, i) => (x[0] ? [] : [`${name} (${judged[i].label})`])));
p(failed.length ? `${failed.length} budget check${failed.length > 1 ? 's' : ''} FAIL.` : 'All budgets PASS.');
p();

p('The LCP element of each page, and in how many runs the browser recorded it at the first paint');
p('(the HTML\'s own text) rather than later (text the script rendered), in the unthrottled trace');
p('that Lighthouse simulates from:');
for (const { id, label } of PAGES) {
  const rs = runs[id];
  const atFcp = rs.filter((m) => m.observedLcp - m.observedFcp < 16).length;
  const el = rs.map((m) => m.lcpElement).find(Boolean) ?? '(none reported)';
  p(`  ${pad(label, 19)} ${atFcp}/${rs.length} at first paint  ${el.length > 84 ? `${el.slice(0, 83)}…` : el}`);
}
p();

p('What decides TTI, per app run: Lighthouse\'s TTI is the end of the last simulated task over 50 ms (a task is');
p('simulated 4x as long as observed, 2x when it did layout), at least the LCP. Long tasks (simulated start+duration, ms),');
p('then the top-level main-thread tasks of at least 3 ms after the first paint (observed: wall time, which Lighthouse');
p('multiplies, and the thread\'s CPU time, which other work does not stretch; L = did layout; the largest parts by self time):');
for (const { id, label } of judged) {
  for (const [i, m] of runs[id].entries()) {
    p(`  ${label} run ${i + 1}: TTI ${sec(m.tti)}, TBT ${Math.round(m.tbt)} ms; long tasks: ${m.longTasks.map((t) => `${t.start}+${t.ms} ${t.url || '(no url)'}`).join(', ') || 'none'}`);
    // The app's own work and whatever was stretched: 2 ms of CPU, or 12.5 ms of wall time (a
    // long task once simulated).
    for (const t of m.tasks.filter((x) => x.error || x.cpu === null || x.cpu >= 2 || x.ms >= 12.5).slice(0, 14)) {
      p(t.error ? `      (tasks: ${t.error})` : `      @${t.start} ${lpad(t.ms.toFixed(1), 5)} ms wall ${lpad(t.cpu === null ? '?' : t.cpu.toFixed(1), 5)} ms CPU${t.layout ? ' L' : '  '}  ${t.top.join(', ')}`);
    }
  }
}
p();

/** The gzip and brotli body sizes of the file behind a request to the app's server. */
async function bodies(url) {
  const rel = decodeURIComponent(new URL(url).pathname).replace(/^\//, '') || 'index.html';
  const file = join(DIST, rel);
  if (!existsSync(file) || rel.includes('..')) return { gz: 0, br: 0 };
  const gz = await gzipSize(DIST, new URL(url).pathname);
  const br = existsSync(`${file}.br`) ? (await readFile(`${file}.br`)).length : gz;
  return { gz, br };
}
p('Where the bytes go: the requests of the app (welcome screen, first run). Transfer is what Lighthouse counts');
p('(body as sent + HTTP headers); br and gzip are the bodies a host sends with the build\'s copies:');
p(`  ${pad('request', 46)}${pad('type', 11)}${lpad('transfer', 10)}${lpad('br', 10)}${lpad('gzip', 10)}${lpad('raw', 10)}`);
const appRequests = runs.welcome[0].requests;
let totalBr = 0;
let totalGz = 0;
for (const r of [...appRequests].sort((a, b) => b.transfer - a.transfer)) {
  const name = basename(new URL(r.url).pathname) || '(document)';
  const b = r.status >= 400 ? { gz: 0, br: 0 } : await bodies(r.url);
  totalBr += b.br;
  totalGz += b.gz;
  p(`  ${pad(name.length > 45 ? `${name.slice(0, 44)}…` : name, 46)}${pad(r.type ?? '', 11)}${lpad(kb(r.transfer), 10)}${lpad(kb(b.br), 10)}${lpad(kb(b.gz), 10)}${lpad(kb(r.resource), 10)}${r.status >= 400 ? `  (HTTP ${r.status}, the browser's own probe)` : ''}`);
}
p(`  ${pad(`total, ${appRequests.length} requests`, 57)}${lpad(kb(runs.welcome[0].transfer), 10)}${lpad(kb(totalBr), 10)}${lpad(kb(totalGz), 10)}`);
p();
if (breakdown.error) {
  p(`The top items of the app's wasm: not available: ${breakdown.error}`);
} else {
  p(`The top 15 items of the app's wasm (twiggy top, raw bytes before compression), from a names-preserving`);
  p(`build: ${breakdown.identical ? 'the same build without -g is byte-identical to' : 'WARNING, not identical to'} the shipped ${breakdown.shipped} (${breakdown.shippedSize} bytes).`);
  p(`Percentages of its ${breakdown.namesSize} bytes of code and data (the name section left out):`);
  for (const i of breakdown.top) {
    const name = i.name.replace(/::h[0-9a-f]{16}$/, '');
    p(`  ${lpad(i.shallow_size, 7)} ${lpad(((100 * i.shallow_size) / breakdown.namesSize).toFixed(1), 5)}%  ${name.length > 110 ? `${name.slice(0, 109)}…` : name}`);
  }
  p('By crate (rough: generic code counts for the crate that defines it):');
  for (const [group, size] of breakdown.groups.slice(0, 10)) {
    p(`  ${lpad(size, 7)} ${lpad(((100 * size) / breakdown.namesSize).toFixed(1), 5)}%  ${group}`);
  }
}
p();

if (warnings.length) {
  p('Warnings:');
  for (const w of warnings) p(`  - ${w.split('\n').join('\n    ')}`);
  p();
}
p(`The benchmark took ${minutes.toFixed(1)} min.`);
p();

p('Markdown, for docs/performance.md:');
p();
p(`Measured ${date} on the \`${machine}\` machine kind, Chromium ${chromiumVersion}, with \`make bench\`: Lighthouse ${lhVersion}, mobile`);
p(`preset (simulated 4x CPU slowdown, slow 4G), precompressed copies served (.br), median of ${RUNS} run${RUNS > 1 ? 's' : ''}, side by side in one run;`);
p(`CPU busy with other work before the runs ${Math.round(100 * median(load))}% median (${Math.round(100 * Math.max(...load))}% at most), load average ${median(loadAverages).toFixed(2)}.`);
p();
p('| page | LCP | TTI (median; every run) | TBT | CLS | score | transfer br | transfer gzip only | LCP / static | bytes / static | LCP / counter |');
p('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
const names = { static: 'smallest static page (heading, paragraph, button)', counter: 'Yew 0.23 counter, same profile', welcome: 'this app: welcome', results: 'this app: results link' };
for (const { id, label } of PAGES) {
  const r = result[id];
  const cells = id === 'static' ? ['', '', ''] : [ratio(r.lcp, result.static.lcp), ratio(r.transfer, result.static.transfer), id === 'counter' ? '' : toCounter(r, 'lcp')];
  p(`| ${names[id] ?? label} | ${sec(r.lcp)} | ${sec(r.tti)}; ${ttiRuns(id)} | ${Math.round(r.tbt)} ms | ${r.clsMax.toFixed(3)} | ${r.score} | ${kb(r.transfer)} | ${kb(r.gzipOnly)} | ${cells.join(' | ')} |`);
}
p();
p(`| budget | ${judged.map((x) => x.label).join(' | ')} |`);
p(`|---|${judged.map(() => '---').join('|')}|`);
for (const [name, ...v] of verdicts) p(`| ${name} | ${v.map((x) => `${x[0] ? 'pass' : '**fail**'} (${x[1]})`).join(' | ')} |`);

console.log(out.join('\n'));
await writeFile(join(OUT, 'last.json'), JSON.stringify({ date, machine, chromiumVersion, lighthouse: lhVersion, load, loadAverages, runs, result, breakdown, warnings }, null, 1));
process.exit(0);
