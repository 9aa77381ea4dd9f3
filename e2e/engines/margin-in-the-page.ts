/**
 * What the margin and the text look like to a reader, read in the page by scripts any engine runs (the
 * driver's, so the page's Content Security Policy does not apply): each returns plain data, or the
 * problems it found, in words.
 */
import type { Box } from '../browser.ts';

/**
 * Each margin mark not where margin-marks.ts says it belongs: a mark that starts a row stands centred on
 * its claim's first line (within 1.5 px: the row's top is rounded to a pixel); one whose line is less
 * than a row below the last row's top shares that row, or the row under it when it is full.
 */
export function marksOffTheirLines(): string[] {
  const MARK = 24; // px, a mark's height (margin-marks.ts)
  const GAP = 4; // px between rows
  const notes = [...document.querySelectorAll<HTMLElement>('.article-body details.note')].filter((note) => note.getClientRects().length > 0);
  const off: string[] = [];
  let rowTop = Number.NEGATIVE_INFINITY;
  for (const note of notes) {
    const line = document.getElementById(note.dataset.claim!)!.getClientRects()[0]!;
    const want = line.top + (line.height - MARK) / 2;
    const top = note.getBoundingClientRect().top;
    const name = `${note.querySelector('.note-number')?.textContent} #${note.dataset.claim}`;
    if (want >= rowTop + MARK + GAP) {
      if (Math.abs(top - want) > 1.5) off.push(`${name}: ${(top - want).toFixed(1)} px from its line`);
    } else if (Math.abs(top - rowTop) > 1.5 && Math.abs(top - (rowTop + MARK + GAP)) > 1.5) {
      off.push(`${name}: neither in the row of the claims on its line nor under it (${(top - rowTop).toFixed(1)} px)`);
    }
    rowTop = Math.max(rowTop, top);
  }
  return off;
}

// The note boxes have the Chromium tests' own shape (e2e/browser.ts), measured here in any engine.
export type { Box };

/** Every note of the article's body that takes room, as a box in the window, with its claim's id. */
export function noteBoxes(): Box[] {
  return [...document.querySelectorAll<HTMLElement>('.article-body details.note')].flatMap((note) => {
    const r = note.getBoundingClientRect();
    return r.height > 0 ? [{ id: note.dataset.claim!, top: r.top, bottom: r.bottom, left: r.left, right: r.right }] : [];
  });
}

/** Where the text stands: each claim's first line's top and left in the page, by id. */
export function claimLines(): Record<string, [number, number]> {
  return Object.fromEntries(
    [...document.querySelectorAll('.claim')].map((claim) => {
      const r = claim.getClientRects()[0];
      return [claim.id, [r ? r.top + scrollY : Number.NaN, r ? r.left : Number.NaN]];
    }),
  );
}

/** The centre of a claim's number, in the window: where a reader taps to open its note. */
export function numberCentre(id: string): { x: number; y: number } {
  const r = document.querySelector(`a.claim-ref[href="#${CSS.escape(id)}"]`)!.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

/** Resolves after the next two frames: whatever a change asked of layout and the page's scripts is done. */
export const twoFrames = (): Promise<void> => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
