/**
 * article.md with its frontmatter's `status: draft` made `status: published`, and the comment
 * `npm run new` wrote above it ("A draft until `npm run publish`…", no longer true) taken out, every
 * other byte as it was (the lines a reviewer reads in the diff); undefined when the frontmatter has no
 * such status line.
 */
export function withStatusPublished(articleText: string): string | undefined {
  const block = /^---\r?\n[\s\S]*?\r?\n---/.exec(articleText);
  if (!block) return undefined;
  const line = /^status:([ \t]*)(["']?)draft\2([ \t]*(?:#.*)?)$/m;
  if (!line.test(block[0])) return undefined;
  const published = block[0].replace(line, 'status:$1$2published$2$3').replace(/^# A draft until `npm run publish[^\n]*\r?\n/m, '');
  return published + articleText.slice(block[0].length);
}
