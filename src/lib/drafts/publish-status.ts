/**
 * article.md with its frontmatter's `status: draft` made `status: published`, every other byte as it
 * was (the line a reviewer reads in the diff); undefined when the frontmatter has no such line.
 */
export function withStatusPublished(articleText: string): string | undefined {
  const block = /^---\r?\n[\s\S]*?\r?\n---/.exec(articleText);
  if (!block) return undefined;
  const line = /^status:([ \t]*)(["']?)draft\2([ \t]*(?:#.*)?)$/m;
  if (!line.test(block[0])) return undefined;
  return block[0].replace(line, 'status:$1$2published$2$3') + articleText.slice(block[0].length);
}
