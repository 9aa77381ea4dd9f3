import { exportRoute } from './export-response.ts';

export { getStaticPaths } from '../../pages/articles/[slug]/_article-paths.ts';

/** `/articles/<slug>/claims.csv`: the claims of claims.json, one row each. */
export const GET = exportRoute((data) => data.claimsCsvFile, 'text/csv; charset=utf-8');
