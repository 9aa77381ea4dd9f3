import type { PlacedClaim } from '../placing/place-annotations.ts';
import { publishedAsOtherKind, type Registry, registeredClaim, registeredParagraph } from '../schema/registry-schema.ts';
import { movedParagraphIds, paragraphOpening } from './paragraph-opening.ts';
import { claimDigest } from './claim-digest.ts';
import type { ListedId } from '../reading/read-published-ids.ts';

/**
 * Records what is published now, on `today`: new ids are added; a claim whose annotation or words
 * changed keeps its earlier version in its history and is dated as reviewed today. Nothing is removed:
 * a published id stays in the registry for good. A paragraph id that now names another paragraph than
 * the one it was published for, or an id published for a claim that now names a paragraph (or the
 * other way round), is not recorded (`refused`): its published links would land elsewhere.
 */
export function updateRegistry(
  registry: Registry,
  paragraphs: readonly { id: string; text: string }[],
  claims: readonly PlacedClaim[],
  today: string,
  /** Every id `published-ids.txt` lists: one the registry has lost is `lost`, and not recorded again as new. */
  listed: readonly ListedId[] = [],
): { registry: Registry; added: string[]; changed: string[]; refused: string[]; lost: string[] } {
  const lost = listed.filter(({ kind, id }) => (kind === 'claim' ? registeredClaim(registry, id) : registeredParagraph(registry, id)) === undefined).map(({ id }) => id);
  const next: Registry = { paragraphs: { ...registry.paragraphs }, claims: { ...registry.claims } };
  const added: string[] = [];
  const changed: string[] = [];
  const refused = [
    ...lost,
    ...movedParagraphIds(registry.paragraphs, paragraphs),
    ...paragraphs.filter(({ id }) => publishedAsOtherKind(registry, id, 'paragraph')).map(({ id }) => id),
    ...claims.filter(({ id }) => publishedAsOtherKind(registry, id, 'claim')).map(({ id }) => id),
  ];
  for (const { id, text } of paragraphs) {
    if (refused.includes(id)) continue;
    const recorded = registeredParagraph(next, id);
    const opening = paragraphOpening(text);
    if (!recorded) {
      next.paragraphs[id] = { published: today, opening };
      added.push(id);
    } else if (recorded.opening !== opening) {
      // An edit of the paragraph's own opening words: an id that moved was refused above.
      next.paragraphs[id] = { ...recorded, opening };
      changed.push(id);
    }
  }
  for (const claim of claims) {
    if (refused.includes(claim.id)) continue;
    const digest = claimDigest(claim);
    const recorded = registeredClaim(next, claim.id);
    const now = { kind: claim.kind, record: claim.record ?? null, note: claim.note, text: claim.text, digest };
    if (!recorded) {
      next.claims[claim.id] = { published: today, reviewed: today, ...now, history: [] };
      added.push(claim.id);
    } else if (recorded.digest !== digest) {
      const { kind, record, note, text } = recorded;
      const history = [...recorded.history, { date: recorded.reviewed, kind, record, note, text }];
      next.claims[claim.id] = { ...recorded, ...now, reviewed: today, history };
      changed.push(claim.id);
    }
  }
  return { registry: next, added, changed, refused, lost };
}
