/**
 * Arriving at an address (a shared link, a search result, a claim's number): a claim gets its note
 * opened and the focus; a retired id shows its notice (CSS does that even without JavaScript) and opens
 * the note of the claim that replaced it; an id this page does not have gets a notice, never a silent
 * jump to the top.
 */
import { announce, claimInWords } from './announce.ts';
import { focusWithoutScroll, noteOf } from './claim-focus.ts';
import { openAtClaim } from './note-at-claim.ts';

function openNoteOf(claimId: string): void {
  const note = noteOf(claimId);
  if (note) openAtClaim(note);
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
 * Runs `change` (placing the margin, at arrival) without moving the address's target from where the
 * window shows it. Firefox scrolls to the target as soon as the parser reaches it, before this script
 * runs, and does not scroll again when the page above the target changes height: when placing took the
 * notes out of the text's flow, the last claims were left up to 387 px above the window (Chromium
 * scrolls again; WebKit scrolls only at `load`). The margin now keeps its room from the first frame, so
 * placing moves nothing; this keeps a link's promise should that change. No smooth motion, and nothing
 * for a target out of sight (the browser has not scrolled yet, or the reader is elsewhere).
 */
export function keepTargetInView(change: () => void): void {
  const target = location.hash ? document.getElementById(idOf(location.hash)) : null;
  const before = target?.getBoundingClientRect();
  change();
  if (!target || !before || before.bottom <= 0 || before.top >= innerHeight) return;
  const shift = target.getBoundingClientRect().top - before.top;
  if (Math.abs(shift) >= 1) scrollBy({ top: shift, behavior: 'instant' });
}

/** Opens a claim's note, gives the claim the focus where it stands, and says which claim it is. */
export function landOnClaim(claim: HTMLElement): void {
  openNoteOf(claim.id);
  focusWithoutScroll(claim);
  announce(claimInWords(claim));
}

function landOnHash(body: HTMLElement): void {
  const id = idOf(location.hash);
  if (!id) return;
  const target = document.getElementById(id);
  if (!target) return noticeUnknown(id, body);
  if (target.classList.contains('claim')) return landOnClaim(target);
  if (target.classList.contains('tombstone')) {
    if (target.dataset.replacedBy) openNoteOf(target.dataset.replacedBy);
    // The container, not its notice: the notice is display: none until :target applies, after this runs.
    return focusWithoutScroll(target);
  }
  const note = target.closest('details.note');
  if (note instanceof HTMLDetailsElement) note.open = true;
}

/** Lands now, on the address the page was opened at, and again whenever the fragment changes. */
export function landOnArrival(body: HTMLElement): void {
  landOnHash(body);
  window.addEventListener('hashchange', () => landOnHash(body));
  // A link to the address the page is already at changes nothing, so no hashchange: a reader who closed
  // the note of the claim a link brought them to, and taps its number, asks for it again.
  document.addEventListener('click', (event) => {
    const link = !event.defaultPrevented && event.target instanceof Element ? event.target.closest('a') : null;
    if (link?.hash && link.hash === location.hash && link.pathname === location.pathname) setTimeout(() => landOnHash(body));
  });
}
