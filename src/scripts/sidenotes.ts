/**
 * Small enhancements of the article page; the page reads fully without them.
 * - Wide screens: put each note level with its claim, pushing a note down rather than overlapping.
 * - Arriving at a claim's address (or following its marker) opens its note.
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

/** The note that belongs to the element at the current address, if any. */
function noteForHash(): HTMLDetailsElement | null {
  const id = decodeURIComponent(location.hash.slice(1));
  if (!id) return null;
  const target = document.getElementById(id);
  if (!target) return null;
  if (target.classList.contains('claim')) return document.querySelector(`details.note[data-claim="${CSS.escape(id)}"]`);
  return target.closest('details.note');
}

function openNoteForHash(): void {
  const note = noteForHash();
  if (note) note.open = true;
}

const body = document.querySelector<HTMLElement>('[data-sidenotes]');
if (body) {
  let frame = 0;
  const schedule = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => placeNotes(body));
  };
  openNoteForHash();
  schedule();
  window.addEventListener('hashchange', openNoteForHash);
  // `toggle` does not bubble; listening in the capture phase hears every note.
  body.addEventListener('toggle', schedule, true);
  new ResizeObserver(schedule).observe(body);
  WIDE.addEventListener('change', schedule);
  window.addEventListener('beforeprint', () => {
    for (const note of body.querySelectorAll('details')) note.open = true;
  });
}
