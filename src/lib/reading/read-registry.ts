import type { ContentProblem } from '../problems/content-problem.ts';
import { withoutBom } from '../problems/invisible-characters.ts';
import { findInternalWord, findNoteIssues } from '../markdown/note-markdown.ts';
import { type Registry, registrySchema } from '../schema/registry-schema.ts';
import { parseYamlSource } from './yaml-source.ts';

export interface LocatedRegistry {
  registry: Registry;
  /** The line of an entry in registry.json (1 when the file is missing or unreadable). */
  lineOf(path: readonly PropertyKey[]): number;
  /**
   * False when the file is there but is not valid JSON or not a registry: an empty registry stands in,
   * which must not be held against the page (every id would seem unpublished, every tombstone unfounded).
   */
  readable: boolean;
  problems: ContentProblem[];
}

const FIX = 'the registry is written by `npm run registry`: restore it from version control and run that again';
const DATE_FIELDS = new Set(['published', 'reviewed', 'date']);
const DATE_FIX = 'restore the date from version control (`npm run registry` writes the day it records); if it was mistyped by hand, write the real day as YYYY-MM-DD';

/**
 * Reads an article's `registry.json`; a missing file is an empty registry (nothing published yet).
 * The earlier versions of notes are shown to readers, so they keep the notes' rules too, internal words included.
 */
export function readRegistry(text: string | undefined, file: string): LocatedRegistry {
  const empty: LocatedRegistry = { registry: { paragraphs: {}, claims: {} }, lineOf: () => 1, readable: true, problems: [] };
  if (text === undefined) return empty;
  const yaml = parseYamlSource(withoutBom(text));
  if (yaml.syntaxErrors.length > 0) {
    return { ...empty, readable: false, problems: yaml.syntaxErrors.map(({ line, message, fix: known }) => ({ file, line, problem: `not valid JSON: ${message.split('\n')[0]}`, fix: known ?? FIX })) };
  }
  const parsed = registrySchema.safeParse(yaml.value);
  if (!parsed.success) {
    const fixFor = (path: readonly PropertyKey[]) => (DATE_FIELDS.has(String(path.at(-1))) ? DATE_FIX : FIX);
    return { ...empty, readable: false, problems: parsed.error.issues.map((issue) => ({ file, line: yaml.lineOf(issue.path), problem: `${issue.path.join('.')}: ${issue.message}`, fix: fixFor(issue.path) })) };
  }
  const problems: ContentProblem[] = [];
  for (const [id, claim] of Object.entries(parsed.data.claims)) {
    claim.history.forEach((revision, index) => {
      const jargon = findInternalWord(revision.note);
      const issues = [...findNoteIssues(revision.note).map((issue) => ({ ...issue, problem: issue.problem.replace(/^the note /, '') })), ...(jargon ? [jargon] : [])];
      for (const issue of issues) {
        problems.push({
          file,
          line: yaml.lineOf(['claims', id, 'history', index, 'note']),
          problem: `an earlier version of the note of "${id}": ${issue.problem}`,
          fix: `${issue.fix}; earlier versions are shown to readers, so correct it here by hand`,
        });
      }
    });
  }
  return { registry: parsed.data, lineOf: (path) => yaml.lineOf(path), readable: true, problems };
}
