/**
 * Wide screens: the margin as a gutter of marks, like a code review's. Each closed note is a small
 * mark (its number and kind shape) level with the first line of its claim; marks of claims that start
 * on one line sit side by side. An opened note floats at its claim's line, beside the marks its height
 * spans, as a code review shows an opened thread beside its gutter, so that every other claim keeps
 * its mark in sight. Every note is positioned absolutely, so nothing here changes the text's layout:
 *
 *   | text                                   |   | margin                            |
 *   | Some claim¹ and another² here,         |   | [1●] ┌ 2 ◆ Opinion ──────────┐    |
 *   | then a third³ on the next line ...     |   | [3▲] │ the note's text ...    │    |
 *   | and a fourth⁴, a fifth⁵ ...            |   | [4●] [5◆] ...                │    |
 *
 * A mark keeps its place when its note opens, so opening and closing never moves the other marks.
 */
import { claimOf } from './claim-focus.ts';
import { WIDE_SCREEN } from './wide-screen.ts';

const MARK_GAP = 4; // px between two marks, beside or below each other
const MARK_FALLBACK = { width: 40, height: 24 }; // when no note is closed to measure (printing)
const EDGE_GAP = 4; // px kept clear before the claims map's ruler, or the window's edge
const NOTE_MIN_WIDTH = 176; // px, some 22 characters a line: narrower reads badly, so it would cover marks instead

interface Place {
  top: number;
  x: number;
}

/** How far right an open note may reach: to the claims map's ruler, or to the window's edge. */
function rightLimit(): number {
  const ruler = document.querySelector('.claims-map[data-ruler]')?.getBoundingClientRect();
  return (ruler && ruler.width > 0 ? ruler.left : document.documentElement.clientWidth) - EDGE_GAP;
}

/** Past every closed mark that an open note as tall as `height`, at `top`, would lie over. */
function clearOfMarks(top: number, height: number, marks: Place[], mark: { width: number; height: number }): number {
  return marks.reduce((x, m) => (m.top < top + height && m.top + mark.height > top ? Math.max(x, m.x + mark.width + MARK_GAP) : x), 0);
}

/**
 * Moves each open note (one; every note while printing) right of the closed marks its height spans, as
 * far as `room` (px from the margin's start) allows. Its height follows its width, and may then span
 * other marks: so write every note's place, read every height, and again while a place changes.
 * Returns each open note's height where it now stands.
 */
function besideMarks(open: { note: HTMLElement; top: number }[], marks: Place[], mark: { width: number; height: number }, room: number, margin: number): number[] {
  const xs = open.map(() => -1);
  let heights = open.map(({ note }) => note.getBoundingClientRect().height);
  for (let round = 0; round < 3; round++) {
    let moved = false;
    open.forEach(({ note, top }, k) => {
      const x = Math.max(0, Math.min(clearOfMarks(top, heights[k]!, marks, mark), room - NOTE_MIN_WIDTH));
      if (x === xs[k]) return;
      moved = true;
      xs[k] = x;
      note.style.setProperty('--open-x', `${x}px`);
      note.style.setProperty('--open-width', `${Math.round(Math.min(margin, room - x))}px`);
    });
    if (!moved) break;
    heights = open.map(({ note }) => note.getBoundingClientRect().height);
  }
  return heights;
}

export const WIDE = window.matchMedia(WIDE_SCREEN);

export function placeNotes(body: HTMLElement): void {
  if (!WIDE.matches) {
    delete body.dataset.placed;
    body.style.removeProperty('min-block-size');
    return;
  }
  body.dataset.placed = '';
  // Read everything first, then write: one layout, however many notes. Notes the view hides take no place.
  const notes = [...body.querySelectorAll<HTMLDetailsElement>('details.note')].filter((note) => note.getClientRects().length > 0);
  const origin = body.getBoundingClientRect().top;
  const margin = body.querySelector('.notes')?.getBoundingClientRect().width ?? 0;
  const closed = notes.find((note) => !note.open)?.getBoundingClientRect();
  const mark = closed ? { width: closed.width, height: closed.height } : MARK_FALLBACK;
  const perRow = Math.max(1, Math.floor((margin + MARK_GAP) / (mark.width + MARK_GAP)));
  const lines = notes.map((note) => claimOf(note)?.getClientRects()[0]);
  // The page may not shrink under the reader: closing the last note at the foot of the page would pull
  // the text down by the note's height. Keep the length the viewport still shows; it goes when they leave.
  const box = body.getBoundingClientRect();
  const below = document.documentElement.scrollHeight - (scrollY + box.bottom);
  const inView = Math.min(box.height, innerHeight - box.top - below);
  const room = rightLimit() - (box.right - margin);

  let rowTop = -Infinity;
  let column = 0;
  let bottom = 0;
  const places = lines.map((line) => {
    // Centred on the claim's first line.
    const want = line ? line.top - origin + (line.height - mark.height) / 2 : 0;
    if (want >= rowTop + mark.height + MARK_GAP) [rowTop, column] = [want, 0];
    else if (column + 1 < perRow) column += 1;
    else [rowTop, column] = [rowTop + mark.height + MARK_GAP, 0];
    bottom = Math.max(bottom, rowTop + mark.height);
    return { top: rowTop, x: column * (mark.width + MARK_GAP) };
  });
  notes.forEach((note, i) => {
    note.style.setProperty('--note-top', `${Math.round(places[i]!.top)}px`);
    note.style.setProperty('--note-x', `${places[i]!.x}px`);
  });
  const open = notes.flatMap((note, i) => (note.open ? [{ note, top: places[i]!.top }] : []));
  const heights = besideMarks(open, places.filter((_, i) => !notes[i]!.open), mark, room, margin);
  open.forEach(({ top }, k) => (bottom = Math.max(bottom, top + heights[k]!)));
  // Room for the last marks and an open note below the last line; the grid keeps its rows as they are.
  body.style.minBlockSize = `${Math.ceil(Math.max(bottom, inView))}px`;
}
