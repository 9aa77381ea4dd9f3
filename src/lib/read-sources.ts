import type { ContentProblem } from './content-problem.ts';
import { type Source, sourceListSchema } from './source-schema.ts';
import { parseYamlSource } from './yaml-source.ts';

/** Reads the project's one list of sources (JSON, which YAML parses with positions). */
export function readSources(text: string, file: string): { sources: Map<string, Source>; problems: ContentProblem[] } {
  const yaml = parseYamlSource(text);
  const problems: ContentProblem[] = yaml.syntaxErrors.map(({ line, message }) => ({
    file,
    line,
    problem: `this is not valid JSON: ${message.split('\n')[0]}`,
    fix: 'check the commas, brackets and quotes on this line',
  }));
  const sources = new Map<string, Source>();
  if (problems.length > 0) return { sources, problems };

  const parsed = sourceListSchema.safeParse(yaml.value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push({
        file,
        line: yaml.lineOf(issue.path),
        problem: `source entry ${issue.path.join('.')}: ${issue.message}`,
        fix: 'each source has id, url (http or https), title (or null), publisher, date (or null) and says',
      });
    }
    return { sources, problems };
  }
  parsed.data.forEach((source, index) => {
    if (sources.has(source.id)) {
      problems.push({
        file,
        line: yaml.lineOf([index]),
        problem: `the source id ${source.id} is used twice`,
        fix: 'give the later entry the next free id; ids that annotations already cite must not change',
      });
    }
    sources.set(source.id, source);
  });
  return { sources, problems };
}
