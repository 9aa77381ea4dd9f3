import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { ARTICLE, claimBoxes, noteBoxes, notesPlaced, type OpenedPage, overlaps, useBrowser } from './browser.ts';

const browser = useBrowser();
let opened: OpenedPage;

/** The first three notes of ¶8, the densest paragraph: each spans a column of marks when open. */
const firstNotesOfDensest = (page: Page) =>
  page.$$eval('#p-transnational-crime details.note', (notes) => notes.slice(0, 3).map((n) => (n as HTMLElement).dataset.claim!));

/**
 * The open note stands level with its claim, whole and wide enough to read, clear of every mark (all of
 * which stay in sight) and of the window's edge; the page has not moved.
 */
async function expectOpenBesideMarks(page: Page, id: string, width: number): Promise<void> {
  await notesPlaced(page);
  const notes = await noteBoxes(page);
  const note = notes.find((n) => n.id === id)!;
  const claim = (await claimBoxes(page)).find((c) => c.id === id)!;
  expect(Math.abs(note.top - claim.top), id).toBeLessThanOrEqual(40);
  expect(note.right - note.left, id).toBeGreaterThanOrEqual(176);
  expect(await page.locator(`details.note[data-claim="${id}"] .note-text`).isVisible(), id).toBe(true);
  expect(overlaps(notes), id).toEqual([]);
  expect(note.right, id).toBeLessThanOrEqual(width);
}

beforeAll(async () => {
  opened = await browser.openForFile(ARTICLE);
  await notesPlaced(opened.page);
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

  it('never lets two notes overlap: marks of claims that share a line sit side by side', async () => {
    const notes = await noteBoxes(opened.page);
    expect(overlaps(notes)).toEqual([]);
  });

  it('puts every note level with its claim’s first line (within 40 px), the densest paragraph included', async () => {
    const claims = new Map((await claimBoxes(opened.page)).map((c) => [c.id, c]));
    const notes = await noteBoxes(opened.page);
    const off = notes.filter((note) => Math.abs(note.top - claims.get(note.id)!.top) > 40).map((note) => `${note.id}: ${Math.round(note.top - claims.get(note.id)!.top)} px`);
    expect(off).toEqual([]);
  });

  it('opens a note beside its claim, whole, beside the marks it spans and covering none, without moving the text or the page; one at a time', async () => {
    const { page } = opened;
    const textBefore = await claimBoxes(page);
    for (const id of await firstNotesOfDensest(page)) {
      const number = page.locator(`a.claim-ref[href="#${id}"]`);
      await number.scrollIntoViewIfNeeded();
      const scrolled = await page.evaluate(() => scrollY);
      await number.click();
      await expectOpenBesideMarks(page, id, 1440);
      expect(await page.evaluate(() => scrollY), `${id}: the page moved`).toBe(scrolled);
      expect(await page.$$eval('.article-body details.note[open]', (open) => open.map((n) => (n as HTMLElement).dataset.claim)), id).toEqual([id]);
    }
    expect(await claimBoxes(page)).toEqual(textBefore);
  });

  it('shows no frame with an opened note over the marks, or two notes open, from the click on', async () => {
    // Each note of ¶1 and of ¶8, the densest, opened in turn from its claim's number while the one
    // before is still open; at the start of every frame after, before the frame's own work, what the
    // last frame showed, as one number: marks the open notes lie over × 10 + notes open (at most 1).
    const wrong = await opened.page.evaluate(async () => {
      const frames = (count: number) =>
        new Promise<number[]>((done) => {
          const seen: number[] = [];
          const look = () => {
            const open = [...document.querySelectorAll('.article-body details.note[open]')].map((note) => note.getBoundingClientRect());
            const covered = [...document.querySelectorAll('.article-body details.note:not([open])')].filter((mark) => {
              const m = mark.getBoundingClientRect();
              return m.width > 0 && open.some((b) => m.top < b.bottom - 0.5 && m.bottom > b.top + 0.5 && m.left < b.right - 0.5 && m.right > b.left + 0.5);
            }).length;
            seen.push(covered * 10 + open.length);
            if (seen.length < count) requestAnimationFrame(look);
            else done(seen);
          };
          requestAnimationFrame(look);
        });
      const found: string[] = [];
      for (const note of document.querySelectorAll<HTMLElement>(':is(#p-first-decade, #p-transnational-crime) details.note')) {
        const seen = frames(6);
        document.querySelector<HTMLElement>(`a.claim-ref[href="#${note.dataset.claim}"]`)!.click();
        const shown = await seen;
        if (shown.some((frame) => frame > 1)) found.push(`${note.dataset.claim}: ${shown.join(' ')}`);
      }
      return found;
    });
    expect(wrong).toEqual([]);
  });

  it('opens a note from its margin mark without moving the page, and shows its claim’s words', async () => {
    const { page } = opened;
    const [, , id] = await firstNotesOfDensest(page);
    const mark = page.locator(`details.note[data-claim="${id}"] > summary`);
    await mark.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => scrollY);
    await mark.click();
    await expectOpenBesideMarks(page, id!, 1440);
    expect(await page.evaluate(() => scrollY)).toBe(scrolled);
    expect(await page.locator(`#${id}`).evaluate((claim) => claim.hasAttribute('data-reading') && getComputedStyle(claim).textDecorationLine)).toBe('underline');
  });

  it('closes the open note when the focus moves on to another mark, and never hides the mark that has it', async () => {
    const { page } = opened;
    const [first, next] = await page.$$eval('#p-transnational-crime details.note', (notes) => notes.slice(3, 5).map((n) => (n as HTMLElement).dataset.claim!));
    await page.locator(`a.claim-ref[href="#${first}"]`).click();
    await page.locator(`details.note[data-claim="${next}"] > summary`).focus();
    await notesPlaced(page);
    expect(await page.$eval(`details.note[data-claim="${first}"]`, (d) => (d as HTMLDetailsElement).open)).toBe(false);
    const uncovered = await page.$eval(`details.note[data-claim="${next}"] > summary`, (summary) => {
      const r = summary.getBoundingClientRect();
      return summary.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
    });
    expect(uncovered).toBe(true);
    await page.locator(`a.claim-ref[href="#${next}"]`).click();
    await expect.poll(() => page.$eval(`details.note[data-claim="${next}"]`, (d) => (d as HTMLDetailsElement).open)).toBe(true);
  });

  it('closes the open note with Escape, back at its claim', async () => {
    const { page } = opened;
    const id = (await page.$eval('.article-body details.note[open]', (n) => (n as HTMLElement).dataset.claim))!;
    await page.locator(`details.note[data-claim="${id}"] > summary`).focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.$$eval('.article-body details.note[open]', (open) => open.length)).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(id);
  });

  it('leaves the text where it was when the last note closes at the foot of the page', async () => {
    const { page } = opened;
    const last = page.locator('.article-body details.note').last();
    await last.locator(':scope > summary').click();
    await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
    const lastClaim = (await last.getAttribute('data-claim'))!;
    const top = () => page.evaluate((id) => document.getElementById(id)!.getClientRects()[0]!.top, lastClaim);
    const before = await top();
    await last.locator(':scope > summary').click();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(Math.abs((await top()) - before)).toBeLessThanOrEqual(1);
  });

  it('reports no errors in the console', () => {
    expect(opened.errors).toEqual([]);
  });
});

