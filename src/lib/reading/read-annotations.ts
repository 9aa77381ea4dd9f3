import type { core } from 'zod';
import { BASES, CONFIRMING_RECORDS, KINDS, RECORD_STATUSES } from '../kinds/kinds.ts';
import {
  annotationOutlineSchema,
  type ClaimInput,
  claimSchema,
  type NotClaimInput,
  notClaimSchema,
  type ParagraphInput,
  paragraphSchema,
  type TitleClaimInput,
  titleClaimSchema,
  type Tombstone,
  tombstoneSchema,
  isoDateSchema,
} from '../schema/annotation-schema.ts';
import type { ContentProblem } from '../problems/content-problem.ts';
import { findInternalWord, findNoteIssues } from '../markdown/note-markdown.ts';
import { annotationIdUse, pageIdUse } from '../site/page-ids.ts';
import { parseYamlSource } from './yaml-source.ts';
import { issueWithValue } from './issue-value.ts';
import { draftEntrySchema, isDraftEntry, type LocatedDraft } from '../drafts/draft-entry.ts';

export interface LocatedClaim extends ClaimInput {
  /** The line of the claim's entry in the annotation file. */
  line: number;
  /** The line of its quote's `exact`, where a quote that is not found is reported. */
  quoteLine: number;
}
export interface LocatedParagraph extends ParagraphInput {
  line: number;
}
export interface LocatedTitleClaim extends TitleClaimInput {
  line: number;
}
export interface LocatedNotClaim extends NotClaimInput {
  line: number;
  quoteLine: number;
}
export type LocatedTombstone = Tombstone & { line: number };
export interface AnnotationSet {
  file: string;
  paragraphs: LocatedParagraph[];
  /** The title as a claim, when the file has one. */
  title?: LocatedTitleClaim | undefined;
  claims: LocatedClaim[];
  /** Passages marked as asserting nothing, each with its reason. */
  notClaims: LocatedNotClaim[];
  /** What became of published ids that are gone. */
  tombstones: LocatedTombstone[];
  /** Passages not yet classified (src/lib/drafts/draft-entry.ts), in the file's order. */
  drafts?: LocatedDraft[];
}

/** The line of a claim's field (its `sources:`, its `note:`) in the annotation file. */
export type ClaimFieldLine = (claimId: string, field: 'sources' | 'note') => number;

const BASIS_HINT: Record<(typeof BASES)[number], string> = {
  article: 'the article cites its source',
  record: 'the public record confirms it',
};

const README_HINT = 'see "Annotating an article" in README.md for the format';

/** A plain-English fix for a schema issue, keyed by the field it is about. */
function fixFor(issue: core.$ZodIssue): string {
  const field = issue.path.at(-1);
  if (issue.code === 'unrecognized_keys') {
    return `remove or correct ${issue.keys.map((k) => `"${k}"`).join(', ')}; a claim has id, kind, quote, note, record, basis, sources and fragment; a quote has exact, prefix and suffix`;
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) return `add "${String(field)}"; ${README_HINT}`;
  switch (field) {
    case 'kind':
      return `set kind to one of: ${KINDS.join(', ')}`;
    case 'record':
      return `set record to one of: ${RECORD_STATUSES.map((s) => JSON.stringify(s)).join(', ')}`;
    case 'basis':
      return `set basis to one of: ${BASES.map((b) => `${b} (${BASIS_HINT[b]})`).join(', ')}`;
    case 'id':
      return 'use lower-case words joined by hyphens, e.g. "masimov-detained"';
    default:
      return README_HINT;
  }
}

function describePath(path: readonly PropertyKey[]): string {
  return path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('').replace(/^\./, '');
}

/**
 * Reads one annotation file: YAML syntax, the Zod schema, and every rule that needs no article text
 * (ids, kinds against records, sources, note safety). Anchoring in the text happens later.
 * Returns the entries that passed (`set`, unless the file's outline is unreadable) and every problem.
 */
