/** The id after the highest in the list, as wide as they are: after S166, S167; after none, S001. */
export function nextSourceId(ids: Iterable<string>): string {
  let highest = 0;
  let width = 3;
  for (const id of ids) {
    const digits = /^S(\d+)$/.exec(id)?.[1];
    if (digits === undefined) continue;
    highest = Math.max(highest, Number(digits));
    width = Math.max(width, digits.length);
  }
  return `S${String(highest + 1).padStart(width, '0')}`;
}
