// The build's precompressed copies (scripts/precompress.mjs): every text file of dist/ has a .br
// and a .gz copy, and each decompresses to its file. Needs the build, no browser.

import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { extname } from 'node:path';
import { test } from 'node:test';
import { PRECOMPRESSED, verifyPrecompressed } from '../../scripts/precompress.mjs';
import { DIST } from './helpers.mjs';

test('every .br and .gz copy of the build decompresses to its file, and every text file has both', async () => {
  // A stale copy would be sent in place of the real file by a host with brotli_static/gzip_static.
  const names = await readdir(DIST, { recursive: true });
  const text = names.filter((n) => PRECOMPRESSED.has(extname(n)));
  assert.ok(text.length >= 7, `dist/ has only ${text.length} text files: build first`);
  for (const suffix of ['.br', '.gz']) {
    assert.deepEqual(text.filter((n) => !names.includes(`${n}${suffix}`)), [], `files without a ${suffix} copy`);
  }
  assert.deepEqual(await verifyPrecompressed(DIST), []);
});
