import { existsSync } from 'node:fs';
import { type Browser, type BrowserServer, chromium, type LaunchOptions } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Debian's Chromium, started as this machine needs it: without these flags its background
 * connections are refused by the closed network. A missing browser is an error, never a skip.
 */
function debianChromium(): LaunchOptions {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (.ci/run does).`);
  return { executablePath: CHROMIUM, args: CHROMIUM_FLAGS };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch(debianChromium());
}

/**
 * The same Chromium as a server that many processes connect to (`chromium.connect`), as the browser
 * tests share one: it listens on the loopback address only, at Playwright's unguessable path.
 */
export function launchChromiumServer(): Promise<BrowserServer> {
  return chromium.launchServer({ ...debianChromium(), host: '127.0.0.1' });
}
