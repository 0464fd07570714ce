// The performance benchmark of issue 7: Lighthouse 13 (node API), mobile preset (simulated 4x
// CPU slowdown and slow 4G), responses served gzip (the build's .gz copies, else gzip -9), the median of 3 runs of each page, in
// one run and side by side:
//   1. a static HTML page of the app's first screen (bench/static, no script),
//   2. the canonical Yew 0.23 counter built like the app (bench/counter),
//   3. the app (dist/) on its welcome screen and on a results link.
// Prints LCP, TTI, TBT, CLS, the performance score and the transfer size (the sum of the
// transfer sizes in Lighthouse's network-requests audit) of each, the app's ratios to the other
// two, PASS/FAIL for each budget of the issue, where the app's bytes go (its requests, and the
// top items of its wasm by twiggy on a names-preserving build), and a Markdown table for the
// README. It reports and exits 0 when a budget fails: it is a benchmark, not a test.
//
//   make bench                     (builds dist/ first, then runs this)
//   node scripts/bench.mjs [--runs N]   (measures the dist/ that is there; N defaults to 3)
//
// Every Lighthouse run gets a new Chromium with a new, empty profile (no service worker, cache
// or storage from an earlier run); the runs are interleaved (static, counter, app, app, then
// again) and each waits until the CPUs are idle (up to a minute), so other work on the machine
// does not land on one page only. The app is served from a copy of dist/ taken at the start;
// when its first screen has changed, bench/static/index.html is rewritten to match before
// measuring (and the report says so). All runs are written to bench/.out/last.json.

import { spawn, spawnSync } from 'node:child_process';
import { cp, readdir, readFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { cpus, homedir, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { get } from 'node:http';
import { constants as zlibConstants, gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROME_PATH, DIST as BUILT, REPO_ROOT, launchBrowser } from '../tests/e2e/helpers.mjs';
import { GZIP_EXTENSIONS, startServer } from '../tests/e2e/server.mjs';
import { checkStaticPage, stageStatic, writeStaticPage } from '../bench/first-screen.mjs';
import { shortenImports } from './shorten-imports.mjs';

const RESULTS_LINK = 'v1rANV2lqa3RlYW0gT29zdAImgXM4vm3j2fS16dl';
const KB = 1024;
const BUDGET = { transfer: 100 * KB, stretch: 80 * KB, lcpRatio: 1.2, tti: 1600, tbt: 50, cls: 0, score: 100 };
const BENCH = join(REPO_ROOT, 'bench');
const OUT = join(BENCH, '.out');
const COUNTER = join(BENCH, 'counter');
// The app is measured from a copy of dist/ taken at the start, so a build during the runs does
// not change what is measured half-way.
const DIST = join(OUT, 'app');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1]) || 3) : 3;
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
// 1. What is measured: dist/ (as built), the counter (built here), the static page (staged).

if (!existsSync(join(BUILT, 'index.html'))) {
  console.error(`${BUILT}/index.html missing: run 'make build' first (or 'make bench', which does)`);
  process.exit(2);
}
const appParams = wasmOptParams(await readFile(join(REPO_ROOT, 'index.html'), 'utf8'));
const counterParams = wasmOptParams(await readFile(join(COUNTER, 'index.html'), 'utf8'));
if (appParams.join(' ') !== counterParams.join(' ')) {
  warn(`data-wasm-opt-params of bench/counter/index.html differ from index.html's: the counter is not built like the app`);
}

progress('building the Yew counter (bench/counter, trunk --release; ~2 min the first time)');
const counterBuild = run('trunk', ['build', '--release', '--offline'], { cwd: COUNTER });
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
const notes = [];
{
  progress("checking that bench/static/index.html still shows the app's first screen");
  const browser = await launchBrowser();
  try {
    await stageStatic(join(OUT, 'static'), DIST);
    if (!(await checkStaticPage(browser, join(OUT, 'static'), DIST)).same) {
      await writeStaticPage(browser, DIST);
      notes.push("The app's first screen had changed: bench/static/index.html was rewritten from dist/ (node bench/first-screen.mjs) before measuring.");
      progress(notes.at(-1));
      await rm(join(OUT, 'static'), { recursive: true, force: true });
    }
  } finally {
    await browser.close();
  }
}
const stagedStatic = await stageStatic(join(OUT, 'static'), DIST);

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
const breakdown = await wasmBreakdown();

// ---------------------------------------------------------------------------------------------
// 3. Lighthouse.

