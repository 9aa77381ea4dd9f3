import { articlePath } from '../site/article-paths.ts';
import { sitePath } from '../site/base-path.ts';

/*
 * Where the cards stand in the site, under its base path (given, as the other paths of src/lib/site/
 * take it). A claim's cards are in one folder per article, beside its share pages rather than in them:
 * the two are made and kept apart (claim-cards.ts, claim-share-pages.ts), and the folder is moved in
 * and out of the site whole between builds.
 */

/** `/articles/<slug>/cards/<claim id>.png` */
export const claimCardPath = (base: string, slug: string, id: string) => `${articlePath(base, slug)}cards/${id}.png`;

/** `/articles/<slug>/card.png` */
export const articleCardPath = (base: string, slug: string) => `${articlePath(base, slug)}card.png`;

/** `/card.png`: the home, search and method pages' card. */
export const siteCardPath = (base: string) => sitePath(base, 'card.png');

/** The claim cards' folder of an article, from the site's root folder (no base path: the build writes into it). */
export const claimCardsFolder = (slug: string) => `articles/${slug}/cards`;
