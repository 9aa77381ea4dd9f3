import type { core } from 'zod';
import {
  annotationFileSchema,
  type ClaimInput,
  KINDS,
  type ParagraphInput,
  RECORD_STATUSES,
} from './annotation-schema.ts';
import type { ContentProblem } from './content-problem.ts';
import { findNoteIssues } from './note-markdown.ts';
import { parseYamlSource } from './yaml-source.ts';

export interface LocatedClaim extends ClaimInput {
  /** The line of the claim's entry in the annotation file. */
  line: number;
}
export interface LocatedParagraph extends ParagraphInput {
  line: number;
}
export interface AnnotationSet {
  file: string;
  paragraphs: LocatedParagraph[];
  claims: LocatedClaim[];
}

const README_HINT = 'see "Annotating an article" in README.md for the format';

/** A plain-English fix for a schema issue, keyed by the field it is about. */
function fixFor(issue: core.$ZodIssue): string {
  const field = issue.path.at(-1);
  if (issue.code === 'unrecognized_keys') {
    return `remove or correct ${issue.keys.map((k) => `"${k}"`).join(', ')}; a claim has id, kind, quote, note, record and sources; a quote has exact, prefix and suffix`;
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) return `add "${String(field)}"; ${README_HINT}`;
  switch (field) {
    case 'kind':
      return `set kind to one of: ${KINDS.join(', ')}`;
    case 'record':
      return `set record to one of: ${RECORD_STATUSES.map((s) => JSON.stringify(s)).join(', ')}`;
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
 */
export function readAnnotations(
  text: string,
  file: string,
  knownSourceIds: ReadonlySet<string>,
): { set?: AnnotationSet; problems: ContentProblem[] } {
  const yaml = parseYamlSource(text);
  if (yaml.syntaxErrors.length > 0) {
    return {
      problems: yaml.syntaxErrors.map(({ line, message }) => ({
        file,
        line,
        problem: `this is not valid YAML: ${message.split('\n')[0]}`,
        fix: 'check the indentation and quoting on this line; quote any text that contains ": " or starts with a special character',
      })),
    };
  }

  const parsed = annotationFileSchema.safeParse(yaml.value ?? {});
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((issue) => ({
        file,
        line: yaml.lineOf(issue.path),
        problem: `${describePath(issue.path) || 'the file'}: ${issue.message}`,
        fix: fixFor(issue),
      })),
    };
  }

  const problems: ContentProblem[] = [];
  const at = (line: number, problem: string, fix: string) => problems.push({ file, line, problem, fix });

  const paragraphs = parsed.data.paragraphs.map((p, i) => ({ ...p, line: yaml.lineOf(['paragraphs', i]) }));
  const claims = parsed.data.claims.map((c, i) => ({ ...c, line: yaml.lineOf(['claims', i]) }));

  const firstLineOfId = new Map<string, number>();
  for (const { id, line } of [...paragraphs, ...claims]) {
    const earlier = firstLineOfId.get(id);
    if (earlier === undefined) firstLineOfId.set(id, line);
    else
      at(
        line,
        `the id "${id}" is already used at line ${earlier}`,
        'give every claim and paragraph its own id (ids are permanent links: rename the newer one)',
      );
  }

  for (const claim of claims) {
    const { line, kind, record, sources } = claim;
    if (kind !== 'opinion' && record === undefined) {
      at(line, `the ${kind} claim "${claim.id}" has no record status`, `add record: one of ${RECORD_STATUSES.map((s) => JSON.stringify(s)).join(', ')}`);
    }
    if (kind === 'sourced' && sources.length === 0) {
      at(
        line,
        `the claim "${claim.id}" is marked sourced but lists no source`,
        'add the id of the record that supports it under sources (e.g. sources: [S042]), or mark it unsourced',
      );
    }
    if (kind === 'unsourced' && record === 'confirmed') {
      at(line, `the claim "${claim.id}" is unsourced but its record status is confirmed`, 'a claim the record confirms is sourced: set kind: sourced and cite the record');
    }
    if ((record === 'qualified' || record === 'disputed' || record === 'contradicted') && sources.length === 0) {
      at(line, `the claim "${claim.id}" is ${record} by the record, but no record is cited`, `list the sources that show it is ${record} under sources`);
    }
    for (const id of sources) {
      if (!knownSourceIds.has(id)) {
        at(
          line,
          `the claim "${claim.id}" cites ${id}, which is not in the project's source list`,
          'use an id from content/sources.json, or add the source there (only one you have seen yourself)',
        );
      }
    }
    for (const issue of findNoteIssues(claim.note)) {
      at(yaml.lineOf(['claims', claims.indexOf(claim), 'note']), `the note of "${claim.id}": ${issue.problem}`, issue.fix);
    }
  }

  return problems.length > 0 ? { problems } : { set: { file, paragraphs, claims }, problems };
}
