import type { ContentProblem } from '../problems/content-problem.ts';
import type { PlacedClaim } from '../placing/place-annotations.ts';
import type { LocatedParagraph, LocatedTombstone } from '../schema/annotation-set.ts';
import { publishedAsOtherKind, type Registry, registeredClaim, registeredParagraph } from '../schema/registry-schema.ts';
import { claimDigest } from './claim-digest.ts';
import { movedParagraphIds, paragraphOpening } from './paragraph-opening.ts';
import type { ListedId } from '../reading/read-published-ids.ts';

export interface RegistryCheckInput {
  registry: Registry;
  /** Where each entry stands in registry.json. */
  registryLineOf(path: readonly PropertyKey[]): number;
  registryFile: string;
  /** Every id `published-ids.txt` lists as published: registry.json must keep each of them (not held when absent). */
  publishedIds?: readonly ListedId[];
  publishedIdsFile?: string;
  annotationsFile: string;
  tombstones: readonly LocatedTombstone[];
  /** Every id the annotation file declares, valid or not: a malformed claim is not a missing one. */
  declaredIds: ReadonlySet<string>;
  paragraphs: readonly LocatedParagraph[];
  /** The article's paragraphs in order, with their ids and their text as readers see it. */
  placedParagraphs: readonly { id: string; text: string }[];
  claims: readonly PlacedClaim[];
}

export interface RegistryProblems {
  /** A published link would break or land elsewhere: the build fails on these. */
  links: ContentProblem[];
  /** What is new or changed is not recorded yet (`npm run registry`): the check fails on these. */
  unrecorded: ContentProblem[];
}

const RECORD_FIX = 'run `npm run registry` to record it (it dates the review and keeps the earlier note in the history)';

/**
 * Holds the site to its published links: every id ever published is still here or has a tombstone
 * that leads somewhere; a published paragraph id still names the paragraph it was published for and a
 * claim id the words; and every id here is recorded, with what its note says now.
 */
