import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { VFile } from 'vfile';
import type { PlacedArticle } from '../lib/placing/annotation-input.ts';
import { deeplyNestedLines, deepLineNumbers } from '../lib/markdown/markdown-safety.ts';
import type { ContentProblem } from '../lib/problems/content-problem.ts';
import type { PreparedArticle, UnannotatedText } from '../lib/reading/prepare-article.ts';
import './tree/content-problems-data.ts';
import { markdownPipeline } from './markdown-pipeline.ts';

/**
 * The article pipeline: the steps of Astro's Markdown processor (`@astrojs/markdown-remark`) with the
 * plugins of `markdownPipeline`, less those an article never needs: images, code highlighting and
 * `rehype-raw`, which parses the whole annotated page a second time to find raw HTML that
 * `remarkRejectRawHtml` has already refused. That second parse was a fifth of a build.
 * test/the-article-pipeline-renders-as-astros-processor-does.test.ts holds the two to the same HTML.
 */
const processor = unified()
  .use(remarkParse)
  .use(markdownPipeline.remarkPlugins)
  .use(remarkRehype)
  .use(markdownPipeline.rehypePlugins)
  .use(rehypeStringify)
  .freeze();

/**
 * Renders a prepared article, and hands back with its HTML what the plugins found wrong: for the one
 * compile path (src/render/compile-article.ts) that the build, the check and the tests all use.
 */
export async function renderPreparedArticle(article: PreparedArticle): Promise<{ html: string; placed: PlacedArticle; problems: ContentProblem[] }> {
  const { value, problems } = withoutDeepLines(article.body, article.articlePath);
  const file = new VFile({ value, path: pathToFileURL(article.articlePath), data: { annotationInput: article.input } });
  const html = String(await processor.process(file));
  // The plugin always places an article it is given (its problems are data), so the result is there.
  return { html, placed: file.data.placedArticle!, problems: [...problems, ...(file.data.contentProblems ?? [])] };
}

/**
 * Checks the Markdown of an article whose annotations are missing or unreadable: its own problems (raw
 * HTML, images, unsafe links, deep nesting) are reported all the same.
 */
export async function checkUnannotatedText({ body, articlePath }: UnannotatedText): Promise<ContentProblem[]> {
  const { value, problems } = withoutDeepLines(body, articlePath);
  const file = new VFile({ value, path: pathToFileURL(articlePath) });
  await processor.process(file);
  return [...problems, ...(file.data.contentProblems ?? [])];
}

/**
 * A line of thousands of quote or list markers exhausts the parser's stack before any plugin sees the
 * tree, and a list nested thousands deep by indentation takes it minutes: such lines are reported and
 * left out of what is parsed (as empty lines, so that every other line keeps its number), and the rest
 * of the text is still checked.
 */
function withoutDeepLines(body: string, articlePath: string): { value: string; problems: ContentProblem[] } {
  const issues = deeplyNestedLines(body, 'the article');
  if (issues.length === 0) return { value: body, problems: [] };
  const deep = deepLineNumbers(body);
  const file = relative(process.cwd(), articlePath);
  return {
    value: body.split('\n').map((line, index) => (deep.has(index + 1) ? '' : line)).join('\n'),
    problems: issues.map(({ line, problem, fix }) => ({ file, line, problem, fix })),
  };
}
