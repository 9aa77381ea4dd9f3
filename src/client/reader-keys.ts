/**
 * Keyboard reading of the claims: j/] next, k/[ previous, u/o/s next unsourced/opinion/sourced,
 * Enter opens the claim's note, Escape closes a note (from inside it or from its claim) and returns to
 * its claim, ? shows the help.
 * Each move is announced politely ("Claim 12 of 200, unsourced"). Keys typed in a field are left alone.
 * The single-letter keys can be turned off from the help (WCAG 2.1.4: they would clash with a screen
 * reader's own keys); the choice is remembered on this device.
 */
import type { Kind } from '../lib/kinds/kinds.ts';
import { announce, claimInWords } from './announce.ts';
import { claimOf, closeNote, focusWithoutScroll, noteOf } from './claim-focus.ts';
import { openAtClaim } from './note-at-claim.ts';

const claims = [...document.querySelectorAll<HTMLElement>('.claim')];

/**
 * The note Escape closes: the one the focus is in, or the open note of the claim that has the focus
 * (where a shared link lands, its note open beside it and over the margin marks below).
 */
function noteToClose(active: HTMLElement | null): HTMLDetailsElement | null {
  const inside = active?.closest<HTMLDetailsElement>('details.note');
  if (inside) return inside;
  const own = active?.classList.contains('claim') ? noteOf(active.id) : null;
  return own?.open ? own : null;
}
const help = document.getElementById('reader-help') as HTMLDialogElement | null;
const keysOn = document.getElementById('reader-keys-on') as HTMLInputElement | null;
const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
const STORED = 'annotated-reading:letter-keys';

/** localStorage may be refused (private modes, blocked storage): the keys then stay on for the visit. */
const stored = {
  get: () => {
    try {
      return localStorage.getItem(STORED);
    } catch {
      return null;
    }
  },
  set: (value: string) => {
    try {
      localStorage.setItem(STORED, value);
    } catch {
      /* remembered for this page only */
    }
  },
};
// The checkbox holds the choice; without it (no help dialog) the keys are on.
const lettersOn = () => keysOn?.checked ?? true;
if (keysOn) {
  keysOn.checked = stored.get() !== 'off';
  keysOn.addEventListener('change', () => stored.set(keysOn.checked ? 'on' : 'off'));
}

const article = document.querySelector<HTMLElement>('.article');
/** Claims the view leaves unmarked (one kind, or the plain text: view-filter.ts) are skipped. */
const shown = (claim: HTMLElement) => {
  const view = article?.dataset.show ?? 'all';
  return claim.getClientRects().length > 0 && (view === 'all' || view === 'lines' || view === claim.dataset.kind);
};

/** The claim the focus is on or in: the claim itself, its marker, or anything in its note. */
function focusedClaim(): HTMLElement | undefined {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement)) return undefined;
  if (active.classList.contains('claim')) return active;
  if (active.classList.contains('claim-ref')) return document.getElementById(active.getAttribute('href')!.slice(1)) ?? undefined;
  const note = active.closest<HTMLElement>('details.note');
  return note ? (claimOf(note) ?? undefined) : undefined;
}

function currentIndex(): number {
  const focused = claims.indexOf(focusedClaim()!);
  if (focused >= 0) return focused;
  // No claim has the focus: start from where the reader is looking.
  const firstBelow = claims.findIndex((claim) => claim.getBoundingClientRect().top >= 0);
  return firstBelow < 0 ? claims.length : firstBelow - 0.5;
}

function go(step: 1 | -1, kind?: Kind): void {
  const from = currentIndex();
  let index = step === 1 ? Math.floor(from) + 1 : Math.ceil(from) - 1;
  while (index >= 0 && index < claims.length) {
    const claim = claims[index]!;
    if ((!kind || claim.dataset.kind === kind) && shown(claim)) return land(claim);
    index += step;
  }
  announce(kind ? `No further ${kind} claim.` : step === 1 ? 'This is the last claim.' : 'This is the first claim.');
}

function land(claim: HTMLElement): void {
  focusWithoutScroll(claim);
  claim.scrollIntoView({ block: 'center', behavior: reduceMotion.matches ? 'auto' : 'smooth' });
  announce(claimInWords(claim));
}

const isField = (target: EventTarget | undefined) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
/**
 * Whether a key is typed into a field. The key's first target, not `event.target`: a field inside a
 * shadow root (the editor's panel in Astro's dev toolbar, any custom element) reaches the document as
 * its host element, and its letters would move the reader.
 */
const isTyping = (event: KeyboardEvent) => isField(event.composedPath()[0]) || isField(event.target ?? undefined);

document.addEventListener('keydown', (event) => {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event) || help?.open) return;
  const letter = event.key.length === 1;
  if (letter && !lettersOn()) return;
  const active = document.activeElement as HTMLElement | null;
  const moves: Record<string, () => void> = {
    j: () => go(1),
    ']': () => go(1),
    k: () => go(-1),
    '[': () => go(-1),
    u: () => go(1, 'unsourced'),
    o: () => go(1, 'opinion'),
    s: () => go(1, 'sourced'),
    '?': () => help?.showModal(),
  };
  if (event.key === 'Enter' && active?.classList.contains('claim')) {
    const note = noteOf(active.id);
    if (!note) return;
    openAtClaim(note);
    // Into the note where it shows: its card under the claim (narrow screens), or its summary in the margin.
    (note.querySelector<HTMLElement>('.note-card-close') ?? note.querySelector<HTMLElement>(':scope > summary'))?.focus({ preventScroll: true });
  } else if (event.key === 'Escape' && noteToClose(active)) {
    closeNote(noteToClose(active)!);
  } else if (moves[event.key]) {
    moves[event.key]!();
  } else return;
  event.preventDefault();
});

const keysButton = document.querySelector<HTMLButtonElement>('.keys-button');
if (keysButton && help) {
  keysButton.hidden = false;
  keysButton.addEventListener('click', () => help.showModal());
}

// A module, so that its top-level names stay its own.
export {};
