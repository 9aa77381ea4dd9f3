import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleModel } from '../schema/article-model-schema.ts';
import type { ArticleExports } from '../exports/article-exports.ts';
import { contentKey } from './content-key.ts';

/*
 * Where each article's rendered HTML, placed model (article-model-schema.ts) and open data
 * (article-exports.ts) are kept between loading the content and building its pages. Astro bundles and
 * parses its content store whole in every build: these files, 0.7 to 1.6 MB an article, would make it
 * hundreds of megabytes at a thousand articles, so the store's entry holds their paths and the
 * article's pages read them.
 *
 * The files are named by the article's digest (src/loaders/article-digest.ts): an unchanged article keeps
 * the files of the build before, and a load that fails (a typo, in `astro dev`) leaves the files of the
 * last good one in place for the pages still showing it.
 */

/** An article's open data (article-exports.ts), by the name each file has in the site: `/articles/<slug>/<name>`. */
export const EXPORT_FILE_NAMES = ['claims.json', 'claims.csv', 'annotations.jsonld'] as const;
export type ExportFileName = (typeof EXPORT_FILE_NAMES)[number];

export interface ArticleFiles {
  htmlFile: string;
  modelFile: string;
  claimsJsonFile: string;
  claimsCsvFile: string;
  annotationsFile: string;
}

export function articleFilesFolder(cacheDir: string, contentDir: string): string {
  return join(cacheDir, 'annotated-articles', contentKey(contentDir));
}

export async function writeArticleFiles(folder: string, slug: string, digest: string, html: string, model: ArticleModel, exports: ArticleExports): Promise<ArticleFiles> {
  await mkdir(folder, { recursive: true });
  const name = join(folder, `${slug}.${digest.slice(0, 16)}`);
  const files: ArticleFiles = {
    htmlFile: `${name}.html`,
    modelFile: `${name}.json`,
    claimsJsonFile: `${name}.${'claims.json' satisfies ExportFileName}`,
    claimsCsvFile: `${name}.${'claims.csv' satisfies ExportFileName}`,
    annotationsFile: `${name}.${'annotations.jsonld' satisfies ExportFileName}`,
  };
  await Promise.all([
    writeFile(files.htmlFile, html),
    writeFile(files.modelFile, JSON.stringify(model)),
    writeFile(files.claimsJsonFile, exports.claimsJson),
    writeFile(files.claimsCsvFile, exports.claimsCsv),
    writeFile(files.annotationsFile, exports.annotations),
  ]);
  return files;
}

export interface ExportFile {
  slug: string;
  name: ExportFileName;
  file: string;
}

/** The open data files in `folder`, each with its article's slug and its name in the site (file names are `<slug>.<digest>.<name>`). */
export async function listExportFiles(folder: string, only?: ExportFileName): Promise<ExportFile[]> {
  const names = await readdir(folder).catch(() => []);
  return names.flatMap((fileName) => {
    const [slug, , ...rest] = fileName.split('.');
    const name = EXPORT_FILE_NAMES.find((known) => known === rest.join('.'));
    return slug && name && (only === undefined || name === only) ? [{ slug, name, file: join(folder, fileName) }] : [];
  });
}

const allFiles = (files: ArticleFiles) => [files.htmlFile, files.modelFile, files.claimsJsonFile, files.claimsCsvFile, files.annotationsFile];

export const articleFilesExist = (files: ArticleFiles): boolean => allFiles(files).every((file) => existsSync(file));

/** Removes the files no entry names any more, once a load has succeeded. */
export async function keepOnlyArticleFiles(folder: string, kept: readonly ArticleFiles[]): Promise<void> {
  const keep = new Set(kept.flatMap(allFiles));
  const names = await readdir(folder).catch(() => []);
  await Promise.all(names.map((name) => join(folder, name)).filter((file) => !keep.has(file)).map((file) => rm(file, { force: true })));
}

export function readRenderedHtml(file: string): Promise<string> {
  return readFile(file, 'utf8');
}

/** An export as the loader wrote it, as bytes, to be sent as they are. */
export function readExportFile(file: string): Promise<Buffer> {
  return readFile(file);
}

/** The model as the loader checked it against its schema and wrote it: read back, not checked again. */
export async function readArticleModel(file: string): Promise<ArticleModel> {
  return JSON.parse(await readFile(file, 'utf8')) as ArticleModel;
}
