/** A claim's note and a note's claim, and the focus moved between them: what arriving, the reader keys and the cards share. */
export function noteOf(claimId: string): HTMLDetailsElement | null {
  return document.querySelector<HTMLDetailsElement>(`details.note[data-claim="${CSS.escape(claimId)}"]`);
}

export const claimOf = (note: HTMLElement): HTMLElement | null => document.getElementById(note.dataset.claim ?? '');

/** Closes a note and gives the focus back to its claim (Escape, a card's Close button). */
export function closeNote(note: HTMLDetailsElement): void {
  const claim = claimOf(note);
  note.open = false;
  if (!claim) return;
  claim.tabIndex = -1;
  claim.focus();
}

/** Focus for an element that is not a control, leaving the page where the browser or the caller put it. */
export function focusWithoutScroll(element: HTMLElement): void {
  element.tabIndex = -1;
  element.focus({ preventScroll: true });
}
