import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ARTICLE_FILE, PUBLISHED_IDS_FILE } from '../reading/content-layout.ts';
import { readArticle } from '../reading/read-article.ts';
import { readPublishedIds } from '../reading/read-published-ids.ts';
import { parseYamlSource } from '../reading/yaml-source.ts';
import { isDraft } from './article-status.ts';

/**
 * Whether a production build leaves the article out: it is a draft (article-status.ts) that has
 * published nothing. Read before the article is compiled, so that a draft costs a build nothing and a
 * mistake in it, which the editor is still at, does not stop the build of the published articles; its
 * frontmatter need only say `status: draft` (the rest may be unfinished or wrong). A draft that has
 * published ids is built, and fails for being a draft (publishedDraftProblems).
 */
export async function leftOutOfBuild(contentDir: string, slug: string): Promise<boolean> {
  const folder = join(contentDir, 'articles', slug);
  const text = await readFile(join(folder, ARTICLE_FILE), 'utf8').catch(() => undefined);
  if (text === undefined) return false;
  const read = readArticle(text, ARTICLE_FILE);
  const status = read.article ? read.article.frontmatter.status : frontmatterStatus(text);
  if (!isDraft({ status: status === 'draft' ? 'draft' : undefined })) return false;
  const listed = readPublishedIds(await readFile(join(folder, PUBLISHED_IDS_FILE), 'utf8').catch(() => undefined), PUBLISHED_IDS_FILE).listed;
  return listed.length === 0;
}

/** The `status` of a frontmatter the schema refused, read from its YAML as it stands. */
function frontmatterStatus(text: string): unknown {
  const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
  const value = block === undefined ? undefined : parseYamlSource(block).value;
  return typeof value === 'object' && value !== null && Object.hasOwn(value, 'status') ? (value as { status: unknown }).status : undefined;
}
