import { describe, expect, it } from 'vitest';
import { updateRegistry } from '../src/lib/registry/update-registry.ts';
import { compileSample, sampleCorpus } from './content-helpers.ts';

/**
 * The reproduction: claim `crime-item` deleted without a tombstone, paragraph `p-item-crime`
 * renamed `crime-item`, and a new claim given the id `p-item-crime`. A link shared to `#crime-item`
 * would land on a paragraph, and one to `#p-item-crime` on a claim.
 */
function swapKinds() {
  const corpus = sampleCorpus();
  corpus.edit('annotations.yaml', (text) =>
    text
      .replace('{ id: p-item-crime, starts: "a list item" }', '{ id: crime-item, starts: "a list item" }')
      .replace('  - id: crime-item\n', '  - id: p-item-crime\n')
      .replace('paragraph: p-item-crime', 'paragraph: crime-item'),
  );
  return corpus;
}

describe('a published id used again for the other kind', () => {
  it('fails the build, naming both ids and what they were published for', async () => {
    const { build } = await swapKinds().compile();
    expect(build.map((p) => p.problem)).toEqual([
      'the id "crime-item" was published for a claim, and now names a paragraph: links to it would land elsewhere',
      'the id "p-item-crime" was published for a paragraph, and now names a claim: links to it would land elsewhere',
    ]);
  });

  it('is not recorded by `npm run registry` under the other kind', async () => {
    const { articles } = await swapKinds().compile();
    const { article, placed } = articles[0]!;
    const { registry, refused } = updateRegistry(article!.input.registry, placed!.paragraphs, placed!.claims, '2026-12-01');
    expect(refused).toEqual(['crime-item', 'p-item-crime']);
    expect(Object.hasOwn(registry.paragraphs, 'crime-item')).toBe(false);
    expect(Object.hasOwn(registry.claims, 'p-item-crime')).toBe(false);
  });

  it('in registry.json, under both kinds, is refused at its line', async () => {
    const { build } = await compileSample({ 'registry.json': (text) => text.replace('"p-item-own-work": {', '"crime-item": { "published": "2026-11-24", "opening": "x" },\n    "p-item-own-work": {') });
    expect(build).toContainEqual(expect.objectContaining({ file: expect.stringContaining('registry.json'), line: 11, problem: 'the id "crime-item" is recorded both as a paragraph and as a claim' }));
  });
});
