import type { core, ZodType } from 'zod';
import { BASES, KINDS, RECORD_STATUSES } from '../kinds/kinds.ts';
import {
  annotationOutlineSchema,
  type ClaimInput,
  claimSchema,
  notClaimSchema,
  paragraphSchema,
  type TitleClaimInput,
  titleClaimSchema,
  tombstoneSchema,
  isoDateSchema,
} from '../schema/annotation-schema.ts';
import type { AnnotationSet, ClaimFieldLine, LocatedDraft, LocatedTombstone } from '../schema/annotation-set.ts';
import type { ContentProblem } from '../problems/content-problem.ts';
import { claimRuleProblems } from './claim-rules.ts';
import { annotationIdUse, pageIdUse } from '../site/page-ids.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';
import { issueWithValue } from './issue-value.ts';
import { draftEntrySchema, isDraftEntry } from '../schema/draft-entry.ts';

const BASIS_HINT: Record<(typeof BASES)[number], string> = {
  article: 'the article cites its source',
  record: 'the public record confirms it',
};

const FORMAT_HINT = 'see docs/annotating.md for the format';

/** A plain-English fix for a schema issue, keyed by the field it is about. */
function fixFor(issue: core.$ZodIssue): string {
  const field = issue.path.at(-1);
  if (issue.code === 'unrecognized_keys') {
    return `remove or correct ${issue.keys.map((k) => `"${k}"`).join(', ')}; a claim has id, kind, quote, note, record, basis, sources and fragment; a quote has exact, prefix and suffix`;
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) return `add "${String(field)}"; ${FORMAT_HINT}`;
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
      return FORMAT_HINT;
  }
}

function describePath(path: readonly PropertyKey[]): string {
  return path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('').replace(/^\./, '');
}

/** What reading one file carries from step to step: where problems are reported, and what they found. */
interface Reading {
  file: string;
  yaml: YamlSource;
  problems: ContentProblem[];
}

/** Where an entry stands in the file: `['claims', 3]`, or `['title']`. */
type EntryPath = PropertyKey[];
type Located<T> = T & { line: number; path: EntryPath };

function schemaProblem({ file, yaml }: Reading, issue: core.$ZodIssue, prefix: EntryPath = []): ContentProblem {
  const path = [...prefix, ...issue.path];
  return { file, line: yaml.lineOf(path), problem: issueWithValue(describePath(path) || 'the file', issue.message, yaml.value, prefix, path), fix: fixFor(issue) };
}

/** A section's entries with their paths: `claims` gives `[entry, ['claims', i]]` for each. */
const entriesOf = (section: string, entries: readonly unknown[]): [unknown, EntryPath][] => entries.map((entry, i) => [entry, [section, i]]);

/**
 * Parses each entry of a section on its own, so that one bad claim does not hide the others: an entry
 * that passes is kept with its line and path; one that does not is reported, by its schema's issues
 * unless `refused` says better.
 */
function parseSection<T>(
  reading: Reading,
  entries: readonly [unknown, EntryPath][],
  schema: ZodType<T>,
  refused?: (entry: unknown, path: EntryPath) => ContentProblem[] | undefined,
): Located<T>[] {
  const passed: Located<T>[] = [];
  for (const [entry, path] of entries) {
    const parsed = schema.safeParse(entry);
    if (parsed.success) passed.push({ ...parsed.data, line: reading.yaml.lineOf(path), path });
    else reading.problems.push(...(refused?.(entry, path) ?? parsed.error.issues.map((issue) => schemaProblem(reading, issue, path))));
  }
  return passed;
}

/** A tombstone whose only fault is its date is told so at the date's line; anything else, at the entry. */
function refusedTombstone({ file, yaml }: Reading, entry: unknown, path: EntryPath): ContentProblem[] {
  const [, i] = path;
  const date = (entry as { date?: unknown } | null)?.date;
  const dateProblem = typeof date === 'string' ? isoDateSchema.safeParse(date).error?.issues[0] : undefined;
  if (dateProblem) return [{ file, line: yaml.lineOf([...path, 'date']), problem: `tombstones[${String(i)}].date: ${dateProblem.message}`, fix: 'write the day the id was retired, as YYYY-MM-DD' }];
  return [
    {
      file,
      line: yaml.lineOf(path),
      problem: `tombstones[${String(i)}] is not a tombstone`,
      fix: 'write - { id: <old id>, date: YYYY-MM-DD, reason: "…", replacedBy: <new id> } or the same with paragraph: <paragraph id> for a removed claim',
    },
  ];
}

/**
 * Claims and paragraphs share one set of ids, none of them the page's own: the first use of an id is
 * kept, a later one reported with the line of the first.
 */
function firstUseOfIds({ file, problems }: Reading): (entry: { id: string; line: number }) => boolean {
  const firstLineOfId = new Map<string, number>();
  return ({ id, line }) => {
    const taken = annotationIdUse(id);
    if (taken) {
      problems.push({ file, line, problem: `the id "${id}" is ${taken}, so the page would have it twice`, fix: 'choose another id; ids starting "note-", "ref-" or "show-", or ending "-heading", are the page\'s own too' });
      return false;
    }
    const earlier = firstLineOfId.get(id);
    if (earlier === undefined) {
      firstLineOfId.set(id, line);
      return true;
    }
    problems.push({ file, line, problem: `the id "${id}" is already used at line ${earlier}`, fix: 'give every claim and paragraph its own id (ids are permanent links: rename the newer one)' });
    return false;
  };
}

