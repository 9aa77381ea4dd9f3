/**
 * Wide screens: the margin says, level with each claim's first line, what the claim is: its number,
 * its kind's shape and, where the line leaves room, its kind and finding in words. Claims that start
 * on one line share its row: one says "55 ● Sourced · confirmed", two say "56 ● Sourced" and
 * "57 ◆ Opinion", three or more give number and shape. An opened note floats at its claim's line,
 * beside the marks its height spans (which then give number and shape only), as a code review shows
 * an opened thread beside its gutter, so that every other claim keeps its mark in sight. Every note is
 * positioned absolutely, so nothing here changes the text's layout:
 *
 *   | text                                   |   | margin                                 |
 *   | Some claim¹ and another² here,         |   | 1 ● Sourced   2 ◆ Opinion              |
 *   | then a third³ on the next line ...     |   | 3 ▲ Unsourced · not found              |
 *   | and a fourth⁴, a fifth⁵, a sixth⁶ ...  |   | [4●] [5◆] [6●]                         |
 */
import { claimOf } from './claim-focus.ts';
import { WIDE_SCREEN } from './wide-screen.ts';

const MARK_GAP = 4; // px between two marks, beside or below each other
const MARK = { width: 40, height: 24 }; // number and shape: "200" and a shape, 24 px high (a pointer target)
const EDGE_GAP = 4; // px kept clear before the window's edge
const NOTE_MIN_WIDTH = 176; // px, some 22 characters a line: narrower reads badly, so it would cover marks instead

/** What a closed mark says: its kind and finding in words, its kind, or its number and shape only. */
type Room = 'finding' | 'kind' | 'number';

interface Place {
  top: number;
  x: number;
  width: number;
  room: Room;
}

/** The marks of one row, side by side: the fewer they are, the more each says. */
function layRow(members: number[], top: number, margin: number, compact: boolean, places: Place[]): void {
  const room: Room = compact || members.length > 2 ? 'number' : members.length === 2 ? 'kind' : 'finding';
  const width = room === 'number' ? MARK.width : room === 'kind' ? Math.floor((margin - MARK_GAP) / 2) : margin;
  members.forEach((note, column) => (places[note] = { top, x: column * (width + MARK_GAP), width, room }));
}

/**
 * Claims whose first lines are less than a mark's height apart share a row, at the first one's height;
 * a row holds as many as fit at number and shape, and the rest go to a row below.
 */
function rowsOf(wants: number[], perRow: number): { top: number; members: number[] }[] {
  const rows: { top: number; members: number[] }[] = [];
  wants.forEach((want, note) => {
    const last = rows.at(-1);
    if (!last || want >= last.top + MARK.height + MARK_GAP) rows.push({ top: want, members: [note] });
    else if (last.members.length < perRow) last.members.push(note);
    else rows.push({ top: last.top + MARK.height + MARK_GAP, members: [note] });
  });
  return rows;
}

const spans = (row: { top: number }, top: number, height: number) => row.top < top + height && row.top + MARK.height > top;

export const WIDE = window.matchMedia(WIDE_SCREEN);

export function placeNotes(body: HTMLElement): void {
  if (!WIDE.matches) {
    if (body.dataset.placed === undefined) return;
    delete body.dataset.placed;
    body.style.removeProperty('min-block-size');
    for (const note of body.querySelectorAll<HTMLElement>('details.note')) {
      note.removeAttribute('style');
      delete note.dataset.room;
    }
    return;
  }
  // Read everything first, then write: one layout, however many notes. Notes the view hides take no place.
  // (Marking the body placed is a write too: it comes last, with the places.)
  const notes = [...body.querySelectorAll<HTMLDetailsElement>('details.note')].filter((note) => note.getClientRects().length > 0);
  const origin = body.getBoundingClientRect().top;
  const margin = body.querySelector('.notes')?.getBoundingClientRect().width ?? 0;
  const perRow = Math.max(1, Math.floor((margin + MARK_GAP) / (MARK.width + MARK_GAP)));
  const lines = notes.map((note) => claimOf(note)?.getClientRects()[0]);
  // The page may not shrink under the reader: closing the last note at the foot of the page would pull
  // the text down by the note's height. Keep the length the viewport still shows; it goes when they leave.
  const box = body.getBoundingClientRect();
  const below = document.documentElement.scrollHeight - (scrollY + box.bottom);
  const inView = Math.min(box.height, innerHeight - box.top - below);
  const room = document.documentElement.clientWidth - EDGE_GAP - (box.right - margin);
  // Centred on the claim's first line.
  const rows = rowsOf(lines.map((line) => (line ? line.top - origin + (line.height - MARK.height) / 2 : 0)), perRow);
  const open = notes.flatMap((note, i) => (note.open ? [i] : []));
  let heights = open.map((i) => notes[i]!.getBoundingClientRect().height);
  const places: Place[] = [];

  // An open note's height follows its width, which follows the marks it spans, which make room for it
  // by giving number and shape only: so lay the rows out, read the open notes' heights, and again
  // while they change.
  for (let round = 0; round < 3; round++) {
    const tops = open.map((i) => rows.find((row) => row.members.includes(i))!.top);
    for (const row of rows) layRow(row.members, row.top, margin, open.some((_, k) => spans(row, tops[k]!, heights[k]!)), places);
    open.forEach((i, k) => {
      const clear = notes.reduce((x, note, j) => (!note.open && spans(places[j]!, tops[k]!, heights[k]!) ? Math.max(x, places[j]!.x + places[j]!.width + MARK_GAP) : x), 0);
      const x = Math.max(0, Math.min(clear, room - NOTE_MIN_WIDTH));
      places[i] = { top: tops[k]!, x, width: Math.round(Math.min(margin, room - x)), room: 'finding' };
    });
    write(notes, places, box.width - margin);
    const settled = open.map((i) => notes[i]!.getBoundingClientRect().height);
    if (settled.every((height, k) => Math.abs(height - heights[k]!) < 0.5)) break;
    heights = settled;
  }
  const bottom = Math.max(0, ...places.map((place, i) => place.top + (notes[i]!.open ? heights[open.indexOf(i)]! : MARK.height)));
  // Room for the last marks and an open note below the last line; the grid keeps its rows as they are.
  // Written only when it changes: the body's size is the whole article's layout.
  const length = `${Math.ceil(Math.max(bottom, inView))}px`;
  if (body.style.minBlockSize !== length) body.style.minBlockSize = length;
  body.dataset.placed = '';
}

/**
 * Each note's own top, left and width, never a custom property: one inherited by the note's insides
 * would restyle every one of them (200 notes' summaries, bodies and sources) at each placing.
 */
function write(notes: HTMLDetailsElement[], places: Place[], marginStart: number): void {
  notes.forEach((note, i) => {
    const { top, x, width, room } = places[i]!;
    note.style.insetBlockStart = `${Math.round(top)}px`;
    note.style.insetInlineStart = `${Math.round(marginStart + x)}px`;
    // An open note takes its width; a closed mark takes what its words need, up to it.
    note.style.inlineSize = note.open ? `${width}px` : '';
    note.style.maxInlineSize = `${width}px`;
    if (note.dataset.room !== room) note.dataset.room = room;
  });
}
