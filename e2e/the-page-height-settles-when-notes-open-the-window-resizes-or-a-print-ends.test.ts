import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE, notesPlaced, type OpenedPage, useBrowser } from './browser.ts';

/**
 * Placing the notes must never feed back into the layout of the text: whatever the reader does, the
 * page's height is final one frame later and then holds, rather than growing while notes are placed
 * again and again.
 */
const browser = useBrowser();

const frames = (page: Page, count: number) =>
  page.evaluate(
    (count) =>
      new Promise<void>((resolve) => {
        const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
        step(count);
      }),
    count,
  );

/** The document's height one frame after the action's effects (its toggle events) have run, and its range for 3 s after (a feedback loop grows the page within frames, not seconds). */
async function heightAfter(page: Page, action: () => Promise<unknown>) {
  await action();
  // A <details> announces its toggle in a task of its own: let it run, then allow placement one frame.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  await frames(page, 1);
  return page.evaluate(
    () =>
      new Promise<{ settled: number; min: number; max: number }>((resolve) => {
        const settled = document.documentElement.scrollHeight;
        let min = settled;
        let max = settled;
        const start = performance.now();
        const sample = () => {
          const height = document.documentElement.scrollHeight;
          min = Math.min(min, height);
          max = Math.max(max, height);
          if (performance.now() - start < 3000) requestAnimationFrame(sample);
          else resolve({ settled, min, max });
        };
        requestAnimationFrame(sample);
      }),
  );
}

function expectHolds(range: { settled: number; min: number; max: number }): void {
  const moved = Math.max(range.max - range.settled, range.settled - range.min);
  expect(moved, `height one frame after: ${range.settled} px, then from ${range.min} to ${range.max} px`).toBeLessThanOrEqual(1);
}
const setEveryNote = (page: Page, open: boolean) =>
  page.evaluate((open) => {
    for (const note of document.querySelectorAll<HTMLDetailsElement>('.article-body details.note')) note.open = open;
  }, open);

describe.each([
  ['1440 px', { width: 1440, height: 900 }],
  ['1100 px', { width: 1100, height: 900 }],
])('at %s, the page height settles within a frame and holds for 3 s', (_name, viewport) => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await browser.open(ARTICLE, { viewport });
    await notesPlaced(opened.page);
  });
  afterAll(() => opened.close());

  it('after the last note opens, and closes', async () => {
    const { page } = opened;
    const last = page.locator('.article-body details.note').last();
    expectHolds(await heightAfter(page, () => last.evaluate((d: HTMLDetailsElement) => (d.open = true))));
    expectHolds(await heightAfter(page, () => last.evaluate((d: HTMLDetailsElement) => (d.open = false))));
  });

  it('after every note opens, and every note closes', async () => {
    const { page } = opened;
    expectHolds(await heightAfter(page, () => setEveryNote(page, true)));
    expectHolds(await heightAfter(page, () => setEveryNote(page, false)));
  });

  it('after the window is resized', async () => {
    const { page } = opened;
    expectHolds(await heightAfter(page, () => page.setViewportSize({ width: viewport.width - 60, height: 800 })));
    expectHolds(await heightAfter(page, () => page.setViewportSize(viewport)));
  });

  // A real print runs the same beforeprint/afterprint handlers; printing-leaves-the-screen-as-it-was
  // prints for real and holds the height to what it was.
  it('after a print is cancelled', async () => {
    const { page } = opened;
    const cancelled = () => page.evaluate(() => (dispatchEvent(new Event('beforeprint')), dispatchEvent(new Event('afterprint'))));
    expectHolds(await heightAfter(page, cancelled));
  });

  it('after arriving at the last claim', async () => {
    const arrived = await browser.open(`${ARTICLE}#structures-needed-information-threat`, { viewport });
    expectHolds(await heightAfter(arrived.page, async () => {}));
    await arrived.close();
  });
});
