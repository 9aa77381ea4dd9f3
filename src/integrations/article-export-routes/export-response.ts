import type { APIRoute } from 'astro';
import type { ArticleEntryData } from '../../lib/schema/article-entry-schema.ts';
import { readExportFile } from '../../lib/build-cache/article-files.ts';
import type { ArticleProps } from '../../pages/articles/[slug]/_article-paths.ts';

/**
 * The route of one of an article's exports in `astro dev`: the file the loader wrote
 * (src/lib/exports/article-exports.ts), sent as its bytes. A build copies the files instead (article-exports.ts).
 */
export const exportRoute =
  (fileOf: (data: ArticleEntryData) => string, contentType: string): APIRoute =>
  async ({ props }) => {
    const bytes = await readExportFile(fileOf((props as ArticleProps).article.data));
    // A view of the file's bytes: `readFile` gives a Buffer over a plain ArrayBuffer, which Response takes as it is.
    return new Response(new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength), { headers: { 'content-type': contentType } });
  };
