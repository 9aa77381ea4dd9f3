import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE, claimBoxes, launch, noteBoxes, notesPlaced, open, type OpenedPage } from './browser.ts';

let browser: Browser;
let opened: OpenedPage;

beforeAll(async () => {
  browser = await launch();
  opened = await open(browser, ARTICLE);
  await notesPlaced(opened.page);
});
afterAll(async () => {
  await opened.close();
  await browser.close();
});

describe('the article at 1440 px', () => {
  it('has a note for every claim, and as many claims as the summary counts', async () => {
    const { page } = opened;
    const claims = await page.locator('.claim').count();
    expect(claims).toBeGreaterThan(100);
    expect(await page.locator('details.note').count()).toBe(claims);
    const summed = await page.$$eval('[data-count-kind]', (counts) => counts.reduce((sum, c) => sum + Number(c.textContent), 0));
    expect(summed).toBe(claims);
    for (const kind of ['sourced', 'unsourced', 'opinion']) {
      const shown = await page.locator(`[data-count-kind="${kind}"]`).textContent();
      expect(await page.locator(`.claim[data-kind="${kind}"]`).count(), kind).toBe(Number(shown));
    }
  });

  it('puts every note in the right margin, beside the text and inside the window', async () => {
    const { page } = opened;
    const textRight = await page.$eval('.para > p', (p) => p.getBoundingClientRect().right);
    for (const note of await noteBoxes(page)) {
      expect(note.left, note.id).toBeGreaterThan(textRight);
      expect(note.right, note.id).toBeLessThanOrEqual(1440);
    }
  });

  it('never lets two notes overlap', async () => {
    const notes = (await noteBoxes(opened.page)).sort((a, b) => a.top - b.top);
    for (let i = 1; i < notes.length; i++) expect(notes[i]!.top, notes[i]!.id).toBeGreaterThanOrEqual(notes[i - 1]!.bottom);
  });

  it('puts each note level with its claim, or pushes it down, never above it', async () => {
    const claims = new Map((await claimBoxes(opened.page)).map((c) => [c.id, c]));
    const notes = await noteBoxes(opened.page);
    for (const note of notes) expect(note.top, note.id).toBeGreaterThanOrEqual(claims.get(note.id)!.top - 1);
    const first = notes[0]!;
    expect(Math.abs(first.top - claims.get(first.id)!.top)).toBeLessThan(2);
  });

  it('keeps the notes apart when one is opened', async () => {
    const { page } = opened;
    await page.locator('details.note').nth(3).locator(':scope > summary').click();
    await notesPlaced(page);
    const notes = (await noteBoxes(page)).sort((a, b) => a.top - b.top);
    expect(notes.find((n) => n.bottom - n.top > 60)).toBeDefined();
    for (let i = 1; i < notes.length; i++) expect(notes[i]!.top, notes[i]!.id).toBeGreaterThanOrEqual(notes[i - 1]!.bottom);
  });

  it('reports no errors in the console', () => {
    expect(opened.errors).toEqual([]);
  });
});
