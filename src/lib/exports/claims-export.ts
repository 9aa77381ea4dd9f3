import { articlePath, claimSharePath } from '../site/article-paths.ts';
import { registeredClaim } from '../schema/registry-schema.ts';
import type { ArticleModel } from '../schema/article-model-schema.ts';
import { findingInWords, KIND_LABEL } from '../kinds/kinds.ts';

/**
 * An article's claims as data: what `claims.json` publishes and what the search index is built from.
 * Built once per article, from the placed claims in the content collection.
 */
export function claimsExport(base: string, slug: string, data: ArticleModel) {
  const url = articlePath(base, slug);
  return {
    article: { slug, title: data.title, authors: data.authors, url },
    claims: data.claims.map((claim) => ({
      id: claim.id,
      number: claim.number,
      kind: claim.kind,
      kindLabel: KIND_LABEL[claim.kind],
      /** The kind and why, in the words of the note's summary: "Sourced — public record, confirmed". */
      finding: findingInWords(claim),
      /** The claim's own small page, with its preview for links shared in chat apps and social networks. */
      share: claimSharePath(base, slug, claim.id),
      record: claim.record ?? null,
      text: claim.text,
      sentence: claim.sentence,
      note: claim.note,
      noteText: claim.noteText,
      paragraph: claim.paragraphId,
      url: `${url}#${claim.id}`,
      link: `${url}${claim.link}`,
      published: registeredClaim(data.registry, claim.id)?.published ?? null,
      reviewed: registeredClaim(data.registry, claim.id)?.reviewed ?? null,
      quote: claim.quote,
      sources: claim.sources.map((id) => {
        const source = data.sources[id]!;
        return { id, url: source.url, title: source.title, publisher: source.publisher, date: source.date, type: source.type, copyOf: source.copyOf ?? null };
      }),
    })),
  };
}
export type ClaimsExport = ReturnType<typeof claimsExport>;
