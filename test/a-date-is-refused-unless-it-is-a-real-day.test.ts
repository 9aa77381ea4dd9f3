import { describe, expect, it } from 'vitest';
import { isoDateSchema } from '../src/lib/schema/annotation-schema.ts';
import { compileSample, problemAt as at } from './content-helpers.ts';

describe('a date in the registry or a tombstone', () => {
  it.each([['2026-13-45'], ['2026-02-31'], ['0000-00-00'], ['2025-02-29'], ['0999-12-31']])('is refused as %s, which is no day the site was published on', (date) => {
    expect(isoDateSchema.safeParse(date).success).toBe(false);
  });

  it.each([['2024-02-29'], ['2026-12-31'], ['1999-01-01']])('is accepted as %s', (date) => {
    expect(isoDateSchema.safeParse(date).success).toBe(true);
  });

  it.each([
    ['reviewed', ['"reviewed": "2026-11-24"', '"reviewed": "2026-13-45"']],
    ['published', ['"published": "2026-11-20"', '"published": "0000-00-00"']],
    ['of an earlier version', ['"date": "2026-11-20"', '"date": "2026-02-31"']],
  ] as const)('is reported at its line in registry.json when it is impossible (%s), not as a crash of the article', async (_what, [from, to]) => {
    const { build, corpus } = await compileSample({ 'registry.json': (text) => text.replace(from, to) });
    expect(build).toEqual([at('registry.json', corpus.lineWith('registry.json', to), 'a date is a real day')]);
  });

  it('is reported at the tombstone\'s line in annotations.yaml when it is impossible', async () => {
    const { build } = await compileSample({ 'annotations.yaml': (text) => text.replace('{ id: gas-price-rise, date: 2026-11-30', '{ id: gas-price-rise, date: 2026-13-45') });
    expect(build).toContainEqual(at('annotations.yaml', 31, 'tombstones[0]'));
    expect(build.map((p) => p.problem).join('\n')).not.toContain('could not be turned into a page');
  });
});
