import type { ContentProblem } from '../problems/content-problem.ts';
import { withoutBom } from '../problems/invisible-characters.ts';
import { SOURCE_TYPES } from '../kinds/source-types.ts';
import { type Source, sourceSchema } from '../schema/source-schema.ts';
import { parseJsonSource } from './json-source.ts';

export interface SourceList {
  /** The entries that passed, by id. */
  sources: Map<string, Source>;
  /**
   * Every id the file names, its invalid entries' too: a claim citing an entry that is malformed is
   * not also told that its source does not exist (the entry's own problem says what to fix). Undefined
   * when the list could not be read at all: then no citation can be judged, and none is refused.
   */
  knownIds: Set<string> | undefined;
  problems: ContentProblem[];
}

const TYPE_FIX = `set type to what the source is: ${SOURCE_TYPES.join(', ')} (see src/lib/kinds/source-types.ts); a copy also has copyOf, the outlet or work it copies ("Reuters"), or null when it does not say`;

/** How to mend an entry, by the field its problem is about. */
function fixFor(field: PropertyKey | undefined): string {
  if (field === 'type' || field === 'copyOf') return TYPE_FIX;
  return 'each source has id, url (http or https), title (or null), publisher, type, date (or null) and says';
}

/** Reads the project's one list of sources (JSON, which YAML parses with positions), entry by entry. */
export function readSources(text: string, file: string): SourceList {
  const yaml = parseJsonSource(withoutBom(text));
  const problems: ContentProblem[] = yaml.syntaxErrors.map(({ line, message, fix: known }) => ({
    file,
    line,
    problem: `this is not valid JSON: ${message.split('\n')[0]}`,
    fix: known ?? 'check the commas, brackets and quotes on this line',
  }));
  const sources = new Map<string, Source>();
  const knownIds = new Set<string>();
  if (problems.length > 0) return { sources, knownIds: undefined, problems };
  if (!Array.isArray(yaml.value)) {
    return { sources, knownIds: undefined, problems: [{ file, line: 1, problem: 'the source list is not a JSON array', fix: 'the file is one array: [ { "id": "S001", … }, … ]' }] };
  }

  // Each entry on its own, so that one bad address does not hide every other source.
  yaml.value.forEach((entry: unknown, index: number) => {
    const id = (entry as { id?: unknown } | null)?.id;
    if (typeof id === 'string') knownIds.add(id);
    const parsed = sourceSchema.safeParse(entry);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path = [index, ...issue.path];
        problems.push({
          file,
          line: yaml.lineOf(path),
          problem: `source ${typeof id === 'string' ? id : `entry ${index + 1}`}, ${issue.path.join('.') || 'the entry'}: ${issue.message}`,
          fix: fixFor(issue.path[0]),
        });
      }
      return;
    }
    const source = parsed.data;
    if (sources.has(source.id)) {
      problems.push({
        file,
        line: yaml.lineOf([index]),
        problem: `the source id ${source.id} is used twice`,
        fix: 'give the later entry the next free id; ids that annotations already cite must not change',
      });
      return;
    }
    sources.set(source.id, source);
  });
  return { sources, knownIds, problems };
}