describe('placing the margin and the claims map', () => {
  it('lays the page out a handful of times on load, not once for every claim', async () => {
    const context = await browser.context({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(new URL(ARTICLE, inject('baseURL')).href, { waitUntil: 'load' });
    await notesPlaced(page);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const layouts = metrics.find((m) => m.name === 'LayoutCount')!.value;
    // Reading every position before writing any: one layout to read, one to show, and a few for the page's own load.
    expect(layouts).toBeLessThanOrEqual(20);
  });
});

describe('the article at 1100 px, the narrowest wide screen', () => {
  it('puts every note level with its claim (within 40 px), no two overlapping', async () => {
    const narrowest = await browser.open(ARTICLE, { viewport: { width: 1100, height: 900 } });
    await notesPlaced(narrowest.page);
    const claims = new Map((await claimBoxes(narrowest.page)).map((c) => [c.id, c]));
    const notes = await noteBoxes(narrowest.page);
    expect(notes.filter((note) => Math.abs(note.top - claims.get(note.id)!.top) > 40).map((note) => note.id)).toEqual([]);
    expect(overlaps(notes)).toEqual([]);
    expect(notes.every((note) => note.right <= 1100)).toBe(true);
    await narrowest.close();
  });

  it('opens a note beside the marks it spans, covering none, narrower where the window is', async () => {
    const narrowest = await browser.open(ARTICLE, { viewport: { width: 1100, height: 900 } });
    const { page } = narrowest;
    await notesPlaced(page);
    const textBefore = await claimBoxes(page);
    // And the first note of the widest row of marks: at 1100 px, room for the open note is tightest there.
    const widestRow = await page.$$eval('.article-body details.note', (notes) => {
      const place = (n: Element) => ['inset-block-start', 'inset-inline-start'].map((name) => parseFloat((n as HTMLElement).style.getPropertyValue(name)));
      const widest = notes.reduce((a, b) => (place(b)[1]! > place(a)[1]! ? b : a));
      return (notes.find((n) => place(n)[0] === place(widest)[0]) as HTMLElement).dataset.claim!;
    });
    for (const id of [...(await firstNotesOfDensest(page)), widestRow]) {
      await page.locator(`a.claim-ref[href="#${id}"]`).click();
      await expectOpenBesideMarks(page, id, 1100);
    }
    expect(await claimBoxes(page)).toEqual(textBefore);
    expect(narrowest.errors).toEqual([]);
    await narrowest.close();
  });

  it('keeps an open note short of the window’s edge when the window narrows from 1440 px (the text’s width unchanged)', async () => {
    const resized = await browser.open(ARTICLE);
    const { page } = resized;
    await notesPlaced(page);
    const [id] = await firstNotesOfDensest(page);
    await page.locator(`a.claim-ref[href="#${id!}"]`).click();
    await expectOpenBesideMarks(page, id!, 1440);
    await page.setViewportSize({ width: 1150, height: 900 });
    await expectOpenBesideMarks(page, id!, 1150);
    await resized.close();
  });
});