export function checkRegistry(input: RegistryCheckInput): RegistryProblems {
  const { registry, registryLineOf, registryFile, annotationsFile, tombstones, declaredIds, claims } = input;
  const links: ContentProblem[] = [];
  const unrecorded: ContentProblem[] = [];
  const placedIds = new Set([...input.placedParagraphs.map((p) => p.id), ...claims.map((c) => c.id)]);
  const buried = new Map(tombstones.map((t) => [t.id, t]));

  const published = [
    ...Object.keys(registry.paragraphs).map((id) => ({ id, path: ['paragraphs', id] })),
    ...Object.keys(registry.claims).map((id) => ({ id, path: ['claims', id] })),
  ];
  for (const { id, path } of published) {
    if (placedIds.has(id) || declaredIds.has(id) || buried.has(id)) continue;
    links.push({
      file: registryFile,
      line: registryLineOf(path),
      problem: `the published id "${id}" is no longer on the page, and has no tombstone; links to it would break`,
      fix: `restore the id in ${annotationsFile}, or add there under tombstones: - { id: ${id}, date: YYYY-MM-DD, replacedBy: <the id that now carries it>, reason: "…" } (or paragraph: <where it stood> if it was removed)`,
    });
  }

  // The registry's ids are append-only: one that is gone from it has lost its first publication and
  // its history, which `npm run registry` would not bring back (it would date the id today).
  const listed = new Set<string>();
  for (const { kind, id, line } of input.publishedIds ?? []) {
    listed.add(`${kind} ${id}`);
    if ((kind === 'claim' ? registeredClaim(registry, id) : registeredParagraph(registry, id)) !== undefined) continue;
    links.push({
      file: input.publishedIdsFile ?? registryFile,
      line,
      problem: `the published ${kind} id "${id}" has no entry in registry.json, which has lost its first publication and history`,
      fix: `restore registry.json from version control (git checkout -- ${registryFile}; its entries are never deleted), then run \`npm run registry\` again`,
    });
  }
  for (const { id, path } of input.publishedIds ? published : []) {
    if (listed.has(`${path[0] === 'claims' ? 'claim' : 'paragraph'} ${id}`)) continue;
    unrecorded.push({ file: registryFile, line: registryLineOf(path), problem: `the published id "${id}" is not in published-ids.txt yet`, fix: RECORD_FIX });
  }

  const isPublished = (id: string) => registeredClaim(registry, id) !== undefined || registeredParagraph(registry, id) !== undefined;
  const paragraphIds = new Set(input.placedParagraphs.map((p) => p.id));
  for (const tombstone of tombstones) {
    const at = (problem: string, fix: string) => links.push({ file: annotationsFile, line: tombstone.line, problem, fix });
    if (placedIds.has(tombstone.id) || declaredIds.has(tombstone.id)) at(`"${tombstone.id}" has a tombstone but is still on the page`, 'remove the tombstone, or the id');
    if (!isPublished(tombstone.id)) at(`"${tombstone.id}" has a tombstone but was never published`, 'remove the tombstone: only published ids need one');
    const to = 'replacedBy' in tombstone ? tombstone.replacedBy : tombstone.paragraph;
    // An id whose entry is refused for a mistake of its own is still there: its problem says what to fix.
    if (declaredIds.has(to) && !placedIds.has(to)) continue;
    if (!placedIds.has(to)) at(`the tombstone of "${tombstone.id}" points to "${to}", which is not on the page`, 'point it to a claim or paragraph id that exists now');
    else if ('paragraph' in tombstone && !paragraphIds.has(tombstone.paragraph)) {
      at(`the tombstone of "${tombstone.id}" names "${tombstone.paragraph}" as its paragraph, which is not a paragraph id`, 'use the id of the paragraph the claim stood in');
    }
  }

  // An id published for a claim now naming a paragraph, or the other way round: links would land elsewhere.
  const kindChanged = (id: string, line: number, was: string, now: string) => {
    links.push({
      file: annotationsFile,
      line,
      problem: `the id "${id}" was published for a ${was}, and now names a ${now}: links to it would land elsewhere`,
      fix: `give the ${now} a new id; if the ${was} "${id}" is gone, add a tombstone for it (see "Links that never break" in docs/annotating.md)`,
    });
  };
  const lineOfParagraph = new Map(input.paragraphs.map((p) => [p.id, p.line]));
  const moved = movedParagraphIds(registry.paragraphs, input.placedParagraphs);
  for (const { id, text } of input.placedParagraphs) {
    // A paragraph without an id is a problem of its own, not an unrecorded one.
    if (!lineOfParagraph.has(id)) continue;
    if (publishedAsOtherKind(registry, id, 'paragraph')) {
      kindChanged(id, lineOfParagraph.get(id)!, 'claim', 'paragraph');
      continue;
    }
    const recorded = registeredParagraph(registry, id);
    const line = lineOfParagraph.get(id)!;
    const opening = paragraphOpening(text);
    if (!recorded) {
      unrecorded.push({ file: annotationsFile, line, problem: `the paragraph id "${id}" is not recorded as published`, fix: RECORD_FIX });
    } else if (recorded.opening === opening) {
      continue;
    } else if (!moved.has(id)) {
      unrecorded.push({ file: annotationsFile, line, problem: `the opening words of paragraph "${id}" changed since they were recorded`, fix: RECORD_FIX });
    } else {
      links.push({
        file: annotationsFile,
        line,
        problem: `the paragraph id "${id}" now names the paragraph starting "${opening}", but was published for the one starting "${recorded.opening}"`,
        fix: 'point "starts" back at the paragraph it was published for; a paragraph keeps its id for good, and a new paragraph gets a new id',
      });
    }
  }

  for (const claim of claims) {
    const recorded = registeredClaim(registry, claim.id);
    if (publishedAsOtherKind(registry, claim.id, 'claim')) kindChanged(claim.id, claim.line, 'paragraph', 'claim');
    else if (!recorded) {
      unrecorded.push({ file: annotationsFile, line: claim.line, problem: `the claim id "${claim.id}" is not recorded as published`, fix: RECORD_FIX });
    } else if (recorded.text !== claim.text) {
      links.push({
        file: annotationsFile,
        line: claim.line,
        problem: `the claim "${claim.id}" now marks "${claim.text}", but was published marking "${recorded.text}"`,
        fix: `if it is the same claim, reworded, ${RECORD_FIX}; if it is another claim, give it a new id and a tombstone for "${claim.id}"`,
      });
    } else if (recorded.digest !== claimDigest(claim)) {
      unrecorded.push({ file: annotationsFile, line: claim.line, problem: `the annotation of "${claim.id}" changed since it was last recorded`, fix: RECORD_FIX });
    }
  }
  return { links, unrecorded };
}
