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
  // On the attribute's change, not on `toggle`, which comes a task later: the frame between can show
  // two notes open.
  new MutationObserver((changes) => {
    if (!WIDE.matches || beforePrint) return;
    const opened = changes.map((change) => change.target).findLast((note) => note instanceof HTMLDetailsElement && note.open && note.matches('.note'));
    if (opened) closeNotesBut(opened as Element);
  }).observe(body, { attributeFilter: ['open'], subtree: true });
  // The focus moving on to another mark closes the open note: the reader has left it. And where the ruler
  // leaves the open note too little room beside the marks, it lies over some, which must not take the
  // focus unseen (WCAG 2.4.11).
  body.addEventListener('focusin', (event) => {
    const note = event.target instanceof Element ? event.target.closest('details.note') : null;
    if (WIDE.matches && !beforePrint && note) closeNotesBut(note);
  });
}
