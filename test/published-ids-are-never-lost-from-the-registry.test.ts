import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileSample, problemAt as at, sampleCorpus } from './content-helpers.ts';

const LIST = 'sample/published-ids.txt';

/** The sample with the registry entry of claim `analysts-disagree` deleted by hand, the claim kept. */
function entryDeleted() {
  const corpus = sampleCorpus();
  const registry = JSON.parse(corpus.read('registry.json'));
  delete registry.claims['analysts-disagree'];
  corpus.write('registry.json', JSON.stringify(registry, null, 2));
  return corpus;
}

const record = (root: string) =>
  spawnSync(process.execPath, ['scripts/record-registry.ts'], { env: { ...process.env, CONTENT_DIR: root, REGISTRY_DATE: '2026-12-24' }, encoding: 'utf8' });

describe('a registry entry deleted by hand', () => {
  it('fails the build, at the id\'s line in the list of published ids, though its claim is still on the page', async () => {
    const corpus = entryDeleted();
    const line = corpus.read('published-ids.txt').split('\n').indexOf('claim analysts-disagree') + 1;
    expect((await corpus.compile()).build).toEqual([at(LIST, line, 'the published claim id "analysts-disagree" has no entry in registry.json')]);
  });

  it('is not recorded again by `npm run registry`, which would date it today and lose its first publication and history', () => {
    const corpus = entryDeleted();
    const before = corpus.read('registry.json');
    const run = record(corpus.root);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('analysts-disagree');
    expect(corpus.read('registry.json')).toBe(before);
  });

  it('is found when the whole registry.json is deleted: every listed id is reported', async () => {
    const corpus = sampleCorpus();
    rmSync(corpus.path('registry.json'));
    const { build } = await corpus.compile();
    expect(build.filter((p) => p.problem.includes('has no entry in registry.json'))).toHaveLength(corpus.read('published-ids.txt').split('\n').filter((l) => /^(claim|paragraph) /.test(l)).length);
  });
});

describe('the list of published ids', () => {
  it('is written by `npm run registry`, which only ever adds to it', () => {
    const corpus = sampleCorpus();
    corpus.edit('published-ids.txt', (text) => text.replace('claim own-work\n', ''));
    corpus.edit('annotations.yaml', (text) => text.replace('  - { id: p-item-own-work', '  - { id: p-extra, starts: "A new" }\n  - { id: p-item-own-work'));
    corpus.edit('article.md', (text) => text.replace('## A heading', '## A heading\n\nA new paragraph.'));
    corpus.edit('annotations.yaml', (text) => text.replace('tombstones:', 'notClaims:\n  - { quote: { exact: "A new paragraph." }, reason: "A test." }\ntombstones:'));
    const run = record(corpus.root);
    expect(run.stderr).toBe('');
    const lines = corpus.read('published-ids.txt').split('\n');
    expect(lines.slice(-3)).toEqual(['paragraph p-extra', 'claim own-work', '']);
  });

  it('missing an id registry.json holds asks only the check for `npm run registry`, which lists it', async () => {
    const { build, check } = await compileSample({ 'published-ids.txt': (text) => text.replace('claim own-work\n', '') });
    expect(build).toEqual([]);
    expect(check).toEqual([expect.objectContaining({ file: expect.stringContaining('registry.json'), problem: 'the published id "own-work" is not in published-ids.txt yet' })]);
  });

  it('refuses a line it cannot read, at its line', async () => {
    const { build, corpus } = await compileSample({ 'published-ids.txt': (text) => `${text}claim Not An Id\n` });
    expect(build).toEqual([at(LIST, corpus.lineWith('published-ids.txt', 'claim Not An Id'), 'this line is not "claim <id>" or "paragraph <id>"')]);
  });
});
