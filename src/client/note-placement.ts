/**
 * Keeps the margin's marks level with their claims (margin-marks.ts) as the layout changes under them:
 * a note opens or closes, the text reflows, the margin comes or goes, the view filter hides marks.
 * One placing per frame, however many of these arrive in it.
 */
import { placeNotes, WIDE } from './margin-marks.ts';

export function keepNotesPlaced(body: HTMLElement): void {
  let frame = 0;
  const schedule = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => placeNotes(body));
  };
  // A note opening or closing is placed before the next frame shows it (`toggle` comes a task later,
  // after a frame that would show the opened note where it last stood, over the marks). In a microtask
  // of its own, after every observer of this change has run: the rule of one open note has closed the
  // other, and the opened note has its "Copy link" button, which makes it taller.
  new MutationObserver(() => queueMicrotask(() => placeNotes(body))).observe(body, { attributeFilter: ['open'], subtree: true });
  new ResizeObserver(schedule).observe(body);
  // The window can narrow while the body keeps its width (it has reached its widest): an open note
  // that reaches past the margin must still stop short of the claims map's ruler at the window's edge.
  addEventListener('resize', schedule);
  WIDE.addEventListener('change', schedule);
  document.addEventListener('annotated:viewchange', schedule);
}
