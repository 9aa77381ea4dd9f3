import type { ArticleEntry } from './article-entry-schema.ts';
import { KIND_LABEL } from './kinds.ts';
import { noteToText } from './note-text.ts';

export const articlePath = (slug: string) => `/articles/${slug}/`;

/**
 * An article's claims as data: what `claims.json` publishes and what the search index is built from.
 * Built once per article, from the placed claims in the content collection.
 */
export function claimsExport(slug: string, data: ArticleEntry) {
  const url = articlePath(slug);
  return {
    article: { slug, title: data.title, authors: data.authors, url },
    claims: data.claims.map((claim) => ({
      id: claim.id,
      number: claim.number,
      kind: claim.kind,
      kindLabel: KIND_LABEL[claim.kind],
      record: claim.record ?? null,
      text: claim.text,
      note: claim.note,
      noteText: noteToText(claim.note),
      paragraph: claim.paragraphId,
      url: `${url}#${claim.id}`,
      quote: claim.quote,
      sources: claim.sources.map((id) => {
        const source = data.sources[id]!;
        return { id, url: source.url, title: source.title, publisher: source.publisher, date: source.date };
      }),
    })),
  };
}
export type ClaimsExport = ReturnType<typeof claimsExport>;
