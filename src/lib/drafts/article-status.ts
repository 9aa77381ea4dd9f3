import type { ContentProblem } from '../problems/content-problem.ts';
import type { ArticleFrontmatter } from '../schema/article-schema.ts';

/**
 * An article is a draft until it is published, and says which in its frontmatter: `status: draft`,
 * which `npm run new` writes and `npm run publish` turns into `status: published` (a line a reviewer
 * reads in the diff). An article without the line is published, as every article was before drafts.
 *
 * `npm run dev` serves drafts and `npm run check` checks them; a production build leaves a draft out
 * altogether (its page, search records, sitemap entry, feed item, open data and share pages, and the
 * home page's list), and `npm run registry` does not record it: until it is published, nothing of it
 * is permanent, and an edit leaves no history.
 */
export const isDraft = (frontmatter: Pick<ArticleFrontmatter, 'status'>): boolean => frontmatter.status === 'draft';

/**
 * A published id is a link someone may have shared: an article that has published any cannot become a
 * draft again, which would take its page off the site.
 */
export function publishedDraftProblems(frontmatter: Pick<ArticleFrontmatter, 'status'>, publishedIds: number, articleFile: string, statusLine: number): ContentProblem[] {
  if (!isDraft(frontmatter) || publishedIds === 0) return [];
  return [
    {
      file: articleFile,
      line: statusLine,
      problem: `the article is marked as a draft, but it has published ${publishedIds} id(s) (published-ids.txt): as a draft it would leave the site, and every link to it would break`,
      fix: 'set status: published; to withdraw a claim or paragraph, give it a tombstone instead (see "Links that never break")',
    },
  ];
}
