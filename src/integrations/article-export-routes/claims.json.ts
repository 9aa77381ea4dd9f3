import { exportRoute } from './export-response.ts';

export { getStaticPaths } from '../../pages/articles/[slug]/_article-paths.ts';

/** `/articles/<slug>/claims.json`: the article's claims as open data; the claims' share pages are made from it. */
export const GET = exportRoute((data) => data.claimsJsonFile, 'application/json; charset=utf-8');
