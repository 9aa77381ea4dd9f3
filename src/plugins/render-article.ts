import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { pathToFileURL } from 'node:url';
import { INPUT_KEY, OUTPUT_KEY, type PlacedArticle } from '../lib/annotation-input.ts';
import type { PreparedArticle } from '../lib/prepare-article.ts';
import { markdownPipeline } from './markdown-pipeline.ts';

let processor: ReturnType<typeof createMarkdownProcessor> | undefined;

/**
 * Renders a prepared article with the site's Markdown pipeline, outside Astro: for the content check
 * and the tests, which must see exactly what the build sees.
 */
export async function renderPreparedArticle(
  article: PreparedArticle,
  { lenient = false }: { lenient?: boolean } = {},
): Promise<{ html: string; placed: PlacedArticle }> {
  processor ??= createMarkdownProcessor({ ...markdownPipeline, syntaxHighlight: false });
  const { code, metadata } = await (await processor).render(article.body, {
    frontmatter: { [INPUT_KEY]: { ...article.input, lenient } },
    fileURL: pathToFileURL(article.articlePath),
  });
  return { html: code, placed: metadata.frontmatter[OUTPUT_KEY] as PlacedArticle };
}
