import { beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from './site-commands.ts';

const FILE = 'test/fixtures/broken-links/articles/edited/annotations.yaml';
const REGISTRY = 'test/fixtures/broken-links/articles/edited/registry.json';

describe('npm run check on an article edited after publication', () => {
  let result: ReturnType<typeof runCheck>;
  beforeAll(() => {
    result = runCheck('test/fixtures/broken-links');
  });

  it('exits non-zero', () => {
    expect(result.status).toBe(1);
  });

  it.each([
    ['a passage edited under its claim', `${FILE}:6: the quote of "gas-doubled" is not in the article: "The price of gas doubled overnight"`],
    ['an id removed without a tombstone, at its entry in the registry', `${REGISTRY}:29: the published id "bread-cheap" is no longer on the page, and has no tombstone`],
  ])('reports %s, with file:line and a fix', (_what, line) => {
    expect(result.err).toContain(line);
    expect(result.err.slice(result.err.indexOf(line)).split('\n')[1]).toMatch(/^ {4}Fix: /);
  });

  it('does not report the sentence that edit left uncovered, which is most likely the edited claim\'s', () => {
    expect(result.err).not.toContain('belongs to no claim');
  });

  it('reports them all in one run, then what is not yet recorded, in one line', () => {
    expect(result.err).toContain('2 problem(s) found.');
    expect(result.err.indexOf('2 problem(s) found.')).toBeLessThan(result.err.indexOf('not yet recorded'));
    expect(result.err).toContain('edited: 2 ids and changes not yet recorded as published (p-prices, bread-cheap-for-now); `npm run registry` records them');
  });

  it('lists what is not yet recorded entry by entry, with file:line, on request', () => {
    const { err } = runCheck('test/fixtures/broken-links', ['--all']);
    expect(err).toContain(`${FILE}:10: the claim id "bread-cheap-for-now" is not recorded as published`);
    expect(err).toContain(`${FILE}:2: the opening words of paragraph "p-prices" changed since they were recorded`);
  });

  it('prints the coverage on request, naming the sentence no claim covers', () => {
    expect(result.out).not.toContain('sentences covered');
    const { out } = runCheck('test/fixtures/broken-links', ['--coverage']);
    expect(out).toContain('✗ ¶1   p-prices  2/3 sentences covered, 2 claims\n        not covered: "The price of gas rose sharply overnight."');
  });
});

describe('npm run check on the published content', () => {
  it('passes, and prints each article’s claims by kind', () => {
    const { status, out } = runCheck('content');
    expect(status).toBe(0);
    expect(out).toMatch(/^color-revolution-in-kazakhstan-2022: \d+ claims \(\d+ sourced, \d+ unsourced, \d+ opinion\) in 36 paragraphs$/m);
    expect(out).toContain('Content is valid');
  });
});
