import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { compileSample } from './content-helpers.ts';

/** The notice a link to a retired id lands on, as the article's page shows it. */
async function notice(rename: (annotations: string) => string, id: string): Promise<string> {
  const { articles, build } = await compileSample({ 'annotations.yaml': rename });
  expect(build).toEqual([]);
  return toString(select(`#${id} .tombstone-notice`, fromHtml(articles[0]!.html!, { fragment: true }))!);
}

describe('a link to a retired claim id', () => {
  it('says a renamed claim is now that claim: it marks the words the old id was published with', async () => {
    const text = await notice(
      (yaml) => yaml.replace('id: analysts-disagree', 'id: analysts-dispute').replace('tombstones:\n', 'tombstones:\n  - { id: analysts-disagree, date: 2026-12-01, replacedBy: analysts-dispute, reason: "Renamed." }\n'),
      'analysts-disagree',
    );
    expect(text).toBe('The link you followed (#analysts-disagree) was changed on 1 December 2026: Renamed. It is now claim 2, here.');
  });

  it('says a merged claim is now part of the claim that took its words in', async () => {
    const text = await notice((yaml) => yaml, 'gas-price-rise');
    expect(text).toContain('It is now part of claim 1, here.');
  });
});
