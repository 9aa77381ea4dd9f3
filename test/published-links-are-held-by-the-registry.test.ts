import { describe, expect, it } from 'vitest';
import { claimDigest } from '../src/lib/registry/claim-digest.ts';
import { checkRegistry, type RegistryCheckInput } from '../src/lib/registry/check-registry.ts';
import type { PlacedClaim } from '../src/lib/placing/place-annotations.ts';
import type { Registry } from '../src/lib/schema/registry-schema.ts';
import { fragmentWords, textDirective } from '../src/lib/placing/text-fragment.ts';
import { updateRegistry } from '../src/lib/registry/update-registry.ts';

const claim = (id: string, text: string, note = 'A note.'): PlacedClaim => ({
  id, kind: 'opinion', note, sources: [], quote: { exact: text }, text, sentence: text, number: 1, paragraphId: 'p-one',
  blockIndex: 0, start: 0, end: text.length, line: 9, link: `#${id}`, fragmentWords: 4,
});
const paragraphs = [{ id: 'p-one', text: 'Gas doubled overnight in the west.' }];

function recorded(claims: PlacedClaim[], day = '2026-11-24'): Registry {
  return updateRegistry({ paragraphs: {}, claims: {} }, paragraphs, claims, day).registry;
}
function checkBoth(registry: Registry, claims: PlacedClaim[], tombstones: RegistryCheckInput['tombstones'] = [], placedParagraphs = paragraphs, declared: string[] = []) {
  return checkRegistry({
    registry,
    registryLineOf: () => 7,
    registryFile: 'r.json',
    annotationsFile: 'a.yaml',
    tombstones,
    declaredIds: new Set(declared),
    paragraphs: placedParagraphs.map(({ id }, index) => ({ id, starts: '', line: 3 + index })),
    placedParagraphs,
    claims,
  });
}
const check = (...args: Parameters<typeof checkBoth>) => {
  const { links, unrecorded } = checkBoth(...args);
  return [...links, ...unrecorded];
};

describe('recording what is published', () => {
  it('adds every new paragraph and claim with the day it was published', () => {
    const { registry, added } = updateRegistry({ paragraphs: {}, claims: {} }, paragraphs, [claim('gas', 'Gas doubled')], '2026-11-24');
    expect(added).toEqual(['p-one', 'gas']);
    expect(registry.paragraphs['p-one']).toEqual({ published: '2026-11-24', opening: 'Gas doubled overnight in the west.' });
    expect(registry.claims.gas).toMatchObject({ published: '2026-11-24', reviewed: '2026-11-24', text: 'Gas doubled', history: [] });
  });

  it('keeps a changed note’s earlier version, dated, and dates the review', () => {
    const first = recorded([claim('gas', 'Gas doubled', 'First note.')]);
    const { registry, changed } = updateRegistry(first, paragraphs, [claim('gas', 'Gas doubled', 'Second note.')], '2026-12-01');
    expect(changed).toEqual(['gas']);
    expect(registry.claims.gas).toMatchObject({ published: '2026-11-24', reviewed: '2026-12-01', note: 'Second note.' });
    expect(registry.claims.gas!.history).toEqual([{ date: '2026-11-24', kind: 'opinion', record: null, note: 'First note.', text: 'Gas doubled' }]);
  });

  it('never removes a published id', () => {
    const first = recorded([claim('gas', 'Gas doubled')]);
    const { registry } = updateRegistry(first, paragraphs, [], '2026-12-01');
    expect(Object.keys(registry.claims)).toEqual(['gas']);
  });
});

