import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYamlSource, parseYamlSourceWithErrors } from '../src/lib/reading/yaml-source.ts';

/** Every YAML text the project reads: annotations, registries and sources, and every article's frontmatter. */
function yamlTexts(dir: string): [string, string][] {
  return readdirSync(dir).flatMap((name): [string, string][] => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlTexts(path);
    const text = readFileSync(path, 'utf8');
    if (/\.(ya?ml|json)$/.test(name)) return [[path, text]];
    const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text);
    return name.endsWith('.md') && frontmatter ? [[`${path} (frontmatter)`, frontmatter[1]!]] : [];
  });
}

/** Every path into a value: each key of each mapping, each index of each list, all the way down. */
function pathsOf(value: unknown, prefix: PropertyKey[] = []): PropertyKey[][] {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((item, i) => pathsOf(item, [...prefix, i]))];
  if (value !== null && typeof value === 'object') return [prefix, ...Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...prefix, key]))];
  return [prefix];
}

const crafted: [string, string][] = [
  ['nested lists and maps', 'a:\n  - x: 1\n    y:\n      - 2\n      - { z: 3 }\n  - []\nb: {}\nc: null\n'],
  ['block scalars and comments', '# top\nnote: >-\n  folded\n  text\nkeep: |\n  kept\n\n# between\nlist:\n  # inside\n  - one\n'],
  ['a value on the next line', 'key:\n  "value on its own line"\nother: 1\n'],
  ['dates and numbers stay as YAML 1.2 reads them', 'date: 2026-11-24\nyes: yes\noctal: 0o17\nempty:\n'],
  ['a missing path ends at its nearest ancestor', 'claims:\n  - id: a\n'],
];

describe('reading YAML with positions', () => {
  const texts = [...yamlTexts('content'), ...yamlTexts('test/fixtures'), ...crafted];

  it('reads more than a handful of real files', () => {
    expect(texts.length).toBeGreaterThan(10);
  });

  for (const [name, text] of texts) {
    it(`gives the same value, errors and line of every node either way: ${name}`, () => {
      const fast = parseYamlSource(text);
      const slow = parseYamlSourceWithErrors(text);
      expect(fast.value).toEqual(slow.value);
      expect(fast.syntaxErrors).toEqual(slow.syntaxErrors);
      const paths = [...pathsOf(slow.value), ['no-such-key'], ['claims', 99], ['claims', 0, 'no-such-key']];
      for (const path of paths) expect(fast.lineOf(path), path.join('.')).toBe(slow.lineOf(path));
    });
  }

  it('leaves a file with a syntax error or a duplicate key to the reader that reports every error', () => {
    expect(parseYamlSource('a: [1, 2\nb: 3\n').syntaxErrors.length).toBeGreaterThan(0);
    expect(parseYamlSource('a: 1\na: 2\n').syntaxErrors.map((e) => e.line)).toEqual([2]);
  });
});
