/**
 * On wide screens an open note floats over the marks below it: one at a time, so none hides another.
 * Printing opens them all; while it does, the rule waits.
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
  // A mark under the open note must not take the focus unseen (WCAG 2.4.11): the open note gives way.
  body.addEventListener('focusin', (event) => {
    const note = event.target instanceof Element ? event.target.closest('details.note') : null;
    if (WIDE.matches && !beforePrint && note) closeNotesBut(note);
  });
}
