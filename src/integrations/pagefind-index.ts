import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import type { ClaimsExport } from '../lib/claims-export.ts';

/** Sort keys are compared as text: pad positions so that claim 10 comes after claim 9. */
const position = (articleIndex: number, claimNumber: number) =>
  `${String(articleIndex).padStart(4, '0')}-${String(claimNumber).padStart(5, '0')}`;

/**
 * After the build, indexes the site with Pagefind's Node API: the article pages (their
 * `data-pagefind-body`), plus one record per claim, read from each article's `claims.json`, with the
 * filters `kind` and `article` and a sort key for the claim's place in reading order.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({
            forceLanguage: 'en',
            // The claims' own chrome, which each claim's record already covers, stays out of the page's record.
            excludeSelectors: ['.notes', '.claim-ref', '.para-link', '.heading-link', '.visually-hidden'],
          });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const pages = await index.addDirectory({ path: out });
          if (pages.errors.length > 0) throw new Error(`Pagefind could not index the pages: ${pages.errors.join('; ')}`);

          const slugs = (await readdir(join(out, 'articles'), { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
          let records = 0;
          for (const [articleIndex, slug] of slugs.entries()) {
            const data = JSON.parse(await readFile(join(out, 'articles', slug, 'claims.json'), 'utf8')) as ClaimsExport;
            // One article's records at a time, concurrently: Pagefind's service takes them in any order.
            const results = await Promise.all(
              data.claims.map((claim) =>
                index.addCustomRecord({
                  url: claim.url,
                  content: `${claim.text}\n${claim.noteText}`,
                  language: 'en',
                  meta: {
                    title: claim.text.length > 90 ? `${claim.text.slice(0, 90)}…` : claim.text,
                    claim: claim.text,
                    note: claim.noteText,
                    kind: claim.kind,
                    number: String(claim.number),
                    article: data.article.title,
                  },
                  filters: { kind: [claim.kind], article: [data.article.title] },
                  sort: { position: position(articleIndex, claim.number) },
                }),
              ),
            );
            const refused = results.flatMap((result) => result.errors);
            if (refused.length > 0) throw new Error(`Pagefind refused claims of ${slug}: ${refused.join('; ')}`);
            records += results.length;
          }
          const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
          logger.info(`indexed ${pages.page_count} pages and ${records} claims`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
