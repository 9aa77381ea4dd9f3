import { sitePath } from './base-path.ts';

/** An article's address: `/articles/<slug>/`, under the site's base path. */
export const articlePath = (base: string, slug: string) => sitePath(base, `articles/${slug}/`);

/** An article's page of changes, which keeps every earlier version of its notes: `/articles/<slug>/changes/`. */
export const articleChangesPath = (base: string, slug: string) => `${articlePath(base, slug)}changes/`;

/** A claim's share page: `/articles/<slug>/claims/<id>/` (see src/integrations/claim-share-pages.ts). */
export const claimSharePath = (base: string, slug: string, id: string) => `${articlePath(base, slug)}claims/${id}/`;