export function readAnnotations(
  text: string,
  file: string,
  /** The ids of the project's sources; undefined when the list could not be read, so that no citation is judged. */
  knownSourceIds: ReadonlySet<string> | undefined,
): { set?: AnnotationSet; declaredIds: Set<string>; refusedEntries: number; problems: ContentProblem[]; fieldLine?: ClaimFieldLine } {
  const declaredIds = new Set<string>();
  const yaml = parseYamlSource(text);
  if (yaml.syntaxErrors.length > 0) {
    return {
      declaredIds,
      refusedEntries: 0,
      problems: yaml.syntaxErrors.map(({ line, message, fix: known }) => ({
        file,
        line,
        problem: `this is not valid YAML: ${message.split('\n')[0]}`,
        fix: known ?? 'check the indentation and quoting on this line; quote any text that contains ": " or starts with a special character',
      })),
    };
  }

  const schemaProblem = (issue: core.$ZodIssue, prefix: PropertyKey[] = []): ContentProblem => {
    const path = [...prefix, ...issue.path];
    return { file, line: yaml.lineOf(path), problem: issueWithValue(describePath(path) || 'the file', issue.message, yaml.value, prefix, path), fix: fixFor(issue) };
  };

  // The file's outline first; then each entry on its own, so that one bad claim does not hide the others.
  const outline = annotationOutlineSchema.safeParse(yaml.value ?? {});
  if (!outline.success) return { declaredIds, refusedEntries: 0, problems: outline.error.issues.map((issue) => schemaProblem(issue)) };
  const { paragraphs: paragraphEntries, claims: claimEntries, title: titleEntry } = outline.data;
  for (const entry of [...paragraphEntries, ...claimEntries, titleEntry]) {
    const id = (entry as { id?: unknown } | null | undefined)?.id;
    if (typeof id === 'string') declaredIds.add(id);
  }

  const problems: ContentProblem[] = [];
  const at = (line: number, problem: string, fix: string) => problems.push({ file, line, problem, fix });

  const paragraphs: LocatedParagraph[] = [];
  outline.data.paragraphs.forEach((entry, i) => {
    const parsed = paragraphSchema.safeParse(entry);
    if (parsed.success) paragraphs.push({ ...parsed.data, line: yaml.lineOf(['paragraphs', i]) });
    else problems.push(...parsed.error.issues.map((issue) => schemaProblem(issue, ['paragraphs', i])));
  });
  const claims: (LocatedClaim & { index: number })[] = [];
  const drafts: LocatedDraft[] = [];
  outline.data.claims.forEach((entry, i) => {
    if (isDraftEntry(entry)) {
      const draft = draftEntrySchema.safeParse(entry);
      if (draft.success) drafts.push({ quote: draft.data.draft, line: yaml.lineOf(['claims', i]), quoteLine: yaml.lineOf(['claims', i, 'draft', 'exact']) });
      else problems.push(...draft.error.issues.map((issue) => ({ ...schemaProblem(issue, ['claims', i]), fix: 'a draft entry is - draft: { exact: "the words not yet classified" } (prefix and suffix only where the words occur twice)' })));
      return;
    }
    const parsed = claimSchema.safeParse(entry);
    if (parsed.success) claims.push({ ...parsed.data, line: yaml.lineOf(['claims', i]), quoteLine: yaml.lineOf(['claims', i, 'quote', 'exact']), index: i });
    else problems.push(...parsed.error.issues.map((issue) => schemaProblem(issue, ['claims', i])));
  });

  let title: (LocatedTitleClaim & { index: number }) | undefined;
  if (outline.data.title !== undefined) {
    const parsed = titleClaimSchema.safeParse(outline.data.title);
    if (parsed.success) title = { ...parsed.data, line: yaml.lineOf(['title']), index: -1 };
    else problems.push(...parsed.error.issues.map((issue) => schemaProblem(issue, ['title'])));
  }
  const notClaims: LocatedNotClaim[] = [];
  outline.data.notClaims.forEach((entry, i) => {
    const parsed = notClaimSchema.safeParse(entry);
    if (parsed.success) notClaims.push({ ...parsed.data, line: yaml.lineOf(['notClaims', i]), quoteLine: yaml.lineOf(['notClaims', i, 'quote', 'exact']) });
    else problems.push(...parsed.error.issues.map((issue) => schemaProblem(issue, ['notClaims', i])));
  });

  const tombstones: LocatedTombstone[] = [];
  outline.data.tombstones.forEach((entry, i) => {
    const parsed = tombstoneSchema.safeParse(entry);
    const date = (entry as { date?: unknown } | null)?.date;
    if (parsed.success) tombstones.push({ ...parsed.data, line: yaml.lineOf(['tombstones', i]) });
    else if (typeof date === 'string' && !isoDateSchema.safeParse(date).success) {
      at(yaml.lineOf(['tombstones', i, 'date']), `tombstones[${i}].date: ${isoDateSchema.safeParse(date).error!.issues[0]!.message}`, 'write the day the id was retired, as YYYY-MM-DD');
    } else {
      problems.push({
        file,
        line: yaml.lineOf(['tombstones', i]),
        problem: `tombstones[${i}] is not a tombstone`,
        fix: 'write - { id: <old id>, date: YYYY-MM-DD, reason: "…", replacedBy: <new id> } or the same with paragraph: <paragraph id> for a removed claim',
      });
    }
  });

  const firstLineOfId = new Map<string, number>();
  const isFirstUse = ({ id, line }: { id: string; line: number }): boolean => {
    const taken = annotationIdUse(id);
    if (taken) {
      at(line, `the id "${id}" is ${taken}, so the page would have it twice`, 'choose another id; ids starting "note-", "ref-" or "show-", or ending "-heading", are the page\'s own too');
      return false;
    }
    const earlier = firstLineOfId.get(id);
    if (earlier === undefined) {
      firstLineOfId.set(id, line);
      return true;
    }
    at(line, `the id "${id}" is already used at line ${earlier}`, 'give every claim and paragraph its own id (ids are permanent links: rename the newer one)');
    return false;
  };

  const uniqueParagraphs = paragraphs.filter(isFirstUse);
  const keeps = (claim: (TitleClaimInput | ClaimInput) & { line: number; index: number }): boolean => {
    const unique = isFirstUse(claim);
    const base = claim.index < 0 ? ['title'] : ['claims', claim.index];
    const found = claimRuleProblems(claim, knownSourceIds).map(({ problem, fix, field }) => ({
      file,
      line: field ? yaml.lineOf([...base, field]) : claim.line,
      problem,
      fix,
    }));
    problems.push(...found);
    return unique && found.length === 0;
  };
  const validTitle = title && keeps(title) ? (({ index: _, ...rest }) => rest)(title) : undefined;
  const valid = claims.filter(keeps).map(({ index: _, ...claim }) => claim);
  // A tombstone's id is an element id on the page too: one per id, and none of the page's own.
  const firstTombstone = new Map<string, number>();
  const uniqueTombstones = tombstones.filter((tombstone) => {
    const taken = pageIdUse(tombstone.id);
    if (taken) at(tombstone.line, `the tombstone's id "${tombstone.id}" is ${taken}`, 'a tombstone keeps the id that was published; no published id can be one of the page\'s own');
    const earlier = firstTombstone.get(tombstone.id);
    if (earlier === undefined) {
      firstTombstone.set(tombstone.id, tombstone.line);
      return true;
    }
    at(tombstone.line, `the id "${tombstone.id}" already has a tombstone at line ${earlier}`, 'keep one tombstone per retired id: merge the two into one');
    return false;
  });
  const refusedEntries = claimEntries.filter((entry) => !isDraftEntry(entry)).length - valid.length + claimEntries.filter(isDraftEntry).length - drafts.length + outline.data.notClaims.length - notClaims.length + (titleEntry !== undefined && !validTitle ? 1 : 0);
  // Where a claim's field stands, for the rules that span this file and another (article-sources.ts).
  const entryOf = new Map<string, PropertyKey[]>([...claims.map((c): [string, PropertyKey[]] => [c.id, ['claims', c.index]]), ...(title ? [[title.id, ['title']] as [string, PropertyKey[]]] : [])]);
  const fieldLine: ClaimFieldLine = (id, field) => {
    const entry = entryOf.get(id);
    return entry ? yaml.lineOf([...entry, field]) : 1;
  };
  return { set: { file, paragraphs: uniqueParagraphs, title: validTitle, claims: valid, notClaims, tombstones: uniqueTombstones, drafts }, declaredIds, refusedEntries, problems, fieldLine };
}

