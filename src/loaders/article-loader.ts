import type { Loader, LoaderContext } from 'astro/loaders';
import { relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { INPUT_KEY, OUTPUT_KEY, type PlacedArticle } from '../lib/annotation-input.ts';
import { isContentProblems, throwIfAny } from '../lib/content-problem.ts';
import { listArticles, loadSources, prepareArticle } from '../lib/prepare-article.ts';

/**
 * Loads `<contentDir>/articles/<slug>/` folders: validates the article and its annotations (every
 * problem with file:line), renders the Markdown through the configured processor with the annotations
 * handed in, and stores the placed claims beside the HTML so pages never re-derive them.
 */
export function articleLoader({ contentDir }: { contentDir: string }): Loader {
  const root = resolve(contentDir);
  let watching = false;

  async function loadAll({ config, store, parseData, generateDigest, logger }: LoaderContext): Promise<void> {
    const { sources, problems: sourceProblems, text: sourcesText } = await loadSources(root);
    throwIfAny(sourceProblems);

    const { markdown, image } = config;
    const renderer = await markdown.processor.createRenderer({
      image,
      syntaxHighlight: markdown.syntaxHighlight,
      shikiConfig: markdown.shikiConfig,
      gfm: markdown.gfm,
      smartypants: markdown.smartypants,
    });

    const slugs = await listArticles(root);
    const prepared = await Promise.all(slugs.map((slug) => prepareArticle(root, slug, sources, sourcesText)));
    const problems = prepared.flatMap((p) => p.problems);

    const rendered = [];
    for (const { article } of prepared) {
      if (!article) continue;
      try {
        const { code, metadata } = await renderer.render(article.body, {
          frontmatter: { [INPUT_KEY]: article.input },
          fileURL: pathToFileURL(article.articlePath),
        });
        rendered.push({ article, html: code, headings: metadata.headings, placed: metadata.frontmatter[OUTPUT_KEY] as PlacedArticle });
      } catch (error) {
        if (!isContentProblems(error)) throw error;
        problems.push(...error.problems);
      }
    }
    // Every problem of every article at once: an editor fixes them in one pass.
    throwIfAny(problems);

    store.clear();
    for (const { article, html, headings, placed } of rendered) {
      const data = await parseData({
        id: article.slug,
        data: {
          ...article.frontmatter,
          ...placed,
          // The pages need each paragraph's id only; its text is already in the rendered HTML.
          paragraphs: placed.paragraphs.map(({ id }) => ({ id })),
          sources: article.sources,
          registry: article.input.registry,
          tombstones: article.input.tombstones.map(({ line: _, ...tombstone }) => tombstone),
        },
      });
      store.set({
        id: article.slug,
        data,
        filePath: relative(fileURLToPath(config.root), article.articlePath),
        digest: generateDigest(article.rawText),
        rendered: { html, metadata: { headings, frontmatter: {} } },
      });
    }
    logger.info(`${rendered.length} annotated article(s) loaded from ${contentDir}`);
  }

  return {
    name: 'annotated-article-loader',
    async load(context) {
      await loadAll(context);
      const { watcher, logger } = context;
      if (!watcher || watching) return;
      // In `astro dev`: any change under the content folder (an article, its annotations, the sources)
      // reloads everything, since one source can change many notes. A mistake is logged, not fatal.
      watching = true;
      watcher.add(root);
      watcher.on('all', (_event, path) => {
        if (!resolve(path).startsWith(root)) return;
        loadAll(context).catch((error: Error) => logger.error(error.message));
      });
    },
  };
}