describe('the registry check', () => {
  const registry = recorded([claim('gas', 'Gas doubled'), claim('west', 'in the west')]);

  it('passes when every published id is still on the page, unchanged', () => {
    expect(check(registry, [claim('gas', 'Gas doubled'), claim('west', 'in the west')])).toEqual([]);
  });

  it('fails when a published id is gone without a tombstone, and says how to keep its links', () => {
    const problems = check(registry, [claim('gas', 'Gas doubled')]);
    expect(problems).toEqual([expect.objectContaining({ problem: 'the published id "west" is no longer on the page, and has no tombstone; links to it would break', fix: expect.stringContaining('tombstones: - { id: west, date: YYYY-MM-DD, replacedBy:') })]);
  });

  it('accepts a gone id with a tombstone that points to a live id', () => {
    expect(check(registry, [claim('gas', 'Gas doubled')], [{ id: 'west', date: '2026-12-01', reason: 'Merged.', replacedBy: 'gas', line: 4 }])).toEqual([]);
    expect(check(registry, [claim('gas', 'Gas doubled')], [{ id: 'west', date: '2026-12-01', reason: 'Removed.', paragraph: 'p-one', line: 4 }])).toEqual([]);
  });

  it('refuses a tombstone that points nowhere, or buries a live or never-published id', () => {
    const problems = check(registry, [claim('gas', 'Gas doubled'), claim('west', 'in the west')], [
      { id: 'west', date: '2026-12-01', reason: 'x', replacedBy: 'nowhere', line: 4 },
      { id: 'never', date: '2026-12-01', reason: 'x', paragraph: 'p-one', line: 5 },
    ]);
    expect(problems.map((p) => [p.line, p.problem])).toEqual([
      [4, '"west" has a tombstone but is still on the page'],
      [4, 'the tombstone of "west" points to "nowhere", which is not on the page'],
      [5, '"never" has a tombstone but was never published'],
    ]);
  });

  it('does not call a tombstone\'s target missing when the target\'s own entry is refused for a mistake of its own', () => {
    const published = recorded([claim('gas', 'Gas doubled'), claim('west', 'in the west'), claim('old', 'overnight')]);
    const tombstones = [{ id: 'old', date: '2026-12-01', reason: 'Merged.', replacedBy: 'west', line: 4 }];
    expect(check(published, [claim('gas', 'Gas doubled')], tombstones, paragraphs, ['gas', 'west'])).toEqual([]);
  });

  it('refuses a tombstone whose paragraph is not a paragraph id', () => {
    const problems = check(registry, [claim('gas', 'Gas doubled')], [{ id: 'west', date: '2026-12-01', reason: 'Removed.', paragraph: 'gas', line: 4 }]);
    expect(problems).toEqual([expect.objectContaining({ line: 4, problem: 'the tombstone of "west" names "gas" as its paragraph, which is not a paragraph id' })]);
  });

  it('fails when a claim now marks other words than were published, naming both', () => {
    const problems = check(registry, [claim('gas', 'Gas tripled'), claim('west', 'in the west')]);
    expect(problems[0]).toMatchObject({ file: 'a.yaml', line: 9, problem: 'the claim "gas" now marks "Gas tripled", but was published marking "Gas doubled"', fix: expect.stringContaining('give it a new id and a tombstone for "gas"') });
  });

  it('fails when an annotation changed but was not recorded, so that its history is kept', () => {
    const problems = check(registry, [claim('gas', 'Gas doubled', 'A new note.'), claim('west', 'in the west')]);
    expect(problems).toEqual([expect.objectContaining({ problem: 'the annotation of "gas" changed since it was last recorded' })]);
  });

  it('fails when an id on the page was never recorded', () => {
    const problems = check(registry, [claim('gas', 'Gas doubled'), claim('west', 'in the west'), claim('new', 'overnight')]);
    expect(problems).toEqual([expect.objectContaining({ file: 'a.yaml', line: 9, problem: 'the claim id "new" is not recorded as published' })]);
  });

  it('points at the published id\'s line in registry.json when it is gone', () => {
    expect(check(registry, [claim('gas', 'Gas doubled')])[0]).toMatchObject({ file: 'r.json', line: 7 });
  });

  it('fails the build on what breaks a published link, and only the check on what is merely unrecorded', () => {
    expect(checkBoth(registry, [claim('gas', 'Gas doubled')]).links).toHaveLength(1);
    expect(checkBoth(registry, [claim('gas', 'Gas doubled'), claim('west', 'in the west'), claim('new', 'overnight')])).toEqual({
      links: [],
      unrecorded: [expect.objectContaining({ problem: 'the claim id "new" is not recorded as published' })],
    });
  });

  it('does not call a published claim gone when its entry is still in the file but has a mistake of its own', () => {
    expect(check(registry, [claim('gas', 'Gas doubled')], [], paragraphs, ['west'])).toEqual([]);
  });

  it('fails when a paragraph id now names another paragraph than the one it was published for', () => {
    const two = [
      { id: 'p-one', text: 'Gas doubled overnight in the west.' },
      { id: 'p-two', text: 'Secondly, the army moved.' },
    ];
    const published = updateRegistry({ paragraphs: {}, claims: {} }, two, [], '2026-11-24').registry;
    const swapped = [
      { id: 'p-one', text: 'Secondly, the army moved.' },
      { id: 'p-two', text: 'Gas doubled overnight in the west.' },
    ];
    const { links } = checkBoth(published, [], [], swapped);
    expect(links.map((p) => p.problem)).toEqual([
      'the paragraph id "p-one" now names the paragraph starting "Secondly, the army moved.", but was published for the one starting "Gas doubled overnight in the west."',
      'the paragraph id "p-two" now names the paragraph starting "Gas doubled overnight in the west.", but was published for the one starting "Secondly, the army moved."',
    ]);
  });

  describe('two list items that open alike', () => {
    const items = [
      { id: 'p-gas', text: 'The government raised gas prices in January, citing their own report.' },
      { id: 'p-bread', text: 'The government raised bread prices in March, citing their own work[2].' },
    ];
    const published = updateRegistry({ paragraphs: {}, claims: {} }, items, [], '2026-11-24').registry;
    const swapped = [
      { id: 'p-gas', text: items[1]!.text },
      { id: 'p-bread', text: items[0]!.text },
    ];

    it('fail the build when their ids swap, though each shares most words with its recorded opening', () => {
      const { links, unrecorded } = checkBoth(published, [], [], swapped);
      expect(unrecorded).toEqual([]);
      expect(links.map((p) => p.problem)).toEqual([
        `the paragraph id "p-gas" now names the paragraph starting "${items[1]!.text}", but was published for the one starting "${items[0]!.text}"`,
        `the paragraph id "p-bread" now names the paragraph starting "${items[0]!.text}", but was published for the one starting "${items[1]!.text}"`,
      ]);
    });

    it('are not recorded by `npm run registry` when their ids swap', () => {
      const { registry, changed, refused } = updateRegistry(published, swapped, [], '2026-12-01');
      expect(refused).toEqual(['p-gas', 'p-bread']);
      expect(changed).toEqual([]);
      expect(registry.paragraphs).toEqual(published.paragraphs);
    });

    it('fail the build when an id moves to a new paragraph that opens like the one it was published for', () => {
      const moved = [
        { id: 'p-gas', text: 'The government raised bread prices in March, citing their own work[2].' },
        { id: 'p-new', text: 'The government raised gas prices in January, citing their own report.' },
      ];
      const { links } = checkBoth({ ...published, paragraphs: { 'p-gas': published.paragraphs['p-gas']! } }, [], [], moved);
      expect(links.map((p) => p.problem)).toEqual([expect.stringContaining('the paragraph id "p-gas" now names the paragraph starting "The government raised bread')]);
    });

    it('still let an edit of one item\'s own opening words be recorded', () => {
      const edited = [{ id: 'p-gas', text: 'The government raised the gas prices in January, citing its own report.' }, items[1]!];
      expect(checkBoth(published, [], [], edited)).toEqual({
        links: [],
        unrecorded: [expect.objectContaining({ problem: 'the opening words of paragraph "p-gas" changed since they were recorded' })],
      });
      expect(updateRegistry(published, edited, [], '2026-12-01')).toMatchObject({ changed: ['p-gas'], refused: [] });
    });
  });

  it('treats an id named like a property of every object ("constructor") as any other id', () => {
    const withConstructor = recorded([claim('gas', 'Gas doubled')]);
    expect(check(withConstructor, [claim('gas', 'Gas doubled'), claim('constructor', 'in the west')])).toEqual([
      expect.objectContaining({ problem: 'the claim id "constructor" is not recorded as published' }),
    ]);
    const { registry: next, added } = updateRegistry(withConstructor, [{ id: 'constructor', text: 'A paragraph.' }], [claim('constructor', 'in the west')], '2026-12-01');
    expect(added).toEqual(['constructor', 'constructor']);
    expect(next.claims.constructor).toMatchObject({ published: '2026-12-01', history: [] });
  });

  it('digests everything a reader is told about a claim', () => {
    const base = { kind: 'opinion', sources: ['S1'], note: 'n', text: 't' };
    expect(claimDigest(base)).not.toBe(claimDigest({ ...base, sources: ['S2'] }));
    expect(claimDigest(base)).not.toBe(claimDigest({ ...base, record: 'confirmed' }));
    expect(claimDigest({ ...base, kind: 'sourced' })).not.toBe(claimDigest({ ...base, kind: 'sourced', basis: 'article' }));
  });

  it('keeps the digests recorded before claims stated a basis', () => {
    const base = { kind: 'sourced', record: 'confirmed', sources: ['S1'], note: 'n', text: 't' };
    expect(claimDigest(base)).toBe(claimDigest({ ...base, basis: undefined }));
  });
});

