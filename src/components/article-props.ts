import type { ArticleModel } from '../lib/schema/article-model-schema.ts';

/** What a component that draws part of an article's page is given: the article's placed model. */
export interface ArticleProps {
  data: ArticleModel;
}
