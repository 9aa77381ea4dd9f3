import { exportRoute } from './export-response.ts';

export { getStaticPaths } from '../../pages/articles/[slug]/_article-paths.ts';

/** `/articles/<slug>/annotations.jsonld`: the claims as a W3C Web Annotation collection. */
export const GET = exportRoute((data) => data.annotationsFile, 'application/ld+json; charset=utf-8');
