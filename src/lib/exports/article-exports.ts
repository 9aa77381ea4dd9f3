import type { ArticleModel } from '../schema/article-model-schema.ts';
import { claimsCsv } from './claims-csv.ts';
import { claimsExport } from './claims-export.ts';
import { webAnnotations } from './web-annotations.ts';
import type { SiteAddress } from '../../site.ts';

/** An article's open data, as the files its routes publish. */
export interface ArticleExports {
  /** `claims.json`. */
  claimsJson: string;
  /** `claims.csv`. */
  claimsCsv: string;
  /** `annotations.jsonld`: Web Annotations, addressed under the site's address. */
  annotations: string;
}

/**
 * Made once per article, where it is rendered (the loader's worker threads), and kept with its model
 * while the article is unchanged: its routes then only send the bytes, where reading the model and
 * writing it out three times an article was a fifth of a large build's page generation.
 */
export function articleExports(slug: string, model: ArticleModel, site: SiteAddress): ArticleExports {
  const exported = claimsExport(site.base, slug, model);
  return {
    claimsJson: `${JSON.stringify(exported, null, 2)}\n`,
    claimsCsv: claimsCsv(exported),
    annotations: `${JSON.stringify(webAnnotations(slug, model, site), null, 2)}\n`,
  };
}
