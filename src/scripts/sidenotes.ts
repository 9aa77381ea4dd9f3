/**
 * Small enhancements of the article page; the page reads fully without them.
 * - Wide screens: put each note level with its claim, pushing a note down rather than overlapping.
 * - Arriving at a claim's address (or following its marker) opens its note and focuses the claim.
 * - Printing opens every note.
 */
const WIDE = window.matchMedia('(min-width: 68.75rem)');
const NOTE_GAP = 6; // px between two stacked notes

function placeNotes(body: HTMLElement): void {
  const notes = [...body.querySelectorAll<HTMLDetailsElement>('details.note')];
  if (!WIDE.matches) {
    delete body.dataset.placed;
    body.style.removeProperty('min-block-size');
    return;
  }
  body.dataset.placed = '';
  // Read everything first, then write: one layout, however many notes.
  const origin = body.getBoundingClientRect().top;
  const wanted = notes.map((note) => {
    const claim = document.getElementById(note.dataset.claim ?? '');
    return claim ? claim.getBoundingClientRect().top - origin : 0;
  });
  const heights = notes.map((note) => note.getBoundingClientRect().height);
  let floor = 0;
  const tops = wanted.map((want, i) => {
    const top = Math.max(want, floor);
    floor = top + heights[i]! + NOTE_GAP;
    return top;
  });
  notes.forEach((note, i) => note.style.setProperty('--note-top', `${Math.round(tops[i]!)}px`));
  body.style.minBlockSize = `${Math.ceil(floor)}px`;
}

/**
 * Arriving at a claim's address (a shared link, a search result, the claim's number): open its note
 * and put the focus on the claim, so that a keyboard or screen-reader user is where the link points.
 */
function landOnHash(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  if (!target) return;
  if (target.classList.contains('claim')) {
    const note = document.querySelector<HTMLDetailsElement>(`details.note[data-claim="${CSS.escape(id)}"]`);
    if (note) note.open = true;
    target.tabIndex = -1;
    target.focus({ preventScroll: true });
    return;
  }
  const note = target.closest('details.note');
  if (note instanceof HTMLDetailsElement) note.open = true;
}

const body = document.querySelector<HTMLElement>('[data-sidenotes]');
if (body) {
  let frame = 0;
  const schedule = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => placeNotes(body));
  };
  landOnHash();
  schedule();
  window.addEventListener('hashchange', landOnHash);
  // `toggle` does not bubble; listening in the capture phase hears every note.
  body.addEventListener('toggle', schedule, true);
  new ResizeObserver(schedule).observe(body);
  WIDE.addEventListener('change', schedule);
  window.addEventListener('beforeprint', () => {
    for (const note of body.querySelectorAll('details')) note.open = true;
  });
}
