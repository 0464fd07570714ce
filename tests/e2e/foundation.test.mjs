// The first screen loads at phone and desktop size, shows the 14 dimensions in Dutch, and
// switches to English with the "English" button; no page or console errors on the way.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  assertNoErrors,
  useBrowserAndApp,
  openApp,
  screenshot,
  startApp,
  waitForHtmlLang,
  waitForVisibleText,
} from './helpers.mjs';
import { UI } from './labels.mjs';

// The 14 dimensions of the schema "Vormen van interprofessionele samenwerking", in order.
const DIMENSIONS_NL = [
  'Systemen',
  'Faciliteiten',
  'Communicatie',
  'Kennis van expertise andere disciplines',
  'Visie',
  'Doelstelling',
  'Werkwijzen',
  'Besluitvorming',
  'Overdracht taken',
  'Verantwoordelijkheid voor uitvoering',
  'Aansturing',
  'Gelijkwaardigheid van disciplines',
  'Aanspreekpunt voor burger',
  'Betrokkenheid andere stakeholders',
];

let browser;
let server;
useBrowserAndApp((b, s) => {
  browser = b;
  server = s;
});

for (const viewport of ['phone', 'desktop']) {
  describe(`first screen at ${viewport} size`, () => {
    test('shows the 14 dimensions in Dutch, then in English after pressing "English"', async () => {
      const { page, errors, close } = await openApp(browser, server, viewport);
      try {
        await waitForHtmlLang(page, 'nl');
        for (const name of DIMENSIONS_NL) {
          await waitForVisibleText(page, name);
        }
        await screenshot(page, `foundation-${viewport}-nl`);

        await page.getByRole('button', { name: UI.OTHER_LANGUAGE.nl, exact: true }).click();
        await waitForVisibleText(page, 'Systems');
        await waitForVisibleText(page, 'Involvement of other stakeholders');
        await waitForHtmlLang(page, 'en');
        await screenshot(page, `foundation-${viewport}-en`);

        assertNoErrors(errors);
      } finally {
        await close();
      }
    });
  });
}

describe('hosting', () => {
  test('works from a sub-folder (relative asset URLs, no server rewrites)', async () => {
    const sub = await startApp({ basePath: '/gemeente/samenwerkingsscan/' });
    try {
      const { page, errors, close } = await openApp(browser, sub, 'desktop');
      try {
        await waitForVisibleText(page, 'Betrokkenheid andere stakeholders');
        // (/favicon.ico is the browser's own probe, not the page's.)
        const outside = sub.requests.filter(
          (url) => !url.startsWith('/gemeente/samenwerkingsscan/') && url !== '/favicon.ico',
        );
        assert.deepEqual(outside, [], 'every request stays inside the app folder');
        assertNoErrors(errors);
      } finally {
        await close();
      }
    } finally {
      await sub.close();
    }
  });
});