/** A tombstone's id is an element id on the page too: one per id, and none of the page's own. */
function uniqueTombstones({ file, problems }: Reading, tombstones: readonly LocatedTombstone[]): LocatedTombstone[] {
  const firstTombstone = new Map<string, number>();
  return tombstones.filter((tombstone) => {
    const taken = pageIdUse(tombstone.id);
    if (taken) problems.push({ file, line: tombstone.line, problem: `the tombstone's id "${tombstone.id}" is ${taken}`, fix: 'a tombstone keeps the id that was published; no published id can be one of the page\'s own' });
    const earlier = firstTombstone.get(tombstone.id);
    if (earlier === undefined) {
      firstTombstone.set(tombstone.id, tombstone.line);
      return true;
    }
    problems.push({ file, line: tombstone.line, problem: `the id "${tombstone.id}" already has a tombstone at line ${earlier}`, fix: 'keep one tombstone per retired id: merge the two into one' });
    return false;
  });
}

/** An entry as the set holds it, without its path (distributed over a union, as a tombstone is). */
type WithoutPath<T> = T extends unknown ? Omit<T, 'path'> : never;
const withoutPath = <T extends { path: EntryPath }>({ path: _, ...rest }: T): WithoutPath<T> => rest as WithoutPath<T>;

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
  const reading: Reading = { file, yaml: parseYamlSource(text), problems: [] };
  const { yaml, problems } = reading;
  if (yaml.syntaxErrors.length > 0) {
    const fix = 'check the indentation and quoting on this line; quote any text that contains ": " or starts with a special character';
    return { declaredIds, refusedEntries: 0, problems: yaml.syntaxErrors.map(({ line, message, fix: known }) => ({ file, line, problem: `this is not valid YAML: ${message.split('\n')[0]}`, fix: known ?? fix })) };
  }

  // The file's outline first; then each entry on its own.
  const outline = annotationOutlineSchema.safeParse(yaml.value ?? {});
  if (!outline.success) return { declaredIds, refusedEntries: 0, problems: outline.error.issues.map((issue) => schemaProblem(reading, issue)) };
  const { data } = outline;
  for (const entry of [...data.paragraphs, ...data.claims, data.title]) {
    const id = (entry as { id?: unknown } | null | undefined)?.id;
    if (typeof id === 'string') declaredIds.add(id);
  }

  const paragraphs = parseSection(reading, entriesOf('paragraphs', data.paragraphs), paragraphSchema);
  // A `- draft:` entry among the claims is a passage left to classify (src/lib/drafts/), read as one.
  const claimEntries = entriesOf('claims', data.claims);
  const draftEntries = claimEntries.filter(([entry]) => isDraftEntry(entry));
  const drafts: LocatedDraft[] = parseSection(reading, draftEntries, draftEntrySchema, (entry, path) =>
    draftEntrySchema.safeParse(entry).error?.issues.map((issue) => ({ ...schemaProblem(reading, issue, path), fix: 'a draft entry is - draft: { exact: "the words not yet classified" } (prefix and suffix only where the words occur twice)' })),
  ).map(({ draft, line, path }) => ({ quote: draft, line, quoteLine: yaml.lineOf([...path, 'draft', 'exact']) }));
  const claims = parseSection(reading, claimEntries.filter(([entry]) => !isDraftEntry(entry)), claimSchema).map((claim) => ({ ...claim, quoteLine: yaml.lineOf([...claim.path, 'quote', 'exact']) }));
  const [title] = parseSection(reading, data.title === undefined ? [] : [[data.title, ['title']]], titleClaimSchema);
  const notClaims = parseSection(reading, entriesOf('notClaims', data.notClaims), notClaimSchema).map((entry) => ({ ...withoutPath(entry), quoteLine: yaml.lineOf([...entry.path, 'quote', 'exact']) }));
  const tombstones = parseSection(reading, entriesOf('tombstones', data.tombstones), tombstoneSchema, (entry, path) => refusedTombstone(reading, entry, path)).map(withoutPath);

  const isFirstUse = firstUseOfIds(reading);
  const uniqueParagraphs = paragraphs.filter(isFirstUse).map(withoutPath);
  const keeps = (claim: Located<TitleClaimInput | ClaimInput>): boolean => {
    const unique = isFirstUse(claim);
    const found = claimRuleProblems(claim, knownSourceIds).map(({ problem, fix, field }) => ({ file, line: field ? yaml.lineOf([...claim.path, field]) : claim.line, problem, fix }));
    problems.push(...found);
    return unique && found.length === 0;
  };
  const validTitle = title && keeps(title) ? withoutPath(title) : undefined;
  const valid = claims.filter(keeps).map(withoutPath);
  const refusedEntries = data.claims.length - valid.length - drafts.length + data.notClaims.length - notClaims.length + (data.title !== undefined && !validTitle ? 1 : 0);
  // Where a claim's field stands, for the rules that span this file and another (article-sources.ts).
  const pathOf = new Map([...claims, ...(title ? [title] : [])].map((claim) => [claim.id, claim.path]));
  const fieldLine: ClaimFieldLine = (id, field) => {
    const path = pathOf.get(id);
    return path ? yaml.lineOf([...path, field]) : 1;
  };
  const set = { file, paragraphs: uniqueParagraphs, title: validTitle, claims: valid, notClaims, tombstones: uniqueTombstones(reading, tombstones), drafts };
  return { set, declaredIds, refusedEntries, problems, fieldLine };
}
