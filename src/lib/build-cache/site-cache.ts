import { join, resolve } from 'node:path';
import { contentKey } from './content-key.ts';

/**
 * Astro's cache folder for one site: one per content folder and base path (the tests and the benchmark
 * build several). Each keeps its own content store and pages, so that a build redoes only what changed
 * since the last build of the same site, not since whichever site was built last.
 */
export function siteCacheDir(contentDir: string, base: string, root = '.'): string {
  return join(root, 'node_modules', '.astro', 'sites', contentKey(`${resolve(contentDir)}\n${base}`));
}
