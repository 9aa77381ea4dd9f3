import { registeredClaim } from '../schema/registry-schema.ts';
import type { ArticleModel } from '../schema/article-model-schema.ts';
import { articlePath } from '../site/article-paths.ts';
import type { SiteAddress } from '../../site.ts';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/**
 * An article's claims as a W3C Web Annotation collection: each claim an Annotation whose target is the
 * article page, selected by the claim's id (FragmentSelector) and its words (TextQuoteSelector); its
 * bodies are the note, the kind as a tag, and the sources as links.
 */
export function webAnnotations(slug: string, data: ArticleModel, site: SiteAddress) {
  const page = new URL(articlePath(site.base, slug), site.url).href;
  const collection = new URL('annotations.jsonld', page).href;
  const items = data.claims.map((claim) => {
    const registered = registeredClaim(data.registry, claim.id);
    return {
      id: `${collection}#${claim.id}`,
      type: 'Annotation',
      motivation: 'classifying',
      ...(registered ? { created: registered.published, modified: registered.reviewed } : {}),
      body: [
        { type: 'TextualBody', purpose: 'commenting', format: 'text/plain', language: 'en', value: claim.noteText },
        { type: 'TextualBody', purpose: 'tagging', value: claim.kind },
        ...(claim.record ? [{ type: 'TextualBody', purpose: 'classifying', value: `record: ${claim.record}` }] : []),
        // Sourced on the article's own attribution, or on the public record (the default: see kinds.ts).
        ...(claim.kind === 'sourced' ? [{ type: 'TextualBody', purpose: 'classifying', value: `basis: ${claim.basis ?? 'record'}` }] : []),
        ...claim.sources.map((id) => ({ id: data.sources[id]!.url, type: 'Text', purpose: 'linking' })),
      ],
      target: {
        source: page,
        selector: [
          { type: 'FragmentSelector', conformsTo: 'http://tools.ietf.org/rfc/rfc3987', value: claim.id },
          { type: 'TextQuoteSelector', exact: claim.text, ...(claim.quote.prefix ? { prefix: claim.quote.prefix } : {}), ...(claim.quote.suffix ? { suffix: claim.quote.suffix } : {}) },
        ],
      },
    };
  });
  return {
    '@context': ANNO_CONTEXT,
    id: collection,
    type: 'AnnotationCollection',
    label: `Claims marked in “${data.title}”`,
    total: items.length,
    first: { id: `${collection}#page-1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}
