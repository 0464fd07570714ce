// The e2e tests' table of labels (tests/e2e/labels.mjs) against the app's texts: every entry is
// the Rust constant of the same name in src/i18n/, word for word, in both languages. A text
// changed in the app fails here, naming the constant, instead of as a locator that times out.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { CAMERA, COPY, PARTICIPANT, PRESENT, UI } from '../e2e/labels.mjs';

const I18N = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'i18n');

/** A Rust string literal's body as the string it stands for (the escapes the texts use). */
function unescapeRust(body) {
  return body.replace(/\\(u\{([0-9a-fA-F]+)\}|n|t|r|0|\\|"|')/g, (_, e, hex) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : { n: '\n', t: '\t', r: '\r', 0: '\0', '\\': '\\', '"': '"', "'": "'" }[e],
  );
}

const STR = '"((?:[^"\\\\]|\\\\.)*)"';
/** `pub const NAME: Text = t("nl", "en")` and `Text { nl: "…", en: "…" }` in one file of src/i18n. */
export function rustTexts(source) {
  const texts = {};
  const re = new RegExp(
    `pub const ([A-Z0-9_]+): Text =\\s*(?:t\\(\\s*${STR},\\s*${STR},?\\s*\\)|Text\\s*\\{\\s*nl:\\s*${STR},\\s*en:\\s*${STR},?\\s*\\})`,
    'g',
  );
  for (const m of source.matchAll(re)) {
    texts[m[1]] = { nl: unescapeRust(m[2] ?? m[4]), en: unescapeRust(m[3] ?? m[5]) };
  }
  return texts;
}

test('the parser reads both forms of a text and its escapes', () => {
  const source = `pub const A: Text = t("Eén \\"x\\"", "One\\u{ad}two");
pub const B: Text =
    t(
        "lang",
        "long",
    );
pub const C: Text = Text {
    nl: "n",
    en: "e",
};`;
  assert.deepEqual(rustTexts(source), {
    A: { nl: 'Eén "x"', en: 'One\u00adtwo' },
    B: { nl: 'lang', en: 'long' },
    C: { nl: 'n', en: 'e' },
  });
});

// The least number of texts each file must yield: fewer means the parser missed them.
for (const [file, table, least] of [['ui.rs+team.rs', UI, 10], ['present.rs', PRESENT, 10], ['copy.rs', COPY, 10], ['participant.rs', PARTICIPANT, 1], ['camera.rs', CAMERA, 10]]) {
  test(`every label of the e2e table is src/i18n/${file}'s text of that name`, () => {
    const texts = rustTexts(file.split('+').map((f) => readFileSync(join(I18N, f), 'utf8')).join('\n'));
    assert.ok(Object.keys(texts).length >= least, `only ${Object.keys(texts).length} texts read from ${file}`);
    for (const [name, label] of Object.entries(table)) {
      assert.ok(texts[name], `${file} has no text ${name} (the e2e table tests/e2e/labels.mjs names it)`);
      assert.deepEqual(label, texts[name], `${file}: ${name}`);
    }
  });
}
