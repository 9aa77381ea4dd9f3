/**
 * Whether the kinds' marks are drawn, read from the pixels of a screenshot rather than from the CSS
 * that asks for them: WebKit once drew no shape before a claim's number, though its style said one.
 * A mark counts as drawn when enough pixels of its kind's colour lie where the mark stands.
 */
import { PNG } from 'pngjs';
import type { EnginePage } from './engine.ts';

export interface MarkPlace {
  /** What the mark is, for a failure's message: "number 12 (sourced)", "note mark 12 (sourced)". */
  what: string;
  kind: string;
  x: number;
  y: number;
  width: number;
  height: number;
  colour: [number, number, number];
}

/**
 * In the page: every mark the window shows whole. A claim number's shape is its ::before, which no
 * script can measure: it lies between the start of the number's content box and its digits. A note's
 * mark (in the margin, or after its paragraph) is its kind label's ::before, the label's first 0.7 em;
 * the legend's marks are elements.
 */
export function marksInSight(): MarkPlace[] {
  const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number) as [number, number, number];
  const shown = (element: Element, r: DOMRect | undefined): r is DOMRect =>
    // A closed <details> keeps boxes for what it hides.
    !!r && r.width > 0 && element.checkVisibility({ visibilityProperty: true }) && r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= document.documentElement.clientWidth;
  const places: MarkPlace[] = [];
  for (const ref of document.querySelectorAll<HTMLElement>('.claim-ref')) {
    const box = ref.getClientRects()[0];
    if (!shown(ref, box)) continue;
    const digits = document.createRange();
    digits.selectNodeContents(ref);
    const text = digits.getBoundingClientRect();
    const start = box.left + parseFloat(getComputedStyle(ref).paddingInlineStart);
    const where = ref.parentElement?.classList.contains('title-line') ? 'the title’s number' : 'number';
    places.push({ what: `${where} ${ref.textContent} (${ref.dataset.kind})`, kind: ref.dataset.kind!, x: start, y: text.top, width: text.left - start, height: text.height, colour: rgb(getComputedStyle(ref, '::before').color) });
  }
  for (const label of document.querySelectorAll<HTMLElement>('details.note > summary .kind-label')) {
    const box = label.getClientRects()[0];
    if (!shown(label, box)) continue;
    const note = label.closest<HTMLElement>('details.note')!;
    const size = 0.7 * parseFloat(getComputedStyle(label).fontSize);
    places.push({ what: `note mark ${note.querySelector('.note-number')?.textContent} (${note.dataset.kind})`, kind: note.dataset.kind!, x: box.left, y: box.top, width: size, height: box.height, colour: rgb(getComputedStyle(label, '::before').backgroundColor) });
  }
  for (const mark of document.querySelectorAll<HTMLElement>('.kind-mark')) {
    const box = mark.getBoundingClientRect();
    if (!shown(mark, box)) continue;
    places.push({ what: `legend mark (${mark.dataset.kind})`, kind: mark.dataset.kind!, x: box.left, y: box.top, width: box.width, height: box.height, colour: rgb(getComputedStyle(mark).backgroundColor) });
  }
  return places;
}

/** Pixels within a small distance of `colour` (anti-aliased edges blend into the paper) in a place. */
function pixelsOfColour(image: PNG, place: MarkPlace): number {
  let count = 0;
  const [r, g, b] = place.colour;
  for (let y = Math.max(0, Math.floor(place.y)); y < Math.min(image.height, Math.ceil(place.y + place.height)); y++) {
    for (let x = Math.max(0, Math.floor(place.x)); x < Math.min(image.width, Math.ceil(place.x + place.width)); x++) {
      const i = (y * image.width + x) * 4;
      if (Math.max(Math.abs(image.data[i]! - r), Math.abs(image.data[i + 1]! - g), Math.abs(image.data[i + 2]! - b)) <= 48) count++;
    }
  }
  return count;
}

/**
 * The marks in sight and those not drawn: fewer of their kind's pixels than a fifth of a square as
 * high as the shape is wide (a 0.7 em circle, triangle or diamond covers half of one or more).
 */
export async function marksDrawn(page: EnginePage): Promise<{ seen: MarkPlace[]; undrawn: string[] }> {
  const seen = await page.evaluate(marksInSight);
  const image = PNG.sync.read(await page.screenshot());
  const undrawn = seen.flatMap((place) => {
    const found = pixelsOfColour(image, place);
    const enough = Math.max(6, 0.2 * Math.min(place.width, place.height) ** 2);
    return found >= enough ? [] : [`${place.what}: ${found} of its colour's pixels, at least ${Math.ceil(enough)} expected`];
  });
  return { seen, undrawn };
}
