// Checks of the tree that need only git and node, run first by `make test` (and alone by
// `make check-tree`). Fails (exit 1), naming file:line, when
// - a tracked file holds a merge-conflict block: a line starting with seven '<' and a space (or
//   ending there), later a line of exactly seven '=', later a line starting with seven '>'.
//   Only the whole block counts, so a Markdown heading underlined with '=======' is no conflict;
// - a relative link in README.md or docs/**/*.md ([text](path), [text](path#anchor), ![alt](path),
//   or a reference definition `[id]: path`) names a file or folder that does not exist, or one
//   outside the repository (it would not exist in anyone else's checkout); a link to a Markdown
//   file with an #anchor, or a bare #anchor, must name one of that file's headings.
// Links with a scheme (https:, mailto:, ...) are not checked; neither is anything in code.
// - a Rust file in src/ outside the pure domain (src/domain/) holds more than 500 lines of code
//   before its tests (`#[cfg(test)]`): a file that long does more than one thing; split it.
//
//   node scripts/check-tree.mjs [ROOT]    (default: the repository this script is in)

import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

// Built from parts, so that this file holds no marker line itself.
const OPEN = '<'.repeat(7);
const SEPARATOR = '='.repeat(7);
const CLOSE = '>'.repeat(7);

/** A marker line: the marker alone, or followed by a space and a label (a branch, a commit). */
const isMarker = (line, marker) => line === marker || line.startsWith(`${marker} `);

/**
 * The conflict blocks in `text`: one entry per complete block, with the 1-based lines of its
 * opening, separating and closing markers. A marker outside a complete block is not reported.
 */
export function conflictBlocks(text) {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const blocks = [];
  let open = null;
  let separator = null;
  lines.forEach((line, i) => {
    if (isMarker(line, OPEN)) {
      open = i + 1;
      separator = null;
    } else if (open !== null && separator === null && line.trimEnd() === SEPARATOR) {
      separator = i + 1;
    } else if (open !== null && separator !== null && isMarker(line, CLOSE)) {
      blocks.push({ open, separator, close: i + 1 });
      open = null;
      separator = null;
    }
  });
  return blocks;
}

