import { type ArticleFrontmatter, articleFrontmatterSchema } from '../schema/article-schema.ts';
import type { ContentProblem } from '../problems/content-problem.ts';
import { parseYamlSource } from './yaml-source.ts';

export interface ArticleText {
  frontmatter: ArticleFrontmatter;
  /** The line in article.md of a frontmatter field, for problems found after reading. */
  lineOf(path: readonly PropertyKey[]): number;
}

/**
 * The frontmatter block; its fences may carry trailing blanks, which are reported but do not hide the
 * rest. Not `parseFrontmatter` from @astrojs/markdown-remark: it throws at the first YAML error, keeps
 * no line numbers, also takes TOML, and says nothing of a fence with blanks after it.
 */
const FRONTMATTER = /^---([ \t]*)\r?\n([\s\S]*?)\r?\n---([ \t]*)(?:\r?\n|$)/;

/**
 * Splits and validates `article.md`: its frontmatter against the schema, its body as it is. The body
 * always comes back, so that the text is checked in the same run: after the frontmatter block, valid
 * or not, preceded by one empty line per frontmatter line (so that a line number in the body is the
 * line number in article.md); without a block, the whole file.
 */
export function readArticle(text: string, file: string): { article?: ArticleText; body: string; problems: ContentProblem[] } {
  const match = FRONTMATTER.exec(text);
  if (!match) {
    return {
      body: text,
      problems: [
        {
          file,
          line: 1,
          problem: 'the article has no frontmatter: its first line is not "---"',
          fix: 'start the file with a block between two "---" lines giving title, authors, original, copies',
        },
      ],
    };
  }
  const body = '\n'.repeat(match[0].split('\n').length - 1) + text.slice(match[0].length);
  const fences: ContentProblem[] = [
    [match[1]!, 1],
    [match[3]!, match[0].replace(/\r?\n$/, '').split('\n').length],
  ].flatMap(([blanks, line]) =>
    blanks ? [{ file, line: line as number, problem: 'the frontmatter\'s "---" line has spaces or tabs after it', fix: 'make the line exactly "---", with nothing after it' }] : [],
  );
  const yaml = parseYamlSource(match[2]!);
  // +1: the frontmatter's first line is the line after the opening "---".
  const lineOf = (path: readonly PropertyKey[]) => yaml.lineOf(path) + 1;
  if (yaml.syntaxErrors.length > 0) {
    return {
      body,
      problems: [...fences, ...yaml.syntaxErrors.map(({ line, message, fix: known }) => ({
        file,
        line: line + 1,
        problem: `the frontmatter is not valid YAML: ${message.split('\n')[0]}`,
        fix: known ?? 'check the indentation and quoting on this line',
      }))],
    };
  }
  const parsed = articleFrontmatterSchema.safeParse(yaml.value ?? {});
  if (!parsed.success) {
    return {
      body,
      problems: [...fences, ...parsed.error.issues.map((issue) => ({
        file,
        line: lineOf(issue.path),
        problem: `frontmatter ${issue.path.join('.') || ''}: ${issue.message}`,
        fix: 'write what is known and null for what is not (an unknown date or address is null, never a guess)',
      }))],
    };
  }
  return { article: { frontmatter: parsed.data, lineOf }, body, problems: fences };
}
