// Answering the scan as a person does: by clicking (or tapping) the labels of the radios.

import assert from 'node:assert/strict';
import { DIMENSIONS } from './golden.mjs';
import { UI } from './labels.mjs';

/** Text as read, without the soft hyphens (U+00AD) the displayed dimension names carry. */
export const plain = (text) => text.replace(/\u00ad/g, '');

export async function heading(page) {
  return plain(await page.locator('h1').first().textContent()).trim();
}

/** Chooses an answer (code 0 = don't know) by clicking or tapping its label. */
export async function choose(page, horizon, dimensionId, code, { tap = false } = {}) {
  const label = page.locator(`label[for="${horizon}-${dimensionId}-${code}"]`);
  if (tap) await label.tap();
  else await label.click();
  await page.locator(`#${horizon}-${dimensionId}-${code}`).isChecked().then((c) => assert.ok(c));
}

export async function answerAll(page, set, lang, opts) {
  for (let i = 0; i < 14; i++) {
    assert.equal(await heading(page), DIMENSIONS[lang][i]);
    await choose(page, 'now', i + 1, set.now[i], opts);
    await choose(page, 'desired', i + 1, set.desired[i], opts);
    const next = page.getByRole('button', { name: i === 13 ? UI.TO_RESULTS[lang] : UI.NEXT[lang], exact: true });
    if (opts?.tap) await next.tap();
    else await next.click();
  }
}

