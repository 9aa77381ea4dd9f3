/**
 * Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi (Firefox's own remote agent: no
 * geckodriver, nothing downloaded). Headless, a window a page.
 */
import { existsSync } from 'node:fs';
import puppeteer, { type Page } from 'puppeteer-core';
import type { Engine, EnginePage, Viewport } from './engine.ts';

export const FIREFOX = '/usr/bin/firefox-esr';

function firefoxPage(page: Page): EnginePage {
  let errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return {
    async goto(url, until = 'load') {
      errors = [];
      await page.goto(url, { waitUntil: until === 'load' ? 'load' : 'domcontentloaded' });
    },
    setViewport: (viewport: Viewport) => page.setViewport(viewport),
    evaluate: (fn, ...args) => page.evaluate(fn as (...args: unknown[]) => unknown, ...args) as never,
    click: (x, y) => page.mouse.click(x, y),
    type: (text) => page.keyboard.type(text),
    screenshot: async () => Buffer.from(await page.screenshot({ type: 'png' })),
    errors: async () => [...errors],
    close: () => page.close(),
  };
}

export async function launchFirefox(): Promise<Engine> {
  if (!existsSync(FIREFOX)) throw new Error(`${FIREFOX} is missing: install Debian's firefox-esr (apt-get install firefox-esr; .ci/run does).`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      // Scrollbars over the page, as a phone's and GNOME's and macOS's are, and as the other two engines'
      // here: a classic one would take 12 px from a 390 px phone's layout.
      'ui.useOverlayScrollbars': 1,
      // The closed network refuses Firefox's own calls home; asking nothing spares the waits.
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
  return {
    name: 'firefox',
    version: await browser.version(),
    async newPage(viewport) {
      // A window each: a tab behind another is hidden, and Firefox holds its frames back (614 ms for one).
      const page = await browser.newPage({ type: 'window' });
      await page.setViewport(viewport);
      return firefoxPage(page);
    },
    close: () => browser.close(),
  };
}
