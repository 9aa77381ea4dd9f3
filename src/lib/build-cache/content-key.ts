import { createHash } from 'node:crypto';

/**
 * A short name for a content directory, for the folders a build keeps (rendered HTML, search
 * records): one folder per corpus, so that builds of different corpora never read each other's files.
 */
export const contentKey = (contentDir: string): string => createHash('sha256').update(contentDir).digest('hex').slice(0, 12);
