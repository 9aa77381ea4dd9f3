import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import rehypeAnnotate from './rehype-annotate.ts';
import remarkRejectRawHtml from './remark-reject-raw-html.ts';

/**
 * The one description of how an article's Markdown becomes HTML, shared by the site build
 * (astro.config.mjs) and the content check, so both see the same text.
 * GFM is added here rather than by the processor's default, and SmartyPants is off: the article
 * is published verbatim, and "smart" quotes would rewrite the author's punctuation.
 */
export const markdownPipeline = {
  gfm: false,
  smartypants: false,
  remarkPlugins: [remarkGfm, remarkRejectRawHtml],
  rehypePlugins: [rehypeSlug, rehypeAnnotate],
};
