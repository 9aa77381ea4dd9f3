import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const ARTICLE = '/articles/color-revolution-in-kazakhstan-2022/';
export const WIDE = { width: 1440, height: 900 };
export const NARROW = { width: 375, height: 800 };

/**
 * The suite's one Chromium (serve-dist.ts starts it): a file connects in a few milliseconds where a
 * launch took seconds. Its `browser.close()` closes that file's contexts and the connection only,
 * leaving the browser to the next file.
 */
export function launch(): Promise<Browser> {
  return chromium.connect(inject('chromiumEndpoint'));
}

export interface OpenedPage {
  page: Page;
  /** Console errors and uncaught exceptions seen so far (CSP violations included). */
  errors: string[];
  close(): Promise<void>;
}

/**
 * Opens `path` of the built site (or, with `site: 'fixture'`, of the fixture site) in a fresh context,
 * recording every error the page reports.
 */
export async function open(
  browser: Browser,
  path: string,
  options: BrowserContextOptions = {},
  site: 'main' | 'fixture' = 'main',
): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: WIDE, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(new URL(path, inject(site === 'main' ? 'baseURL' : 'fixtureURL')).href, { waitUntil: 'load' });
  return { page, errors, close: () => context.close() };
}

/** Waits until the margin notes have been placed by the page's script. */
export async function notesPlaced(page: Page): Promise<void> {
  await page.waitForSelector('.article-body[data-placed]', { state: 'attached' });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

export interface Box {
  id: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The page-relative boxes of every note of the article's body, with the id of its claim. */
export function noteBoxes(page: Page): Promise<Box[]> {
  return page.$$eval('.article-body details.note', (notes) =>
    notes.map((note) => {
      const r = note.getBoundingClientRect();
      return { id: (note as HTMLElement).dataset.claim ?? '', top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, right: r.right };
    }),
  );
}

export function claimBoxes(page: Page): Promise<Box[]> {
  return page.$$eval('.claim', (claims) =>
    claims.map((claim) => {
      const r = claim.getClientRects()[0]!;
      return { id: claim.id, top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, right: r.right };
    }),
  );
}

/** Each pair of boxes that overlap (by more than half a pixel each way), named by their ids. */
export function overlaps(boxes: Box[]): string[] {
  const found: string[] = [];
  const sorted = [...boxes].sort((a, b) => a.top - b.top);
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length && sorted[j]!.top < sorted[i]!.bottom - 0.5; j++) {
      const [a, b] = [sorted[i]!, sorted[j]!];
      if (a.left < b.right - 0.5 && b.left < a.right - 0.5) found.push(`${a.id} / ${b.id}`);
    }
  }
  return found;
}
