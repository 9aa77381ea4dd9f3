import { afterAll, describe, expect, it } from 'vitest';
import { ResilientBrowser } from '../scripts/bench/resilient-browser.ts';

/*
 * A long benchmark on a busy machine lost every figure still to come when one tab's browser died
 * (scripts/bench/resilient-browser.ts): a load whose tab or browser crashes is now tried again, in a
 * fresh tab or a fresh browser, and counted.
 */
const chromium = new ResilientBrowser();
afterAll(() => chromium.close());

describe('a benchmark load', () => {
  it('whose tab crashes is tried again in a fresh tab of the same browser, and counted', async () => {
    const first = await chromium.current();
    let attempts = 0;
    const answer = await chromium.load('a crashing tab', async (browser) => {
      attempts += 1;
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        if (attempts === 1) {
          // The renderer dies, as one out of memory does (the command itself never answers).
          const crashed = new Promise((done) => page.once('crash', done));
          void (await context.newCDPSession(page)).send('Page.crash').catch(() => undefined);
          await crashed;
        }
        return await page.evaluate(() => 1 + 1);
      } finally {
        await context.close().catch(() => undefined);
      }
    });
    expect(answer).toBe(2);
    expect(attempts).toBe(2);
    expect(chromium.retried.get('a crashing tab')).toBe(1);
    expect(await chromium.current()).toBe(first);
  });

  it('whose browser dies is tried again in a new browser, launched once for every load waiting on it', async () => {
    const dead = await chromium.current();
    const before = chromium.retries;
    const run = (what: string) =>
      chromium.load(what, async (browser) => {
        if (browser === dead) {
          await dead.close();
          await browser.newContext();
        }
        return browser;
      });
    const [a, b] = await Promise.all([run('one load'), run('another load')]);
    expect(a).not.toBe(dead);
    expect(a).toBe(b);
    expect(a.isConnected()).toBe(true);
    expect(chromium.retries - before).toBe(2);
  });

  it('that fails for another reason fails at once', async () => {
    await expect(chromium.load('a broken load', async () => Promise.reject(new Error('no result within 15000 ms')))).rejects.toThrow('no result');
    expect(chromium.retried.has('a broken load')).toBe(false);
  });
});
