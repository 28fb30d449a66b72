// @ts-check
/**
 * The sandbox's sign-in page as it shows in the sign-in popup (483 px wide, the size Portico
 * opens): each demo user's "Sign in" button stays on one line beside the user.
 */
/* global getComputedStyle -- read inside the page, in Chromium */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_PATH, chromiumArgs } from '../../scripts/chromium.js';
import { TENANTS } from '../directory.js';
import { signInPage } from '../oidc/pages.js';

test('demo-user buttons do not wrap in a 483 px popup', { timeout: 60_000 }, async () => {
  const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, args: chromiumArgs() });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 483, height: 600 });
    for (const tenant of TENANTS) {
      await page.setContent(signInPage({ tenant, clientId: 'portico-spa', loginAction: '/login', abortAction: '/abort', password: 'portico' }));
      const rows = await page.$$eval('.users form', (forms) =>
        forms.map((form) => {
          const button = /** @type {HTMLElement} */ (form.querySelector('button'));
          const lineHeight = parseFloat(getComputedStyle(button).lineHeight);
          const { height } = button.getBoundingClientRect();
          const style = getComputedStyle(button);
          const content =
            height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom) - parseFloat(style.borderTopWidth) - parseFloat(style.borderBottomWidth);
          return { text: button.innerText, lines: Math.round(content / lineHeight), overflows: form.scrollWidth > form.clientWidth };
        }),
      );
      assert.ok(rows.length > 0);
      for (const row of rows) assert.deepEqual(row, { text: 'Sign in', lines: 1, overflows: false }, `${tenant.label}: ${JSON.stringify(row)}`);
    }
  } finally {
    await browser.close();
  }
});
