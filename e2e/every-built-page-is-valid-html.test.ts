import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { readFileSync } from 'node:fs';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { pageIdUse } from '../src/lib/site/page-ids.ts';
import { builtPages } from './built-pages.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const sites = ['dist', 'dist-fixtures/small'];

describe.each(sites)('every page built in %s', (root) => {
  const pages = builtPages(root);

  it('includes the pages a reader reaches', () => {
    expect(pages).toEqual(expect.arrayContaining(['index.html', '404.html', 'method/index.html', 'search/index.html']));
  });

  it.each(pages)('%s has no html-validate error (recommended preset)', async (page) => {
    const report = await validator.validateFile(`${root}/${page}`);
    const errors = report.results.flatMap((r) => r.messages).map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    expect(errors).toEqual([]);
  });
});

describe('the ids an article page gives its own parts', () => {
  it('are all known to the content check, which refuses them as annotation ids', () => {
    const idOf = (node: Element) => String(node.properties.id);
    for (const root of sites) {
      for (const page of builtPages(root).filter((p) => /^articles\/[^/]+\/index\.html$/.test(p))) {
        const tree = fromHtml(readFileSync(`${root}/${page}`, 'utf8'));
        // Claims, paragraphs, retired ids and section headings take their ids from the content.
        const fromContent = new Set(selectAll('.claim[id], .para[id], .tombstone[id], .article-body > h2[id]', tree).map(idOf));
        const own = selectAll('[id]', tree).map(idOf).filter((id) => !fromContent.has(id));
        expect(own.length, page).toBeGreaterThan(5);
        expect(own.filter((id) => !pageIdUse(id)), page).toEqual([]);
      }
    }
  });
});
