/** A paragraph's first twelve words: what the registry keeps to know that an id still names the same paragraph. */
export const paragraphOpening = (text: string) => text.trim().split(/\s+/).slice(0, 12).join(' ');

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** How many words two openings share, counted as a multiset, and how many each has. */
function sharedWords(a: string, b: string): { shared: number; left: number; right: number } {
  const left = words(a);
  const rightWords = words(b);
  const right = new Map<string, number>();
  for (const word of rightWords) right.set(word, (right.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of left) {
    const n = right.get(word) ?? 0;
    if (n > 0) {
      shared++;
      right.set(word, n - 1);
    }
  }
  return { shared, left: left.length, right: rightWords.length };
}

/** How alike two openings are, from 0 to 1: the share of all their words that they have in common (Dice). */
export function openingLikeness(a: string, b: string): number {
  const { shared, left, right } = sharedWords(a, b);
  return (2 * shared) / Math.max(left + right, 1);
}

/**
 * Whether an opening may be an edit of the recorded one: it keeps at least half of the recorded words.
 * An edit to a paragraph's first words keeps most of them; an id moved to an unlike paragraph keeps
 * almost none (and one moved to a like paragraph is found by `movedParagraphIds`).
 */
export function sameParagraph(recorded: string, now: string): boolean {
  const { shared, left } = sharedWords(recorded, now);
  return shared * 2 >= Math.max(left, 1);
}

/**
 * The ids that now name another paragraph than the one they were published for. Sharing half its words
 * with its recorded opening is not enough: two list items can open alike ("The government raised gas
 * prices in January" and "… bread prices in March"), and an id moved from one to the other would pass.
 * So each opening is weighed against every recorded opening, and each recorded opening against every
 * paragraph: an id has moved when its paragraph now reads more like another id's recorded opening than
 * its own, or its recorded opening reads more like another paragraph than the one it names. An edit of a
 * paragraph's own first words keeps it closest to its own record. Ties stay with the id's own paragraph.
 */
export function movedParagraphIds(recorded: Readonly<Record<string, { opening: string }>>, paragraphs: readonly { id: string; text: string }[]): Set<string> {
  const moved = new Set<string>();
  const openings = paragraphs.map((p) => ({ id: p.id, opening: paragraphOpening(p.text) }));
  const recordedOpenings = Object.entries(recorded).map(([id, entry]) => ({ id, opening: entry.opening }));
  for (const [index, { id, opening }] of openings.entries()) {
    if (!Object.hasOwn(recorded, id)) continue;
    const own = recorded[id]!.opening;
    if (own === opening) continue;
    const likeness = openingLikeness(own, opening);
    const closerRecord = recordedOpenings.some((other) => other.id !== id && openingLikeness(other.opening, opening) > likeness);
    const closerParagraph = openings.some((other, i) => i !== index && openingLikeness(own, other.opening) > likeness);
    if (!sameParagraph(own, opening) || closerRecord || closerParagraph) moved.add(id);
  }
  return moved;
}
