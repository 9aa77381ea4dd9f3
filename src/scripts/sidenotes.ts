/**
 * Small enhancements of the article page; the page reads fully without them.
 * - Wide screens: each note a mark level with its claim (margin-marks.ts); one note open at a time.
 * - Arriving at an address lands on it: a claim's note opens and the claim takes the focus; a retired
 *   or unknown id gets a notice.
 * - An opened note gets a "Copy link" button (the claim's share link).
 * - Printing opens every note, and closes again those that were closed.
 */
import { announce, claimInWords } from './announce.ts';
import { placeNotes, WIDE } from './margin-marks.ts';

function openNoteOf(claimId: string): void {
  const note = document.querySelector<HTMLDetailsElement>(`details.note[data-claim="${CSS.escape(claimId)}"]`);
  if (note) note.open = true;
}

function focusWithoutScroll(element: HTMLElement): void {
  element.tabIndex = -1;
  element.focus({ preventScroll: true });
}

/** Says, where the reader is, that the address they followed leads nowhere on this page. */
function noticeUnknown(id: string, body: HTMLElement): void {
  document.querySelector('.link-notice')?.remove();
  const notice = document.createElement('p');
  notice.className = 'link-notice';
  notice.setAttribute('role', 'status');
  notice.textContent = `Nothing on this page has the address #${id}. It may be mistyped, or older than this page. `;
  const start = document.createElement('a');
  start.href = '#article-title';
  start.textContent = 'Start at the title';
  notice.append(start, '.');
  body.before(notice);
  notice.scrollIntoView({ block: 'center' });
  focusWithoutScroll(notice);
}

/** The id an address's fragment names; a broken percent-escape (`#%E0%A4%A`) names itself, undecoded. */
function idOf(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return hash.slice(1);
  }
}

/**
 * Arriving at an address (a shared link, a search result, a claim's number): a claim gets its note
 * opened and the focus; a retired id shows its notice (CSS does that even without JavaScript) and opens
 * the note of the claim that replaced it; an id this page does not have gets a notice, never a silent
 * jump to the top.
 */
function landOnHash(body: HTMLElement): void {
  const id = idOf(location.hash);
  if (!id) return;
  const target = document.getElementById(id);
  if (!target) return noticeUnknown(id, body);
  if (target.classList.contains('claim')) {
    openNoteOf(id);
    focusWithoutScroll(target);
    return announce(claimInWords(target));
  }
  if (target.classList.contains('tombstone')) {
    if (target.dataset.replacedBy) openNoteOf(target.dataset.replacedBy);
    // The container, not its notice: the notice is display: none until :target applies, after this runs.
    return focusWithoutScroll(target);
  }
  const note = target.closest('details.note');
  if (note instanceof HTMLDetailsElement) note.open = true;
}

/**
 * Gives an opened note a button that copies the claim's share link (`claims/<id>/`, beside the
 * article): a page that previews the claim in chat apps and lands on it, words highlighted.
 */
function addCopyButton(note: HTMLDetailsElement): void {
  const link = note.querySelector<HTMLAnchorElement>('.claim-link');
  if (!link || !navigator.clipboard || note.querySelector('.copy-link')) return;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-link';
  button.textContent = 'Copy link';
  button.addEventListener('click', async () => {
    await navigator.clipboard.writeText(new URL(`claims/${encodeURIComponent(note.dataset.claim ?? '')}/`, location.href).href);
    button.textContent = 'Link copied';
  });
  link.after(button);
}

const body = document.querySelector<HTMLElement>('[data-sidenotes]');
if (body) {
  let beforePrint: { open: Set<HTMLDetailsElement>; scrollY: number } | null = null;
  let frame = 0;
  const schedule = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => placeNotes(body));
  };
  const closeNotesBut = (keep: Element) => {
    for (const note of body.querySelectorAll<HTMLDetailsElement>('details.note[open]')) if (note !== keep) note.open = false;
  };
  // Placed at once, before the page's `load`: the browser keeps an arriving link's target in view
  // until then, whereas placing in a later frame would move the text under a reader already there.
  placeNotes(body);
  landOnHash(body);
  window.addEventListener('hashchange', () => landOnHash(body));
  // `toggle` does not bubble; listening in the capture phase hears every note.
  body.addEventListener('toggle', schedule, true);
  // On wide screens an open note floats over the marks below it: one at a time, so none hides another.
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
  document.addEventListener(
    'toggle',
    (event) => {
      if (event.target instanceof HTMLDetailsElement && event.target.open && event.target.matches('.note')) addCopyButton(event.target);
    },
    true,
  );
  new ResizeObserver(schedule).observe(body);
  WIDE.addEventListener('change', schedule);
  document.addEventListener('annotated:viewchange', schedule);
  // Print shows every note (print.css shows a closed note's content too; opening them serves browsers
  // that cannot). Afterwards the screen is put back as the reader left it, printed or cancelled.
  window.addEventListener('beforeprint', () => {
    const all = [...body.querySelectorAll('details')];
    beforePrint ??= { open: new Set(all.filter((details) => details.open)), scrollY };
    for (const details of all) details.open = true;
  });
  window.addEventListener('afterprint', () => {
    if (!beforePrint) return;
    for (const details of body.querySelectorAll('details')) details.open = beforePrint.open.has(details);
    // Scroll anchoring keeps the place only to the pixel's rounding: put it back exactly.
    window.scrollTo({ top: beforePrint.scrollY, behavior: 'instant' });
    beforePrint = null;
  });
}

// A module, so that its top-level names stay its own.
export {};
