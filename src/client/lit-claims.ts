/**
 * Shows a claim's words (notes.css) while the reader points at it — its number or its margin mark under
 * the pointer, or its note's summary focused — and while its note is open, so that a note opened from
 * the margin shows which words it is about. The claim keeps its words plain otherwise: the page is calm.
 */
import { claimOf } from './claim-focus.ts';

/** The claim a number or a note stands for. */
function claimFor(target: EventTarget | null): HTMLElement | null {
  if (!(target instanceof Element)) return null;
  const number = target.closest<HTMLAnchorElement>('a.claim-ref');
  if (number) return document.getElementById(number.hash.slice(1));
  const note = target.closest<HTMLElement>('details.note');
  return note ? claimOf(note) : null;
}

export function lightClaims(article: HTMLElement): void {
  let lit: HTMLElement | null = null;
  const light = (claim: HTMLElement | null) => {
    if (claim === lit) return;
    lit?.removeAttribute('data-lit');
    claim?.setAttribute('data-lit', '');
    lit = claim;
  };
  article.addEventListener('pointerover', (event) => light(claimFor(event.target)));
  article.addEventListener('pointerleave', () => light(null));
  article.addEventListener('focusin', (event) => light(claimFor(event.target)));
  new MutationObserver((changes) => {
    for (const { target } of changes) {
      if (!(target instanceof HTMLDetailsElement) || !target.matches('.note')) continue;
      const claim = claimOf(target);
      claim?.toggleAttribute('data-reading', target.open);
      // Another claim's note opened: the claim arrived at is no longer the one being read.
      if (target.open && claim && !claim.matches(':target')) article.dataset.moved = '';
    }
  }).observe(article, { attributeFilter: ['open'], subtree: true });
}
