import { exportRoute } from './_export-response.ts';

export { getStaticPaths } from './_article-paths.ts';

/** `/articles/<slug>/claims.csv`: the claims of claims.json, one row each. */
export const GET = exportRoute((data) => data.claimsCsvFile, 'text/csv; charset=utf-8');