const servers = {
  static: await startServer({ root: stagedStatic, gzip: true }),
  counter: await startServer({ root: join(COUNTER, 'dist'), gzip: true }),
  app: await startServer({ root: DIST, gzip: true }),
};
const PAGES = [
  { id: 'static', label: 'static first screen', url: servers.static.url },
  { id: 'counter', label: 'Yew counter', url: servers.counter.url },
  { id: 'welcome', label: 'app: welcome', url: servers.app.url },
  { id: 'results', label: 'app: results link', url: `${servers.app.url}#${RESULTS_LINK}` },
];

/** Checks that a URL comes back gzip-encoded (the servers compress only when asked). */
const isGzipped = (url) =>
  new Promise((ok) => {
    get(url, { headers: { 'Accept-Encoding': 'gzip' } }, (res) => {
      res.resume();
      ok(res.headers['content-encoding'] === 'gzip');
    }).on('error', () => ok(false));
  });
const appWasm = (await readdir(DIST)).find((f) => f.endsWith('.wasm'));
for (const url of [servers.static.url, servers.counter.url, servers.app.url, appWasm && new URL(appWasm, servers.app.url).href].filter(Boolean)) {
  if (!(await isGzipped(url))) warn(`${url} is not served gzip-encoded`);
}

let chromiumVersion = 'unknown';

