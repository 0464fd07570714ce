// scripts/shorten-imports.mjs on hand-made modules: the import names of the glue's module get
// short names in the wasm and in the glue alike, imports of other modules and every other
// section stay as they were, and a glue that does not name an import exactly once stops the
// build. (Every browser test runs the real build's result.)

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shortenImports } from '../../scripts/shorten-imports.mjs';

const name = (s) => [Buffer.byteLength(s), ...Buffer.from(s)];
const section = (id, bytes) => [id, bytes.length, ...bytes]; // sizes < 128 in these modules

/** A module importing two functions from the glue, a memory and a global from "env". */
function module(glue, [first, second]) {
  const types = section(1, [1, 0x60, 0, 0]); // one type: () -> ()
  const imports = section(2, [
    4,
    ...name(glue), ...name(first), 0x00, 0,
    ...name('env'), ...name('memory'), 0x02, 0x01, 1, 2, // limits with a maximum
    ...name(glue), ...name(second), 0x00, 0,
    ...name('env'), ...name('g'), 0x03, 0x7f, 0x00, // immutable i32 global
  ]);
  const funcs = section(3, [1, 0]);
  const exports = section(7, [1, ...name('run'), 0x00, 2]); // function 2: the first of our own
  const code = section(10, [1, 4, 0, 0x10, 0, 0x0b]); // body: call 0 (the first import)
  return Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, ...types, ...imports, ...funcs, ...exports, ...code]);
}

const LONG = ['__wbg_setAttribute_f75317b2b5cabfb4', '__wbindgen_throw_4c88d8bf264fd984'];
const GLUE = `const imports = { "./app_bg.js": { ${LONG[0]}: function () { calls.push('set') }, ${LONG[1]}: function () { calls.push('throw') } } };`;

test('the glue module and its names get short names in both files, the rest stays', async () => {
  const wasm = module('./app_bg.js', LONG);
  const { wasm: out, js, renamed } = shortenImports(wasm, GLUE);
  assert.equal(renamed, 2);
  assert.ok(out.length < wasm.length);
  const described = WebAssembly.Module.imports(new WebAssembly.Module(out));
  assert.deepEqual(described, [
    { module: 'a', name: 'b', kind: 'function' },
    { module: 'env', name: 'memory', kind: 'memory' },
    { module: 'a', name: 'c', kind: 'function' },
    { module: 'env', name: 'g', kind: 'global' },
  ]);
  // The glue still works with the renamed module: calling `run` calls what was setAttribute.
  const calls = [];
  const imports = new Function('calls', `${js}; return imports;`)(calls);
  const env = { memory: new WebAssembly.Memory({ initial: 1, maximum: 2 }), g: 7 };
  const instance = new WebAssembly.Instance(new WebAssembly.Module(out), { ...imports, env });
  instance.exports.run();
  assert.deepEqual(calls, ['set']);
});

test('a name the glue does not have exactly once stops the build', () => {
  const wasm = module('./app_bg.js', LONG);
  assert.throws(() => shortenImports(wasm, GLUE.replace(LONG[1], 'other')), /occurs 0 times/);
  assert.throws(() => shortenImports(wasm, `${GLUE} // ${LONG[0]}`), /occurs 2 times/);
});

test('a glue that names no module of the wasm leaves both files alone', () => {
  const wasm = module('./other_bg.js', LONG);
  const { wasm: out, js, renamed } = shortenImports(wasm, GLUE);
  assert.equal(renamed, 0);
  assert.ok(out.equals(wasm));
  assert.equal(js, GLUE);
});
