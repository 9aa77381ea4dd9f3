import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { linkReferenceMarkers } from '../src/render/tree/reference-markers.ts';

const REFERENCES = [
  { marker: '[1]', id: 'ref-1' },
  { marker: '[2]', id: 'ref-2' },
];
const linked = (root: Element) => (linkReferenceMarkers(root, REFERENCES), toHtml(root));

describe('the article’s own reference markers', () => {
  it('each become a link to their explanation, however many share a sentence and in whatever order', () => {
    const html = linked(h('p', 'As shown [2], and again [2], after [1].'));
    expect(html.match(/<a class="ref-marker" href="#ref-2"/g)).toHaveLength(2);
    expect(html.match(/<a class="ref-marker" href="#ref-1"/g)).toHaveLength(1);
    expect(html).toContain('As shown <a');
    expect(html).toContain('>[1]</a>.');
  });

  it('stay text inside a link, even under emphasis, for a link may not hold another', () => {
    const html = linked(h('p', [h('a', { href: 'https://example.org/' }, [h('em', 'see [1]')]), ' and [1]']));
    expect(html.match(/<a /g)).toHaveLength(2);
    expect(html).toContain('<em>see [1]</em>');
  });
});
