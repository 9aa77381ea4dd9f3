import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contentKey } from './content-key.ts';

/**
 * Where an article's rendered HTML is kept between loading the content and building its page.
 *
 * Astro keeps its content store in one module that every build bundles and parses whole. The annotated
 * HTML is most of what the articles weigh (about 150 KB each), so with a thousand articles it alone
 * would make that module some 150 MB. The entry holds the file's path instead, and the page reads it.
 */
export async function htmlFolder(cacheDir: string, contentDir: string): Promise<{ folder: string; keepOnly(): Promise<void> }> {
  // Each load writes a new folder, and the older ones go only once it has succeeded: in `astro dev`, a
  // load that fails on a typo leaves the entries of the last good load, whose files must still be there.
  const parent = join(cacheDir, 'annotated-html', contentKey(contentDir));
  const folder = join(parent, `load-${process.hrtime.bigint()}`);
  await mkdir(folder, { recursive: true });
  return {
    folder,
    async keepOnly() {
      const others = (await readdir(parent)).filter((name) => join(parent, name) !== folder);
      await Promise.all(others.map((name) => rm(join(parent, name), { recursive: true, force: true })));
    },
  };
}

export async function writeRenderedHtml(folder: string, slug: string, html: string): Promise<string> {
  const file = join(folder, `${slug}.html`);
  await writeFile(file, html);
  return file;
}

export function readRenderedHtml(file: string): Promise<string> {
  return readFile(file, 'utf8');
}