describe('the text fragment of a claim’s link', () => {
  const article = 'The price of gas doubled. The price of gas fell in May. Crime rose in the south of the country.';
  const directive = (claim: string) => textDirective(claim, fragmentWords(claim, article));

  it('uses the claim’s opening words, at least four', () => {
    expect(fragmentWords('Crime rose in the south of the country', article)).toBe(4);
    expect(directive('Crime rose in the south of the country')).toBe(':~:text=Crime%20rose%20in%20the');
  });

  it('takes more words until they name one place in the article', () => {
    expect(fragmentWords('The price of gas fell in May', article)).toBe(5);
    expect(directive('The price of gas fell in May')).toBe(':~:text=The%20price%20of%20gas%20fell');
  });

  it('counts a place as taken whatever its case, as browsers match text fragments without regard to case', () => {
    const text = 'The presence of the army was felt. the presence of the police too.';
    expect(fragmentWords('The presence of the army', text)).toBe(5);
  });

  it('takes the whole of a short claim', () => {
    expect(directive('Crime rose')).toBe(':~:text=Crime%20rose');
  });

  it('escapes the characters a text directive reserves', () => {
    expect(textDirective('Aktau, Aktobe - and more')).toBe(':~:text=Aktau%2C%20Aktobe%20%2D%20and');
  });
});
