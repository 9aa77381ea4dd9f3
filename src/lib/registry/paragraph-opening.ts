/** A paragraph's first twelve words: what the registry keeps to know that an id still names the same paragraph. */
export const paragraphOpening = (text: string) => text.trim().split(/\s+/).slice(0, 12).join(' ');

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Whether two openings are of the same paragraph: they share at least half of their words. An edit to
 * a paragraph's first words keeps most of them; an id moved to another paragraph keeps almost none.
 */
export function sameParagraph(recorded: string, now: string): boolean {
  const left = words(recorded);
  const right = new Map<string, number>();
  for (const word of words(now)) right.set(word, (right.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of left) {
    const n = right.get(word) ?? 0;
    if (n > 0) {
      shared++;
      right.set(word, n - 1);
    }
  }
  return shared * 2 >= Math.max(left.length, 1);
}
