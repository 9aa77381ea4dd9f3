/**
 * An address of this site, under its base path (src/site.ts): `sitePath('/repo/', 'method/')` is
 * "/repo/method/". The base is passed in: the pages take Astro's (`import.meta.env.BASE_URL`), the
 * loader's worker threads and the share pages' worker the one they are given.
 */
export const sitePath = (base: string, path: string): string => `${base}${path.replace(/^\/+/, '')}`;
