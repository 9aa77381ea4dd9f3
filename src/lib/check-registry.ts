import type { ContentProblem } from './content-problem.ts';
import type { PlacedClaim } from './place-annotations.ts';
import type { Tombstone } from './annotation-schema.ts';
import type { Registry } from './registry-schema.ts';
import { claimDigest } from './claim-digest.ts';

export interface RegistryCheckInput {
  registry: Registry;
  /** Where problems about the registry and the tombstones point. */
  registryFile: string;
  annotationsFile: string;
  tombstones: readonly (Tombstone & { line: number })[];
  paragraphIds: readonly string[];
  claims: readonly PlacedClaim[];
}

const RECORD_FIX = 'run `npm run registry` to record it (it dates the review and keeps the earlier note in the history)';

/**
 * Holds the site to its published links: every id ever published is still here or has a tombstone;
 * every id here is recorded; every recorded claim still marks the words, and says what, it was recorded with.
 */
export function checkRegistry({ registry, registryFile, annotationsFile, tombstones, paragraphIds, claims }: RegistryCheckInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const live = new Set([...paragraphIds, ...claims.map((c) => c.id)]);
  const buried = new Map(tombstones.map((t) => [t.id, t]));
  const published = new Set([...Object.keys(registry.paragraphs), ...Object.keys(registry.claims)]);

  for (const id of published) {
    if (live.has(id) || buried.has(id)) continue;
    problems.push({
      file: annotationsFile,
      line: 1,
      problem: `the published id "${id}" is no longer on the page, and has no tombstone; links to it would break`,
      fix: `restore the id, or add under tombstones: - { id: ${id}, date: YYYY-MM-DD, replacedBy: <the id that now carries it>, reason: "…" } (or paragraph: <where it stood> if it was removed)`,
    });
  }

  for (const tombstone of tombstones) {
    const at = (problem: string, fix: string) => problems.push({ file: annotationsFile, line: tombstone.line, problem, fix });
    if (live.has(tombstone.id)) at(`"${tombstone.id}" has a tombstone but is still on the page`, 'remove the tombstone, or the id');
    if (!published.has(tombstone.id)) at(`"${tombstone.id}" has a tombstone but was never published`, 'remove the tombstone: only published ids need one');
    const to = 'replacedBy' in tombstone ? tombstone.replacedBy : tombstone.paragraph;
    if (!live.has(to)) at(`the tombstone of "${tombstone.id}" points to "${to}", which is not on the page`, 'point it to a claim or paragraph id that exists now');
    if ('paragraph' in tombstone && !paragraphIds.includes(tombstone.paragraph)) {
      at(`the tombstone of "${tombstone.id}" names "${tombstone.paragraph}" as its paragraph, which is not a paragraph id`, 'use the id of the paragraph the claim stood in');
    }
  }

  for (const id of paragraphIds) {
    if (!(id in registry.paragraphs)) {
      problems.push({ file: registryFile, line: 1, problem: `the paragraph id "${id}" is not recorded as published`, fix: RECORD_FIX });
    }
  }
  for (const claim of claims) {
    const recorded = registry.claims[claim.id];
    const at = (problem: string, fix: string) => problems.push({ file: annotationsFile, line: claim.line, problem, fix });
    if (!recorded) {
      problems.push({ file: registryFile, line: 1, problem: `the claim id "${claim.id}" is not recorded as published`, fix: RECORD_FIX });
    } else if (recorded.text !== claim.text) {
      at(
        `the claim "${claim.id}" now marks "${claim.text}", but was recorded marking "${recorded.text}"`,
        `if it is the same claim, reworded, ${RECORD_FIX}; if it is another claim, give it a new id and a tombstone for "${claim.id}"`,
      );
    } else if (recorded.digest !== claimDigest(claim)) {
      at(`the annotation of "${claim.id}" changed since it was last recorded`, RECORD_FIX);
    }
  }
  return problems;
}
