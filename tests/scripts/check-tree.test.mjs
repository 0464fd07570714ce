// scripts/check-tree.mjs on small git repositories made in a temporary folder: a clean tree
// passes, and a conflict block in a tracked file, a link to a missing file, a missing anchor or
// a link out of the repository each fail the command with the file and line.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkTree, codeLines, conflictBlocks, markdownLinks, MAX_CODE_LINES, slug } from '../../scripts/check-tree.mjs';

const SCRIPT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'scripts', 'check-tree.mjs');
// Built from parts, so that this test file holds no marker line itself.
const OPEN = '<'.repeat(7);
const SEP = '='.repeat(7);
const CLOSE = '>'.repeat(7);

const CLEAN = {
  'README.md': [
    '# Project',
    '',
    'Read [the guide](docs/guide.md), [its second part](docs/guide.md#second-part),',
    '[the code](src/main.rs), [the folder](src/) and [the site](https://example.org/missing.md).',
    'In code a link is no link: `[x](nowhere.md)`.',
    '',
    '```md',
    '[also no link](nowhere.md)',
    '```',
  ].join('\n'),
  'docs/guide.md': [
    'The guide',
    SEP, // a Markdown heading's underline: no conflict on its own
    '',
    '## Second part',
    '',
    'Back to [the README](../README.md#project), [up](#second-part), [mail](mailto:a@example.org).',
  ].join('\n'),
  'src/main.rs': 'fn main() {}\n',
};

/** A git repository in a temporary folder with `files` added (not committed: ls-files lists them). */
function repo(t, files, untracked = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'check-tree-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  execFileSync('git', ['init', '-q', dir]);
  const write = (entries) => {
    for (const [path, text] of Object.entries(entries)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
  };
  write(files);
  execFileSync('git', ['add', '.'], { cwd: dir });
  write(untracked);
  return dir;
}

const run = (dir) => spawnSync(process.execPath, [SCRIPT, dir], { encoding: 'utf8' });

test('a clean tree passes, and the command exits 0', (t) => {
  const dir = repo(t, CLEAN);
  assert.deepEqual(checkTree(dir), []);
  const result = run(dir);
  assert.equal(result.status, 0, result.stderr);
});

test('a conflict block in a tracked file fails with its file and line', (t) => {
  const dir = repo(t, {
    ...CLEAN,
    'src/lib.rs': ['// top', `${OPEN} HEAD`, 'one', SEP, 'other', `${CLOSE} present`, ''].join('\n'),
  });
  assert.deepEqual(checkTree(dir), [
    'src/lib.rs:2: merge-conflict markers (lines 2, 4, 6): resolve the merge',
  ]);
  const result = run(dir);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /^src\/lib\.rs:2: merge-conflict markers/m);
});

test('a conflict block with CRLF line ends and bare markers is found too', () => {
  assert.deepEqual(conflictBlocks([OPEN, 'a', SEP, 'b', CLOSE, ''].join('\r\n')), [
    { open: 1, separator: 3, close: 5 },
  ]);
});

test('markers outside a complete block are no conflict', () => {
  assert.deepEqual(conflictBlocks(['Title', SEP, 'text', `${CLOSE} quoted`].join('\n')), []);
  assert.deepEqual(conflictBlocks([`${OPEN} HEAD`, 'a', `${CLOSE} b`].join('\n')), []);
  assert.deepEqual(conflictBlocks([`${OPEN}x`, 'a', SEP, `${CLOSE}x`].join('\n')), []);
});

test('an untracked file is not searched for markers', (t) => {
  const dir = repo(t, CLEAN, { 'notes.txt': [`${OPEN} a`, SEP, `${CLOSE} b`].join('\n') });
  assert.deepEqual(checkTree(dir), []);
});

test('a link to a missing file fails with its file and line', (t) => {
  const dir = repo(t, {
    ...CLEAN,
    'docs/guide.md': `${CLEAN['docs/guide.md']}\n\nSee [hosting](hosting.md#nginx).\n`,
  });
  assert.deepEqual(checkTree(dir), ['docs/guide.md:8: link "hosting.md#nginx": docs/hosting.md does not exist']);
  const result = run(dir);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /^docs\/guide\.md:8: link "hosting\.md#nginx"/m);
});

test('a new, untracked page of docs/ is checked too', (t) => {
  const dir = repo(t, CLEAN, { 'docs/new.md': '# New\n\n[gone](gone/)\n' });
  assert.deepEqual(checkTree(dir), ['docs/new.md:3: link "gone/": docs/gone does not exist']);
});

test('a missing anchor, and a link out of the repository, fail', (t) => {
  const dir = repo(t, {
    ...CLEAN,
    'README.md': `${CLEAN['README.md']}\n[a](docs/guide.md#third-part) [b](#nothing) [c](../outside.md)\n`,
  });
  assert.deepEqual(checkTree(dir), [
    'README.md:10: link "docs/guide.md#third-part": docs/guide.md has no heading with the anchor #third-part',
    'README.md:10: link "#nothing": README.md has no heading with the anchor #nothing',
    'README.md:10: link "../outside.md" points outside the repository',
  ]);
  assert.equal(run(dir).status, 1);
});

test('links are read from inline links, images and definitions, not from code', () => {
  const text = [
    '![logo](img/logo.png "Logo") and [x](<a b.md>)',
    '[ref]: docs/ref.md',
    '`[no](code.md)`',
    '~~~',
    '[no](fenced.md)',
    '~~~',
  ].join('\n');
  assert.deepEqual(markdownLinks(text), [
    { line: 1, target: 'img/logo.png' },
    { line: 1, target: 'a b.md' },
    { line: 2, target: 'docs/ref.md' },
  ]);
});

test('headings become GitHub anchors', () => {
  assert.equal(slug('Hosting the scan / De scan zelf hosten'), 'hosting-the-scan--de-scan-zelf-hosten');
  assert.equal(slug('How `make bench` measures'), 'how-make-bench-measures');
  assert.equal(slug("2026-11-27: issue 15's means"), '2026-11-27-issue-15s-means');
});

test('a UI or state file over 500 lines of code fails; its tests and the domain do not count', (t) => {
  const lines = (n) => Array.from({ length: n }, (_, i) => `// line ${i + 1}`).join('\n') + '\n';
  const withTests = `${lines(MAX_CODE_LINES)}#[cfg(test)]\nmod tests {\n${lines(300)}}\n`;
  assert.equal(codeLines(withTests), MAX_CODE_LINES);
  assert.equal(codeLines(lines(12)), 12);
  const fine = repo(t, {
    ...CLEAN,
    'src/state/mod.rs': withTests,
    'src/domain/link.rs': lines(1200),
  });
  assert.deepEqual(checkTree(fine), []);
  const long = repo(t, { ...CLEAN, 'src/app/mod.rs': lines(MAX_CODE_LINES + 1) });
  assert.deepEqual(checkTree(long), [
    'src/app/mod.rs:501: 501 lines of code before the tests (at most 500 outside src/domain/): split it',
  ]);
  const result = run(long);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /^src\/app\/mod\.rs:501: 501 lines of code/m);
});
