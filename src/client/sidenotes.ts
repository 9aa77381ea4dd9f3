/**
 * Small enhancements of the article page; the page reads fully without them.
 * - Wide screens: each note a mark level with its claim (margin-marks.ts, note-placement.ts); one note
 *   open at a time (one-open-note.ts).
 * - Narrow screens: a note opened from its claim shows under the claim's line (note-at-claim.ts).
 * - Arriving at an address lands on it: a claim's note opens and the claim takes the focus; a retired
 *   or unknown id gets a notice (landing.ts).
 * - A claim's number opens its note where the reader is, never scrolling (numbers-open-in-place.ts);
 *   the claim's words show while its number or mark is pointed at or its note is open (lit-claims.ts).
 * - An opened note gets a "Copy link" button, the claim's share link (copy-link.ts).
 * - Printing opens every note, and closes again those that were closed (print-notes.ts).
 */
import { placeNotes } from './margin-marks.ts';
import { keepTargetInView, landOnArrival } from './landing.ts';
import { keepNotesPlaced } from './note-placement.ts';
import { keepOneNoteOpen } from './one-open-note.ts';
import { keepCardsAtClaims } from './note-at-claim.ts';
import { copyLinksInOpenedNotes } from './copy-link.ts';
import { openEveryNoteForPrint } from './print-notes.ts';
import { lightClaims } from './lit-claims.ts';
import { openNotesInPlace } from './numbers-open-in-place.ts';

const body = document.querySelector<HTMLElement>('[data-sidenotes]');
const article = body?.closest<HTMLElement>('.article');
if (body && article) {
  // Placed, then landed, at once, before the page's `load`: the browser keeps an arriving link's target
  // in view until then, whereas placing in a later frame would move the text under a reader already there.
  // The keepers watch before the landing opens a note, so that the note it opens is placed, gets its
  // button and its card like any other, in the same microtasks.
  keepTargetInView(() => placeNotes(body));
  keepNotesPlaced(body);
  keepOneNoteOpen(body);
  keepCardsAtClaims(body);
  openEveryNoteForPrint(body);
  copyLinksInOpenedNotes();
  lightClaims(article);
  openNotesInPlace(article);
  landOnArrival(body);
}
