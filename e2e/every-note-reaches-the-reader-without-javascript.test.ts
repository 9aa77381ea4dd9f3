import { describe, expect, it } from 'vitest';
import { ARTICLE, BOTH_WIDTHS, noteBoxes, overlaps, useBrowser } from './browser.ts';

const browser = useBrowser();

describe.each(BOTH_WIDTHS)('the article with JavaScript off at %s', (_name, viewport) => {
  it('shows every claim with its note, which opens from its summary', async () => {
    const { page, errors } = await browser.open(ARTICLE, { javaScriptEnabled: false, viewport });
    const claims = await page.locator('.claim').count();
    expect(claims).toBeGreaterThan(100);
    expect(await page.locator('details.note').count()).toBe(claims);
    const note = page.locator('details.note').nth(10);
    await note.locator(':scope > summary').click();
    await expect.poll(() => note.locator('.note-text').isVisible()).toBe(true);
    expect((await note.locator('.note-text').textContent())?.length).toBeGreaterThan(10);
    expect(errors).toEqual([]);
  });

  it('keeps the notes from overlapping', async () => {
    const { page } = await browser.open(ARTICLE, { javaScriptEnabled: false, viewport });
    // A paragraph's notes stand side by side after it (in the margin, on a wide screen), each its own box.
    const notes = await noteBoxes(page);
    expect(notes.length).toBeGreaterThan(100);
    expect(overlaps(notes)).toEqual([]);
  });
});
