import type { ContentProblem } from '../problems/content-problem.ts';
import { withoutBom } from '../problems/invisible-characters.ts';
import { findInternalWord, findNoteIssues } from '../markdown/note-markdown.ts';
import { type Registry, registrySchema } from '../schema/registry-schema.ts';
import { parseJsonSource } from './json-source.ts';

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
  const yaml = parseJsonSource(withoutBom(text));
  if (yaml.syntaxErrors.length > 0) {
    return { ...empty, readable: false, problems: yaml.syntaxErrors.map(({ line, message, fix: known }) => ({ file, line, problem: `not valid JSON: ${message.split('\n')[0]}`, fix: known ?? FIX })) };
  }
  const parsed = registrySchema.safeParse(yaml.value);
  // Zod passes over a record's key "__proto__" without a word (it would replace the prototype of what
  // it builds), so that id is refused here; every other key of an entry is held by a strict schema.
  const protoIds = (['paragraphs', 'claims'] as const)
    .filter((section) => Object.hasOwn(Object((yaml.value as Record<string, unknown> | null)?.[section]), '__proto__'))
    .map((section) => ({ file, line: yaml.lineOf([section, '__proto__']), problem: `${section}.__proto__: "__proto__" is not an id`, fix: FIX }));
  if (!parsed.success || protoIds.length > 0) {
    const fixFor = (path: readonly PropertyKey[]) => (DATE_FIELDS.has(String(path.at(-1))) ? DATE_FIX : FIX);
    const issues = parsed.error?.issues ?? [];
    // An unknown key is reported where it stands, not at the start of its entry.
    const pathOf = (issue: (typeof issues)[number]) => (issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path);
    const schemaProblems = issues.map((issue) => ({ file, line: yaml.lineOf(pathOf(issue)), problem: `${issue.path.join('.')}: ${issue.message}`, fix: fixFor(issue.path) }));
    return { ...empty, readable: false, problems: [...protoIds, ...schemaProblems] };
  }
  // One id, one element of the page: an id recorded as both kinds cannot say which its links are for.
  const bothKinds = Object.keys(parsed.data.paragraphs).filter((id) => Object.hasOwn(parsed.data.claims, id));
  if (bothKinds.length > 0) {
    return {
      ...empty,
      readable: false,
      problems: bothKinds.map((id) => ({ file, line: yaml.lineOf(['paragraphs', id]), problem: `the id "${id}" is recorded both as a paragraph and as a claim`, fix: FIX })),
    };
  }
  const problems: ContentProblem[] = [];
  const checkNote = (note: string, path: PropertyKey[], which: string, fix: string) => {
    const jargon = findInternalWord(note);
    const issues = [...findNoteIssues(note).map((issue) => ({ ...issue, problem: issue.problem.replace(/^the note /, '') })), ...(jargon ? [jargon] : [])];
    for (const issue of issues) problems.push({ file, line: yaml.lineOf(path), problem: `${which}: ${issue.problem}`, fix: `${issue.fix}; ${fix}` });
  };
  for (const [id, claim] of Object.entries(parsed.data.claims)) {
    // The note as last recorded becomes an earlier version, shown to readers, when the claim next changes.
    checkNote(claim.note, ['claims', id, 'note'], `the recorded note of "${id}"`, 'the registry records the note of annotations.yaml as it was recorded: restore it from version control, or correct it here by hand');
    claim.history.forEach((revision, index) => {
      checkNote(revision.note, ['claims', id, 'history', index, 'note'], `an earlier version of the note of "${id}"`, 'earlier versions are shown to readers, so correct it here by hand');
    });
  }
  return { registry: parsed.data, lineOf: (path) => yaml.lineOf(path), readable: true, problems };
}
