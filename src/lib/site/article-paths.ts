import { sitePath } from './base-path.ts';

/** An article's address: `/articles/<slug>/`, under the site's base path. */
export const articlePath = (slug: string) => sitePath(`articles/${slug}/`);

/** An article's page of changes, which keeps every earlier version of its notes: `/articles/<slug>/changes/`. */
export const articleChangesPath = (slug: string) => `${articlePath(slug)}changes/`;

/** A claim's share page: `/articles/<slug>/claims/<id>/` (see src/integrations/claim-share-pages.ts). */
export const claimSharePath = (slug: string, id: string) => `${articlePath(slug)}claims/${id}/`;
