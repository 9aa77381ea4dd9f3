/**
 * On wide screens one note is open at a time: it stands beside the marks its height spans, where the
 * next open note would stand too. Printing opens them all; while it does, the rule waits.
 */
import { WIDE } from './margin-marks.ts';
import { beforePrint } from './print-notes.ts';

export function keepOneNoteOpen(body: HTMLElement): void {
  const closeNotesBut = (keep: Element) => {
    for (const note of body.querySelectorAll<HTMLDetailsElement>('details.note[open]')) if (note !== keep) note.open = false;
  };
  body.addEventListener(
    'toggle',
    (event) => {
      const opened = event.target;
      if (!WIDE.matches || beforePrint || !(opened instanceof HTMLDetailsElement) || !opened.open || !opened.matches('.note')) return;
      closeNotesBut(opened);
    },
    true,
  );
  // The focus moving on to another mark closes the open note: the reader has left it. And where the ruler
  // leaves the open note too little room beside the marks, it lies over some, which must not take the
  // focus unseen (WCAG 2.4.11).
  body.addEventListener('focusin', (event) => {
    const note = event.target instanceof Element ? event.target.closest('details.note') : null;
    if (WIDE.matches && !beforePrint && note) closeNotesBut(note);
  });
}
