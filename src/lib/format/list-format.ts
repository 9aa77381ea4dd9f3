const formatter = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

/** "A", "A and B", "A, B and C" (en-GB style, no serial comma). */
export function listFormat(items: readonly string[]): string {
  return formatter.format(items).replace(/, and /, ' and ');
}
