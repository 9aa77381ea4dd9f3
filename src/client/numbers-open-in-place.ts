/**
 * A claim's number opens its note where the reader is. The address becomes the claim's, as following
 * the number as a link would make it, but the page stays where it is: the link would scroll the claim
 * to the top of the window (385–428 px at 1100 and 1440 px, 226–378 px at 375). Without the script
 * the number is that link, and lands on the claim.
 */
import { landOnClaim } from './landing.ts';

export function openNotesInPlace(article: HTMLElement): void {
  article.addEventListener('click', (event) => {
    const number = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a.claim-ref') : null;
    if (!number || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const claim = document.getElementById(number.hash.slice(1));
    if (!claim) return;
    event.preventDefault();
    // Replaced, not pushed: opening notes is reading, not going somewhere; Back leaves as it came.
    if (location.hash !== number.hash) history.replaceState(history.state, '', number.hash);
    landOnClaim(claim);
  });
}
