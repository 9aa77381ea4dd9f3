import type { Registry } from '../schema/registry-schema.ts';

/**
 * When an annotated edition was first published on this site and last reviewed, from its registry:
 * the earliest day any of its ids was published, and the latest day any claim was reviewed.
 */
export function articleDates(registry: Registry): { published: string | null; modified: string | null } {
  const published = [...Object.values(registry.paragraphs), ...Object.values(registry.claims)].map((entry) => entry.published).sort();
  const reviewed = Object.values(registry.claims).map((claim) => claim.reviewed).sort();
  return { published: published[0] ?? null, modified: reviewed.at(-1) ?? published.at(-1) ?? null };
}