/** The text without fenced code blocks (``` or ~~~), with every line kept in place. */
function withoutFences(text) {
  const lines = text.split('\n');
  let fence = null;
  return lines
    .map((line) => {
      const m = line.match(/^ {0,3}(`{3,}|~{3,})/);
      if (fence) {
        if (m && m[1][0] === fence[0] && m[1].length >= fence.length && line.trim() === m[1]) fence = null;
        return '';
      }
      if (m) {
        fence = m[1];
        return '';
      }
      return line;
    })
    .join('\n');
}

/** The line without its inline code spans (replaced by spaces, so columns stay). */
const withoutInlineCode = (line) => line.replace(/(`+)[^`]*?\1/g, (code) => ' '.repeat(code.length));

/**
 * The link destinations in Markdown `text`, with their 1-based line: inline links and images
 * (`[x](dest)`, `[x](<dest> "title")`) and reference definitions (`[id]: dest`).
 */
export function markdownLinks(text) {
  const links = [];
  withoutFences(text)
    .split('\n')
    .map(withoutInlineCode)
    .forEach((line, i) => {
      for (const m of line.matchAll(/\]\(\s*(<[^>]*>|[^)\s]*)/g)) {
        links.push({ line: i + 1, target: m[1].replace(/^<|>$/g, '') });
      }
      const def = line.match(/^ {0,3}\[[^\]]+\]:\s*(<[^>]*>|\S+)/);
      if (def) links.push({ line: i + 1, target: def[1].replace(/^<|>$/g, '') });
    });
  return links;
}

/** GitHub's anchor for a heading's text: lower case, punctuation dropped, spaces to '-'. */
export function slug(heading) {
  return heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // a link in a heading: its text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** The anchors a Markdown file offers: its headings' slugs (repeated ones numbered) and explicit ids. */
export function anchors(text) {
  const found = new Set();
  const seen = new Map();
  for (const line of withoutFences(text).split('\n')) {
    const h = line.match(/^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/);
    if (h) {
      const base = slug(h[1]);
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      found.add(n === 0 ? base : `${base}-${n}`);
    }
    for (const m of line.matchAll(/<a\s[^>]*(?:id|name)="([^"]+)"/g)) found.add(m[1]);
  }
  return found;
}

const git = (root, args) =>
  execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    .split('\0')
    .filter(Boolean);

/** A regular file's text, or null for a missing, non-regular or binary (NUL-holding) file. */
function readText(path) {
  try {
    if (!lstatSync(path).isFile()) return null;
  } catch {
    return null;
  }
  const bytes = readFileSync(path);
  if (bytes.subarray(0, 8000).includes(0)) return null;
  return bytes.toString('utf8');
}

/** The most lines of code a UI or state file may hold before its tests (see the header). */
export const MAX_CODE_LINES = 500;

/** The lines of `text` before its first `#[cfg(test)]` line (all of them when it has none). */
export function codeLines(text) {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const tests = lines.findIndex((line) => line.trim() === '#[cfg(test)]');
  return tests < 0 ? lines.length : tests;
}

/** Every problem in the tree at `root`, as "file:line: message", in file order. */
export function checkTree(root) {
  root = resolve(root);
  const problems = [];

  for (const file of git(root, ['ls-files', '-z'])) {
    const text = readText(join(root, file));
    if (text === null) continue;
    for (const b of conflictBlocks(text)) {
      problems.push(
        `${file}:${b.open}: merge-conflict markers (lines ${b.open}, ${b.separator}, ${b.close}): resolve the merge`,
      );
    }
  }

  for (const file of git(root, ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', 'src'])) {
    if (!file.endsWith('.rs') || file.startsWith('src/domain/')) continue;
    const text = readText(join(root, file));
    const lines = text === null ? 0 : codeLines(text);
    if (lines > MAX_CODE_LINES) {
      problems.push(`${file}:${MAX_CODE_LINES + 1}: ${lines} lines of code before the tests (at most ${MAX_CODE_LINES} outside src/domain/): split it`);
    }
  }

  // The docs as they are on disk, tracked or new (not ignored), so a new page is checked before it is added.
  const docs = [...new Set(git(root, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']))]
    .filter((f) => f === 'README.md' || (f.startsWith('docs/') && f.endsWith('.md')))
    .sort();
  const anchorCache = new Map();
  const anchorsOf = (path) => {
    if (!anchorCache.has(path)) anchorCache.set(path, anchors(readText(path) ?? ''));
    return anchorCache.get(path);
  };
  for (const file of docs) {
    const text = readText(join(root, file));
    if (text === null) continue;
    for (const { line, target } of markdownLinks(text)) {
      if (target === '' || /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) continue;
      const hashAt = target.indexOf('#');
      const pathPart = (hashAt < 0 ? target : target.slice(0, hashAt)).split('?')[0];
      const anchor = hashAt < 0 ? '' : target.slice(hashAt + 1);
      let decoded;
      try {
        decoded = decodeURIComponent(pathPart);
      } catch {
        problems.push(`${file}:${line}: link "${target}" is not a valid address`);
        continue;
      }
      const resolved =
        decoded === '' ? join(root, file) : decoded.startsWith('/') ? join(root, decoded) : resolve(root, dirname(file), decoded);
      const inside = relative(root, resolved);
      if (inside.startsWith(`..${sep}`) || inside === '..') {
        problems.push(`${file}:${line}: link "${target}" points outside the repository`);
      } else if (!existsSync(resolved)) {
        problems.push(`${file}:${line}: link "${target}": ${inside} does not exist`);
      } else if (anchor && resolved.endsWith('.md') && !anchorsOf(resolved).has(decodeURIComponent(anchor).toLowerCase())) {
        problems.push(`${file}:${line}: link "${target}": ${inside} has no heading with the anchor #${anchor}`);
      }
    }
  }
  return problems;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..');
  const problems = checkTree(root);
  if (problems.length > 0) {
    for (const p of problems) console.error(p);
    console.error(`check-tree: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
    process.exit(1);
  }
  console.log('check-tree: no conflict markers in tracked files; every relative link in README.md and docs/ resolves; no file in src/ outside the domain over 500 lines of code');
}
