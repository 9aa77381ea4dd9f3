/** A claim's note, and the focus moved without a scroll: what arriving and the reader keys share. */
export function noteOf(claimId: string): HTMLDetailsElement | null {
  return document.querySelector<HTMLDetailsElement>(`details.note[data-claim="${CSS.escape(claimId)}"]`);
}

/** Focus for an element that is not a control, leaving the page where the browser or the caller put it. */
export function focusWithoutScroll(element: HTMLElement): void {
  element.tabIndex = -1;
  element.focus({ preventScroll: true });
}
