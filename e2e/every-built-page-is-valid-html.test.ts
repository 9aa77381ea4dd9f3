import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
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
