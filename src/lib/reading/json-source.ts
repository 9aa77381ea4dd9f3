import { type ParseError, parse, printParseErrorCode } from 'jsonc-parser';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';

/**
 * Parses a JSON file (`sources.json`, `registry.json`) as JSON, with the lines of its nodes from the
 * YAML reader, JSON being YAML. Read as YAML alone, a file written in YAML (anchors, unquoted keys)
 * passed for JSON, and a key `"__proto__"` was dropped without a word: JSON keeps it as a key like
 * any other. A key given twice, which JSON takes the last of, is refused as the YAML reader refuses it.
 * Syntax errors come from `jsonc-parser`, which says where each one is (V8's `JSON.parse` often does not).
 */
export function parseJsonSource(text: string): YamlSource {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const lineAt = (offset: number) => text.slice(0, offset).split('\n').length;
  const syntaxErrors = errors.map(({ error, offset }) => ({ line: lineAt(offset), message: inWords(printParseErrorCode(error)) }));
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    syntaxErrors.push({ line: Number(/\(line (\d+) column \d+\)/.exec((error as Error).message)?.[1] ?? 1), message: (error as Error).message.replace(/ in JSON at position.*$/s, '') });
  }
  if (syntaxErrors.length > 0) return { value: undefined, lineOf: () => 1, syntaxErrors: syntaxErrors.slice(0, 1) };
  const yaml = parseYamlSource(text);
  return yaml.syntaxErrors.length > 0 ? { ...yaml, value: undefined } : { ...yaml, value };
}

/** "CommaExpected" → "comma expected". */
const inWords = (code: string) => code.replace(/(?<=[a-z])(?=[A-Z])/g, ' ').toLowerCase();
