import type { Browser } from 'playwright-core';
import { launchChromium } from '../chromium.ts';

/** What Playwright says when a tab, its context or the whole browser went away under a load. */
const CRASHED = /Target (page, context or browser )?(has been )?closed|Target crashed|Page crashed|Browser has been closed|browser has disconnected|has been closed|crashed/i;

/** How often one load is tried before the bench gives it up (and says so). */
const TRIES = 3;

/**
 * The benchmark's Chromium, kept alive: a load whose tab or browser crashes (a busy machine, a renderer
 * out of memory) is tried again in a fresh context, and a browser that died is launched anew, once for
 * every load waiting on it. The retries are counted, and the figures say how many there were.
 */
export class ResilientBrowser {
  private launching: Promise<Browser> | undefined;
  /** Loads tried again after a crash, by what they measured. */
  readonly retried = new Map<string, number>();

  /** The live browser, launched on first use and again after it died. */
  async current(): Promise<Browser> {
    for (;;) {
      const launching = (this.launching ??= launchChromium());
      const browser = await launching;
      if (browser.isConnected()) return browser;
      // The first load to find it dead launches the next; the others wait for that one.
      if (this.launching === launching) this.launching = launchChromium();
    }
  }

  /** Runs one load in the live browser; after a crash, once the browser is live again, runs it again. */
  async load<T>(what: string, run: (browser: Browser) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const browser = await this.current();
      try {
        return await run(browser);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (!CRASHED.test(message) || attempt >= TRIES) throw error;
        this.retried.set(what, (this.retried.get(what) ?? 0) + 1);
        console.warn(`  (${what}: the tab or the browser crashed, ${browser.isConnected() ? 'a fresh tab' : 'a fresh browser'} tries again)`);
      }
    }
  }

  get retries(): number {
    return [...this.retried.values()].reduce((sum, count) => sum + count, 0);
  }

  async close(): Promise<void> {
    const browser = await this.launching?.catch(() => undefined);
    await browser?.close().catch(() => undefined);
  }
}
