// Builds the facilitator's wasm (src/bin/facilitator.rs) next to the participant's one that
// trunk builds, as trunk would build it, into the staging directory. Trunk 0.21 builds one
// Rust app per page ("only one <link data-trunk rel="rust" data-type="main"> may be
// specified"), so scripts/minify-dist.mjs (trunk's post_build hook) runs this.
//
// Why two: the participant's wasm leaves out the facilitator's screens (the workshop, a team
// link's page: the team view, the presenter, the agreements, the comparison), about a quarter
// of the app as sent, which a participant on a phone never uses (README, Performance). The
// facilitator's has every screen. index.html's loader starts the facilitator's at once on a
// team link, and the participant's app loads it when the facilitator's screens are needed.
//
// Steps, as trunk runs them for its own app: cargo build of the bin (same profile; the library
// is already built, so this is mostly the bin's link), wasm-bindgen --target=web, wasm-opt with
// index.html's data-wasm-opt and data-wasm-opt-params on a release build, then what
// minify-dist.mjs does to trunk's files: short import names and the glue minified by esbuild.
// The files are named by their content (`facilitator-<hash>.js`, `facilitator-<hash>.wasm`)
// like trunk's, so a host may cache them for a year.
//
//   import { buildFacilitator } from './build-facilitator.mjs';
//   const { glue, glueIntegrity, wasm, wasmIntegrity } = await buildFacilitator(stagingDir);

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { shortenImports } from './shorten-imports.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BIN = 'facilitator';

/** The subresource integrity of `bytes`, as the loader checks it. */
export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

function run(command, args) {
  execFileSync(command, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
}

export async function buildFacilitator(dir, { profile = process.env.TRUNK_PROFILE ?? 'release' } = {}) {
  const release = profile !== 'debug';
  const metadata = JSON.parse(
    execFileSync('cargo', ['metadata', '--format-version=1', '--no-deps'], { cwd: ROOT, encoding: 'utf8' }),
  );
  run('cargo', ['build', '--target=wasm32-unknown-unknown', `--bin=${BIN}`, ...(release ? ['--release'] : [])]);
  const built = join(metadata.target_directory, 'wasm32-unknown-unknown', release ? 'release' : 'debug', `${BIN}.wasm`);

  const work = await mkdtemp(join(tmpdir(), 'facilitator-'));
  try {
    run('wasm-bindgen', ['--target=web', `--out-dir=${work}`, `--out-name=${BIN}`, '--no-typescript', built]);
    let wasmFile = join(work, `${BIN}_bg.wasm`);
    // wasm-opt as index.html asks trunk to run it on the participant's wasm.
    const page = await readFile(process.env.TRUNK_HTML_FILE ?? join(ROOT, 'index.html'), 'utf8');
    const level = page.match(/data-wasm-opt="([^"]*)"/)?.[1];
    const params = page.match(/data-wasm-opt-params="([^"]*)"/)?.[1].split(/\s+/).filter(Boolean) ?? [];
    if (release && level && level !== '0') {
      const optimised = join(work, `${BIN}_opt.wasm`);
      run('wasm-opt', [`--output=${optimised}`, `-O${level}`, wasmFile, ...params]);
      wasmFile = optimised;
    }
    const shorter = shortenImports(await readFile(wasmFile), await readFile(join(work, `${BIN}.js`), 'utf8'));
    const { code } = await transform(shorter.js, {
      loader: 'js',
      minify: true,
      format: 'esm',
      target: 'es2020',
      legalComments: 'none',
    });
    const hash = createHash('sha256').update(shorter.wasm).update(code).digest('hex').slice(0, 16);
    const glue = `${BIN}-${hash}.js`;
    const wasm = `${BIN}-${hash}.wasm`;
    await writeFile(join(dir, glue), code);
    await writeFile(join(dir, wasm), shorter.wasm);
    return { glue: `./${glue}`, glueIntegrity: sri(Buffer.from(code)), wasm: `./${wasm}`, wasmIntegrity: sri(shorter.wasm) };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
