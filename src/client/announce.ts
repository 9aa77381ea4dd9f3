/**
 * What the page says to a screen reader as the reader moves among claims, through one polite live
 * region (#reader-announce): "Claim 12 of 200, unsourced".
 */
const announcer = () => document.getElementById('reader-announce');

export function announce(text: string): void {
  const region = announcer();
  if (region) region.textContent = text;
}

/** "Claim N of M, kind" for a claim element, numbered in reading order as its marker is. */
export function claimInWords(claim: HTMLElement): string {
  const claims = [...document.querySelectorAll<HTMLElement>('.claim')];
  return `Claim ${claims.indexOf(claim) + 1} of ${claims.length}, ${claim.dataset.kind ?? ''}`;
}
