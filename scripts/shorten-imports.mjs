// Gives the WebAssembly module's imports short names, in the wasm file and in the JS glue.
//
// wasm-bindgen names every import after the JS function it calls plus a 16-digit hash
// (`__wbg_setAttribute_f75317b2b5cabfb4`) and puts them under the module name
// `./samenwerkingsscan_bg.js`. Each of the ~140 names is written twice, once in the wasm's
// import section (with the module name every time) and once as a key in the glue's import
// object, and the hashes do not compress: measured on 2026-12-02 (make size, with and without
// SHORTEN_IMPORTS=0; docs/build.md), 3164 bytes of the participant's page as sent with brotli
// and 3198 of the facilitator's, for names that no one reads. The names only have to match
// between the two files, so both get the same short ones: `a`, `b`, ... `Z`, `aa`, ...
//
// Safety: every old name must occur exactly once in the glue as a whole token, or the build
// fails; the wasm is rewritten by parsing its sections, not by searching its bytes. The
// browser tests (tests/e2e) run on the result.
//
//   import { shortenImports } from './shorten-imports.mjs';
//   const { wasm, js } = shortenImports(wasmBytes, jsText);

/** Reads an unsigned LEB128 at `offset`: [value, offset after it]. */
function readUleb(bytes, offset) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[offset++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, offset];
  }
}

function uleb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
}

const utf8 = (bytes) => Buffer.from(bytes).toString('utf8');
const encodeName = (name) => {
  const bytes = Buffer.from(name, 'utf8');
  return Buffer.concat([uleb(bytes.length), bytes]);
};

/** The byte length of an import's description (kind byte included) at `offset`. */
function importDescEnd(bytes, offset) {
  const kind = bytes[offset++];
  const limits = (at) => {
    const flags = bytes[at++];
    [, at] = readUleb(bytes, at); // minimum
    if (flags & 1) [, at] = readUleb(bytes, at); // maximum
    return at;
  };
  switch (kind) {
    case 0x00: // function: type index
      return readUleb(bytes, offset)[1];
    case 0x01: // table: reference type, limits
      return limits(offset + 1);
    case 0x02: // memory: limits
      return limits(offset);
    case 0x03: // global: value type, mutability
      return offset + 2;
    case 0x04: // tag: attribute, type index
      return readUleb(bytes, offset + 1)[1];
    default:
      throw new Error(`shorten-imports: unknown import kind ${kind}`);
  }
}

/** Short names in order: a..z, A..Z, then two letters; never a JS keyword. */
function* shortNames() {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const keywords = new Set(['do', 'if', 'in']);
  for (const a of letters) yield a;
  for (const a of letters) for (const b of letters) if (!keywords.has(a + b)) yield a + b;
}

const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Replaces the one whole-token occurrence of `from` in `js`, or throws. */
function replaceOnce(js, from, to) {
  const token = new RegExp(`(?<![\\w$])${escapeRegExp(from)}(?![\\w$])`, 'g');
  const found = js.match(token)?.length ?? 0;
  if (found !== 1) {
    throw new Error(`shorten-imports: "${from}" occurs ${found} times in the glue, expected once`);
  }
  return js.replace(token, to);
}

/**
 * Renames the imports of `wasm` (a Buffer) that come from the glue module, and the matching
 * keys of the glue `js`. Returns both, and how many names were changed.
 */
export function shortenImports(wasm, js) {
  if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error('shorten-imports: not a wasm file');
  const sections = [];
  let offset = 8;
  while (offset < wasm.length) {
    const id = wasm[offset];
    const [size, start] = readUleb(wasm, offset + 1);
    sections.push({ id, start, end: start + size, header: offset });
    offset = start + size;
  }
  const section = sections.find((s) => s.id === 2);
  if (!section) return { wasm, js, renamed: 0 };

  let at = section.start;
  let count;
  [count, at] = readUleb(wasm, at);
  const imports = [];
  for (let i = 0; i < count; i++) {
    let length;
    [length, at] = readUleb(wasm, at);
    const module = utf8(wasm.subarray(at, at + length));
    at += length;
    [length, at] = readUleb(wasm, at);
    const field = utf8(wasm.subarray(at, at + length));
    at += length;
    const descEnd = importDescEnd(wasm, at);
    imports.push({ module, field, desc: wasm.subarray(at, descEnd) });
    at = descEnd;
  }

  // The glue's own module: the one whose name is a key of the glue's import object.
  const modules = [...new Set(imports.map((i) => i.module))];
  const glueModule = modules.find((m) => js.includes(JSON.stringify(m)));
  if (!glueModule) return { wasm, js, renamed: 0 };
  const names = shortNames();
  const moduleName = names.next().value;
  js = replaceOnce(js, JSON.stringify(glueModule), JSON.stringify(moduleName));
  // Import names only need to be unique within a module, so other modules' imports (there
  // are none today; wasm-bindgen puts everything under the glue module) cannot clash.
  const renamed = new Map();
  for (const entry of imports) {
    if (entry.module !== glueModule || renamed.has(entry.field)) continue;
    const short = names.next().value;
    js = replaceOnce(js, entry.field, short);
    renamed.set(entry.field, short);
  }

  const body = [uleb(imports.length)];
  for (const entry of imports) {
    const ours = entry.module === glueModule;
    body.push(encodeName(ours ? moduleName : entry.module));
    body.push(encodeName(ours ? renamed.get(entry.field) : entry.field));
    body.push(entry.desc);
  }
  const content = Buffer.concat(body);
  const out = Buffer.concat([
    wasm.subarray(0, section.header),
    Buffer.from([2]),
    uleb(content.length),
    content,
    wasm.subarray(section.end),
  ]);
  return { wasm: out, js, renamed: renamed.size };
}