/** One Lighthouse run in a new Chromium with a new profile. */
async function measure(url) {
  const profile = await mkdtemp(join(tmpdir(), 'bench-chromium-'));
  const port = 9300 + Math.floor(Math.random() * 600);
  const chrome = spawn(CHROME_PATH, [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'], { stdio: 'ignore' });
  try {
    let version;
    for (let i = 0; i < 100 && !version; i++) {
      version = await fetch(`http://127.0.0.1:${port}/json/version`).then((r) => (r.ok ? r.json() : null), () => null);
      if (!version) await new Promise((r) => setTimeout(r, 100));
    }
    if (!version) throw new Error(`Chromium did not start (${CHROME_PATH})`);
    chromiumVersion = version.Browser?.replace(/^[A-Za-z]+\//, '') ?? chromiumVersion;
    const { lhr } = await lighthouse(url, {
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
    const observed = a.metrics.details.items[0];
    const lcpNode = a['lcp-breakdown-insight']?.details?.items?.find((i) => i.type === 'node');
    return {
      lcp: a['largest-contentful-paint'].numericValue,
      fcp: a['first-contentful-paint'].numericValue,
      tti: a.interactive.numericValue,
      tbt: a['total-blocking-time'].numericValue,
      cls: a['cumulative-layout-shift'].numericValue,
      score: Math.round(lhr.categories.performance.score * 100),
      transfer: requests.reduce((s, r) => s + r.transfer, 0),
      requests,
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
  const sum = () => cpus().reduce((t, c) => ({ idle: t.idle + c.times.idle, all: t.all + Object.values(c.times).reduce((a, b) => a + b, 0) }), { idle: 0, all: 0 });
  const a = sum();
  await new Promise((r) => setTimeout(r, ms));
  const b = sum();
  return 1 - (b.idle - a.idle) / Math.max(1, b.all - a.all);
}
const load = [];
async function waitForQuiet() {
  const until = Date.now() + 60_000;
  let busy = await cpuBusy();
  while (busy > QUIET && Date.now() < until) busy = await cpuBusy(2000);
  load.push(busy);
  return busy;
}
const runs = Object.fromEntries(PAGES.map((p) => [p.id, []]));
try {
  for (let i = 1; i <= RUNS; i++) {
    for (const page of PAGES) {
      const busy = await waitForQuiet();
      const t = Date.now();
      const m = await measure(page.url);
      runs[page.id].push(m);
      progress(`run ${i}/${RUNS} ${page.label.padEnd(20)} LCP ${(m.lcp / 1000).toFixed(2)} s  TBT ${Math.round(m.tbt)} ms  score ${m.score}  ${((Date.now() - t) / 1000).toFixed(0)} s  (CPU ${Math.round(100 * busy)}% busy before)`);
      for (const w of m.warnings) warn(`Lighthouse (${page.label}): ${w}`);
    }
  }
} finally {
  for (const s of Object.values(servers)) await s.close();
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
  result[id] = Object.fromEntries(['lcp', 'fcp', 'tti', 'tbt', 'cls', 'score', 'transfer'].map((k) => [k, median(rs.map((r) => r[k]))]));
}
const sec = (ms) => `${(ms / 1000).toFixed(2)} s`;
const kb = (b) => `${(b / KB).toFixed(1)} KB`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const date = new Date().toISOString().slice(0, 10);
const machine = process.env.BENCH_MACHINE ?? `rust (${cpus().length} cores)`;
const benchIndex = median(Object.values(runs).flat().map((r) => r.benchmarkIndex));
const minutes = (Date.now() - started) / 60000;
const busyRuns = load.filter((b) => b > QUIET).length;
if (busyRuns) {
  warn(`other work kept the CPUs busy before ${busyRuns} of ${load.length} runs (up to ${Math.round(100 * Math.max(...load))}%, waited a minute each): the CPU-bound figures (TBT, TTI, LCP) come out higher than on an idle machine`);
}

const out = [];
const p = (line = '') => out.push(line);
p(`Performance benchmark (issue 7): ${date}, ${machine}, Chromium ${chromiumVersion}`);
p(`Lighthouse ${lhVersion}, mobile preset (simulated: 4x CPU slowdown, 150 ms RTT, 1.6 Mbps down), gzip served (the build's zopfli .gz copies),`);
p(`median of ${RUNS} run${RUNS > 1 ? 's' : ''} per page, fresh Chromium profile per run; Lighthouse benchmarkIndex ${Math.round(benchIndex)},`);
p(`CPU busy with other work before the runs: ${Math.round(100 * median(load))}% median, ${Math.round(100 * Math.max(...load))}% at most`);
p();
p(`${pad('page', 21)}${lpad('LCP', 8)}${lpad('FCP', 8)}${lpad('TTI', 8)}${lpad('TBT', 8)}${lpad('CLS', 7)}${lpad('perf', 6)}${lpad('transfer', 10)}   LCP of each run`);
for (const { id, label } of PAGES) {
  const r = result[id];
  p(`${pad(label, 21)}${lpad(sec(r.lcp), 8)}${lpad(sec(r.fcp), 8)}${lpad(sec(r.tti), 8)}${lpad(`${Math.round(r.tbt)} ms`, 8)}${lpad(r.cls.toFixed(3), 7)}${lpad(r.score, 6)}${lpad(kb(r.transfer), 10)}   ${runs[id].map((m) => (m.lcp / 1000).toFixed(2)).join(' ')}`);
}
p();
p('Ratios of the app to the static page and to the Yew counter:');
p(`${pad('', 21)}${lpad('LCP/static', 12)}${lpad('bytes/static', 14)}${lpad('LCP/counter', 13)}${lpad('bytes/counter', 15)}`);
for (const id of ['welcome', 'results']) {
  const r = result[id];
  p(`${pad(PAGES.find((x) => x.id === id).label, 21)}${lpad(ratio(r.lcp, result.static.lcp), 12)}${lpad(ratio(r.transfer, result.static.transfer), 14)}${lpad(ratio(r.lcp, result.counter.lcp), 13)}${lpad(ratio(r.transfer, result.counter.transfer), 15)}`);
}
p();

const lcpLimit = result.static.lcp * BUDGET.lcpRatio;
const budgets = [
  ['transfer ≤ 100 KB gzip', (r) => [r.transfer <= BUDGET.transfer, `${kb(r.transfer)}${r.transfer <= BUDGET.stretch ? ', within the 80 KB stretch' : ''}`]],
  [`LCP ≤ 1.2 × static (${sec(lcpLimit)})`, (r) => [r.lcp <= lcpLimit, sec(r.lcp)]],
  ['TTI ≤ 1.6 s', (r) => [r.tti <= BUDGET.tti, sec(r.tti)]],
  ['TBT ≤ 50 ms', (r) => [r.tbt <= BUDGET.tbt, `${Math.round(r.tbt)} ms`]],
  ['CLS 0', (r) => [r.cls === BUDGET.cls, r.cls.toFixed(3)]],
  ['performance 100', (r) => [r.score >= BUDGET.score, String(r.score)]],
];
const verdicts = budgets.map(([name, f]) => [name, ...['welcome', 'results'].map((id) => f(result[id]))]);
p('Budgets (issue 7), on the median figures:');
p(`${pad('', 32)}${pad('app: welcome', 28)}app: results link`);
for (const [name, w, r] of verdicts) p(`${pad(name, 32)}${pad(`${w[0] ? 'PASS' : 'FAIL'} ${w[1]}`, 28)}${r[0] ? 'PASS' : 'FAIL'} ${r[1]}`);
const failed = verdicts.flatMap(([name, w, r]) => [w[0] ? [] : `${name} (welcome)`, r[0] ? [] : `${name} (results link)`].flat());
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

/** The gzip size of the file behind a request to the app's server (what the body was). */
async function gzipBody(url) {
  const rel = decodeURIComponent(new URL(url).pathname).replace(/^\//, '') || 'index.html';
  const file = join(DIST, rel);
  if (!existsSync(file) || rel.includes('..')) return 0;
  const bytes = await readFile(file);
  const ext = rel.slice(rel.lastIndexOf('.')).toLowerCase();
  if (!GZIP_EXTENSIONS.has(ext)) return bytes.length;
  // What the server sends: the build's .gz copy when there is one, else gzip -9.
  if (existsSync(`${file}.gz`)) return (await readFile(`${file}.gz`)).length;
  return gzipSync(bytes, { level: zlibConstants.Z_BEST_COMPRESSION }).length;
}
p('Where the bytes go: the requests of the app (welcome screen, first run). Transfer is what');
p('Lighthouse counts (gzip body + HTTP headers); body is the size of the .gz copy the build made');
p('(zopfli), or gzip -9 of the file without one:');
p(`  ${pad('request', 46)}${pad('type', 11)}${lpad('transfer', 10)}${lpad('body', 10)}${lpad('raw', 10)}`);
const appRequests = runs.welcome[0].requests;
let bodies = 0;
for (const r of [...appRequests].sort((a, b) => b.transfer - a.transfer)) {
  const name = basename(new URL(r.url).pathname) || '(document)';
  const body = r.status >= 400 ? 0 : await gzipBody(r.url);
  bodies += body;
  p(`  ${pad(name.length > 45 ? `${name.slice(0, 44)}…` : name, 46)}${pad(r.type ?? '', 11)}${lpad(kb(r.transfer), 10)}${lpad(kb(body), 10)}${lpad(kb(r.resource), 10)}${r.status >= 400 ? `  (HTTP ${r.status}, the browser's own probe)` : ''}`);
}
p(`  ${pad(`total, ${appRequests.length} requests`, 57)}${lpad(kb(runs.welcome[0].transfer), 10)}${lpad(kb(bodies), 10)}`);
p();
if (breakdown.error) {
  p(`The top items of the app's wasm: not available: ${breakdown.error}`);
} else {
  p(`The top 15 items of the app's wasm (twiggy top, raw bytes before gzip), from a names-preserving`);
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

for (const n of notes) p(n);
if (notes.length) p();
if (warnings.length) {
  p('Warnings:');
  for (const w of warnings) p(`  - ${w.split('\n').join('\n    ')}`);
  p();
}
p(`The benchmark took ${minutes.toFixed(1)} min.`);
p();

p('Markdown, for the README:');
p();
p(`Measured ${date} on ${machine}, Chromium ${chromiumVersion}, with \`make bench\`: Lighthouse ${lhVersion}, mobile preset`);
p(`(simulated 4x CPU slowdown, slow 4G), gzip, median of ${RUNS} run${RUNS > 1 ? 's' : ''}, the three side by side in one run.`);
p();
p('| page | LCP | TTI | TBT | CLS | performance | transfer (gzip) | LCP app/static | transfer app/static | LCP app/counter | transfer app/counter |');
p('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const { id, label } of PAGES) {
  const r = result[id];
  const app = id === 'welcome' || id === 'results';
  const cells = app
    ? [ratio(r.lcp, result.static.lcp), ratio(r.transfer, result.static.transfer), ratio(r.lcp, result.counter.lcp), ratio(r.transfer, result.counter.transfer)]
    : ['', '', '', ''];
  const name = { static: 'static page of the first screen', counter: 'Yew 0.23 counter, same profile', welcome: 'this app: welcome', results: 'this app: results link' }[id];
  p(`| ${name} | ${sec(r.lcp)} | ${sec(r.tti)} | ${Math.round(r.tbt)} ms | ${r.cls.toFixed(3)} | ${r.score} | ${kb(r.transfer)} | ${cells.join(' | ')} |`);
}
p();
p('| budget | welcome | results link |');
p('|---|---|---|');
for (const [name, w, r] of verdicts) p(`| ${name} | ${w[0] ? 'pass' : '**fail**'} (${w[1]}) | ${r[0] ? 'pass' : '**fail**'} (${r[1]}) |`);

console.log(out.join('\n'));
await writeFile(join(OUT, 'last.json'), JSON.stringify({ date, machine, chromiumVersion, lighthouse: lhVersion, runs, result, breakdown, warnings }, null, 1));
process.exit(0);
