/**
 * Narrow screens: a note opened from the text — a claim's number tapped, a link to the claim followed,
 * Enter on a claim — shows under the claim's last line (or above its first, near the screen's foot),
 * over the text, as a card with the note's number and kind and a Close button; a tap outside it puts
 * it away. After its paragraph, where narrow screens list the notes, it would open up to 1,100 px
 * further down (the densest paragraph), out of the reader's sight.
 *
 *   | Some claim¹ and another² here,         |
 *   | ┌ 2 ▲ Unsourced ─────────── [Close] ┐ |   the card, over the next lines
 *   | │ “another” … the note …             │ |
 *   | └────────────────────────────────────┘ |
 *
 * Only the note's body moves: its summary keeps its place in the list, so nothing in the text or below
 * it moves either. Opened from that summary, a note opens where the summary is, where the reader is.
 * The card never hides what has the focus (WCAG 2.4.11): the focus moving on to another claim closes
 * it; moving anywhere else outside it (Tab) puts the note back in its list, open, where Tab will reach
 * it. Print shows it in the list (print.css), as every note.
 */
import { claimOf, closeNote } from './claim-focus.ts';
import { WIDE } from './margin-marks.ts';
import { beforePrint } from './print-notes.ts';

let shown: HTMLDetailsElement | null = null;

const CARD_GAP = 4; // px between the card and the claim's line

/**
 * Under the claim's last line, across the text's column; above its first line instead when the screen
 * has more room there (a claim near the screen's foot), so that the card opens where it can be read
 * without scrolling. Never taller than the room it opens into: it scrolls inside (notes.css).
 */
function place(note: HTMLDetailsElement): void {
  const claim = claimOf(note);
  const lines = claim?.getClientRects();
  const column = claim?.closest('p, h1, li')?.getBoundingClientRect();
  const card = note.querySelector<HTMLElement>('.note-body');
  const frame = card?.offsetParent?.getBoundingClientRect();
  if (!lines?.length || !column || !card || !frame) return;
  const set = (name: string, px: number) => note.style.setProperty(name, `${Math.round(px)}px`);
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  const below = innerHeight - last.bottom - 2 * CARD_GAP;
  const above = first.top - 2 * CARD_GAP;
  note.style.removeProperty('--card-max');
  const height = card.getBoundingClientRect().height;
  const up = height > below && above > below;
  set('--card-max', Math.max(up ? above : below, 160));
  set('--card-top', up ? first.top - frame.top - CARD_GAP - Math.min(height, above) : last.bottom - frame.top + CARD_GAP);
  set('--card-left', column.left - frame.left);
  set('--card-width', column.width);
}

/** The card's first line: the summary's number and kind (screen readers heard them with the claim), and Close. */
function head(note: HTMLDetailsElement): HTMLElement {
  const line = document.createElement('div');
  const label = document.createElement('span');
  const close = document.createElement('button');
  line.className = 'note-card-head';
  label.setAttribute('aria-hidden', 'true');
  label.append(...[...note.querySelector('summary')!.childNodes].map((part) => part.cloneNode(true)));
  close.className = 'note-card-close';
  close.textContent = 'Close';
  close.ariaLabel = `Close note ${note.querySelector('.note-number')?.textContent}`;
  close.onclick = () => closeNote(note);
  line.append(label, close);
  return line;
}

/** Puts a note back in its place in the list (closed, or opened from its summary). */
function inPlace(note: HTMLDetailsElement): void {
  delete note.dataset.atClaim;
  note.querySelector('.note-card-head')?.remove();
  note.querySelector('.note-body')?.removeAttribute('tabindex');
  if (shown === note) shown = null;
}

/** Opens a claim's note: on a narrow screen as a card under the claim; on a wide one in the margin. */
export function openAtClaim(note: HTMLDetailsElement): void {
  if (!WIDE.matches && !beforePrint) {
    if (shown !== note) {
      if (shown) shown.open = false;
      const card = note.querySelector<HTMLElement>('.note-body')!;
      card.prepend(head(note));
      // A tap on the card's words focuses the nearest focusable box: the card, which keeps it, not the
      // page's <main>, which would count as the focus leaving and put the note back in its list.
      card.tabIndex = -1;
    }
    note.dataset.atClaim = '';
    shown = note;
  }
  note.open = true;
  // Placed open, once every watcher of its `open` has run (its Copy link button makes it taller): whether
  // it fits under the claim depends on its height.
  if (shown === note) queueMicrotask(() => shown === note && place(note));
}

export function keepCardsAtClaims(body: HTMLElement): void {
  // `toggle` does not bubble; listening in the capture phase hears every note.
  body.addEventListener('toggle', (event) => {
    const note = event.target as HTMLDetailsElement;
    if (note === shown && !note.open) inPlace(note);
  }, true);
  document.addEventListener('focusin', (event) => {
    const note = shown;
    const at = event.target as HTMLElement;
    // Landing focuses the claim, or the retired id that now leads to it.
    if (!note || note.querySelector('.note-body')!.contains(at) || [at.id, at.dataset.replacedBy].includes(note.dataset.claim)) return;
    // On to another claim, or a tap on plain text (the focus falls to <main>, which holds the card): the
    // card goes. Anything else (Tab from the claim to the paragraph's links and notes): the note goes
    // back to its list, still open, where the focus will come to it.
    if (at.matches('.claim, .claim-ref') || at.contains(note)) note.open = false;
    else inPlace(note);
  });
  // A tap outside the note puts the card away, as a popover's does: the lines it lay over, the next
  // claims' numbers among them, are the reader's again. A click, not a touch's start, which may be a scroll.
  document.addEventListener('click', (event) => {
    if (shown && !shown.contains(event.target as Node)) shown.open = false;
  }, true);
  // The text reflows (a rotation, a font, the view filter): the card follows its claim's line.
  new ResizeObserver(() => shown && place(shown)).observe(body);
  WIDE.addEventListener('change', () => shown && WIDE.matches && inPlace(shown));
}