/** The rules a claim must keep beyond its schema: kinds against records and sources, and safe notes. */
function claimRuleProblems(claim: ClaimInput | TitleClaimInput, knownSourceIds: ReadonlySet<string> | undefined) {
  const { id, kind, record, basis, sources } = claim;
  const found: { problem: string; fix: string; field?: 'note' | 'sources' | 'record' }[] = [];
  const add = (problem: string, fix: string, field?: 'sources' | 'record') => found.push({ problem, fix, ...(field ? { field } : {}) });
  if (kind !== 'opinion' && record === undefined) {
    add(`the ${kind} claim "${id}" has no record status`, `add record: one of ${RECORD_STATUSES.map((s) => JSON.stringify(s)).join(', ')}`);
  }
  if (kind === 'opinion' && record !== undefined) {
    add(`the opinion "${id}" has a record status (${record}), but records are not for opinions`, 'remove record; if the words state a fact the record speaks to, mark the claim sourced or unsourced instead', 'record');
  }
  if (kind === 'sourced' && sources.length === 0) {
    add(`the claim "${id}" is marked sourced but lists no source`, 'add the id of the record that supports it under sources (e.g. sources: [S042]), or mark it unsourced');
  }
  if (kind === 'unsourced' && record !== undefined && CONFIRMING_RECORDS.includes(record)) {
    add(`the claim "${id}" is unsourced but its record status is ${record}`, 'a claim the record confirms, fully or in part, is sourced: set kind: sourced and cite the record');
  }
  if (kind === 'sourced' && record !== undefined && !CONFIRMING_RECORDS.includes(record)) {
    add(
      `the claim "${id}" is marked sourced, but its record is "${record}": a sourced claim needs a record that confirms it, fully or in part`,
      'if the record confirms the claim, set record to "confirmed" or "qualified" (in part); otherwise set kind: unsourced and keep the record that disputes or contradicts it cited',
    );
  }
  if (basis !== undefined && kind !== 'sourced') {
    add(`the claim "${id}" has a basis, but it is ${kind}: only a sourced claim has one`, 'remove basis, or mark the claim sourced if the article cites its source or the record confirms it');
  }
  if ((record === 'qualified' || record === 'disputed' || record === 'contradicted') && sources.length === 0) {
    add(`the claim "${id}" is ${record} by the record, but no record is cited`, `list the sources that show it is ${record} under sources`);
  }
  for (const source of knownSourceIds ? sources.filter((s) => !knownSourceIds.has(s)) : []) {
    add(`the claim "${id}" cites ${source}, which is not in the project's source list`, 'use an id from content/sources.json, or add the source there (only one you have seen yourself)', 'sources');
  }
  for (const issue of findNoteIssues(claim.note)) found.push({ problem: `the note of "${id}": ${issue.problem}`, fix: issue.fix, field: 'note' });
  const jargon = findInternalWord(claim.note);
  if (jargon) found.push({ problem: `the note of "${id}" ${jargon.problem}`, fix: jargon.fix, field: 'note' });
  return found;
}
