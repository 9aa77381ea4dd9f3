import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_FLAGS } from '../chromium.ts';

/** Lighthouse with its default (mobile) settings, in Debian's Chromium: each category's score out of 100. */
export async function runLighthouse(url: string): Promise<Record<string, number>> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    const categories = result?.lhr.categories ?? {};
    return Object.fromEntries(
      ['performance', 'accessibility', 'best-practices', 'seo'].map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)]),
    );
  } finally {
    chrome.kill();
  }
}
