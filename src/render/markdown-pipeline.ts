import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import rehypeAnnotate from './rehype-annotate.ts';
import rehypeExternalLinks from 'rehype-external-links';
import { EXTERNAL_REL } from '../lib/site/external-rel.ts';
import remarkCheckArticleMarkdown from './remark-check-article-markdown.ts';

/**
 * The one description of how an article's Markdown becomes HTML, shared by the site build
 * (astro.config.mjs) and the content check, so both see the same text.
 * GFM is added here rather than by the processor's default, and SmartyPants is off: the article
 * is published verbatim, and "smart" quotes would rewrite the author's punctuation.
 */
/** Links in the article's text that leave the site carry the same `rel` as every other external link. */
const rehypeSafeExternalLinks = () => rehypeExternalLinks({ rel: [...EXTERNAL_REL], protocols: ['http', 'https'] });

export const markdownPipeline = {
  gfm: false,
  smartypants: false,
  remarkPlugins: [remarkGfm, remarkCheckArticleMarkdown],
  rehypePlugins: [rehypeSlug, rehypeSafeExternalLinks, rehypeAnnotate],
};
