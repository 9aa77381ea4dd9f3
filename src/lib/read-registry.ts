import type { ContentProblem } from './content-problem.ts';
import { type Registry, registrySchema } from './registry-schema.ts';
import { parseYamlSource } from './yaml-source.ts';

/** Reads an article's `registry.json`; a missing file is an empty registry (nothing published yet). */
export function readRegistry(text: string | undefined, file: string): { registry: Registry; problems: ContentProblem[] } {
  const empty: Registry = { paragraphs: {}, claims: {} };
  if (text === undefined) return { registry: empty, problems: [] };
  const yaml = parseYamlSource(text);
  const fix = 'the registry is written by `npm run registry`: restore it from version control and run that again';
  if (yaml.syntaxErrors.length > 0) {
    return { registry: empty, problems: yaml.syntaxErrors.map(({ line, message }) => ({ file, line, problem: `not valid JSON: ${message.split('\n')[0]}`, fix })) };
  }
  const parsed = registrySchema.safeParse(yaml.value);
  if (!parsed.success) {
    return {
      registry: empty,
      problems: parsed.error.issues.map((issue) => ({ file, line: yaml.lineOf(issue.path), problem: `${issue.path.join('.')}: ${issue.message}`, fix })),
    };
  }
  return { registry: parsed.data, problems: [] };
}
