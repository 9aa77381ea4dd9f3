import { exportRoute } from './_export-response.ts';

export { getStaticPaths } from './_article-paths.ts';

/** `/articles/<slug>/claims.json`: the article's claims as open data; the claims' share pages are made from it. */
export const GET = exportRoute((data) => data.claimsJsonFile, 'application/json; charset=utf-8');
