/**
 * Print shows every note (print.css shows a closed note's content too; opening them serves browsers
 * that cannot). Afterwards the screen is put back as the reader left it, printed or cancelled.
 */

/**
 * The notes open and the scroll position as the reader left them, while a print is under way; null
 * otherwise. The rule of one open note on wide screens reads it, so as not to close what printing opened.
 */
export let beforePrint: { open: Set<HTMLDetailsElement>; scrollY: number } | null = null;

export function openEveryNoteForPrint(body: HTMLElement): void {
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
