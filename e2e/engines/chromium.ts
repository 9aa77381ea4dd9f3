/**
 * Chromium behind the engines' common interface: a Playwright browser (the suite's shared one, or one
 * of its own), so that what the other two engines are asked can be asked of it the same way.
 */
import type { Browser, Page } from 'playwright-core';
import type { Engine, EnginePage } from './engine.ts';

function chromiumPage(page: Page): EnginePage {
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
    setViewport: (viewport) => page.setViewportSize(viewport),
    // As an expression, so that the function gets its arguments spread as the other engines give them.
    evaluate: (fn, ...args) => page.evaluate(`(${fn.toString()})(...${JSON.stringify(args)})`),
    click: (x, y) => page.mouse.click(x, y),
    type: (text) => page.keyboard.type(text),
    screenshot: () => page.screenshot({ type: 'png' }),
    errors: async () => [...errors],
    close: () => page.context().close(),
  };
}

export function chromiumEngine(browser: Browser): Engine {
  return {
    name: 'chromium',
    version: `Chromium ${browser.version()}`,
    async newPage(viewport) {
      const context = await browser.newContext({ viewport });
      return chromiumPage(await context.newPage());
    },
    close: () => browser.close(),
  };
}
