import { describe, expect, it } from 'vitest';
import type { ArticleModel } from '../src/lib/schema/article-model-schema.ts';
import { claimsExport } from '../src/lib/exports/claims-export.ts';
import { claimsCsv } from '../src/lib/exports/claims-csv.ts';
import { placeAnnotations } from '../src/lib/placing/place-annotations.ts';
import type { LocatedClaim } from '../src/lib/schema/annotation-set.ts';
import { sampleCorpus } from './content-helpers.ts';

const FILE = 'content/articles/x/annotations.yaml';
const claim = (id: string, exact: string): LocatedClaim => ({ id, kind: 'opinion', quote: { exact }, note: 'A note.', sources: [], line: 5, quoteLine: 6 });

describe('a claim shown alone', () => {
  it('carries the sentence of its paragraph in which it starts, for every claim, nested or not, and the title for the title claim', () => {
    const blocks = [{ text: 'Events began in Zhanaozen on 2 January. Then the price of gas\ndoubled overnight, and the unrest spread to other cities.' }];
    const { claims, problems } = placeAnnotations(
      blocks,
      {
        file: FILE,
        paragraphs: [{ id: 'p-events', starts: 'Events began', line: 2 }],
        title: { id: 'title-claim', kind: 'opinion', note: 'A note.', sources: [], line: 3 },
        claims: [claim('spread', 'the price of gas doubled overnight, and the unrest spread'), claim('doubled', 'gas doubled overnight'), claim('began', 'Events began in Zhanaozen')],
        notClaims: [],
        tombstones: [],
      },
      'A title as published',
    );
    expect(problems).toEqual([]);
    const second = 'Then the price of gas doubled overnight, and the unrest spread to other cities.';
    expect(claims.map((c) => [c.id, c.sentence])).toEqual([
      ['title-claim', 'A title as published'],
      ['began', 'Events began in Zhanaozen on 2 January.'],
      ['spread', second],
      ['doubled', second],
    ]);
  });

  it('has its sentence in claims.json and claims.csv', async () => {
    const corpus = sampleCorpus();
    const [compiled] = (await corpus.compile()).articles;
    const { placed, article } = compiled!;
    const data = { title: article!.frontmatter.title, authors: article!.frontmatter.authors, claims: placed!.claims, registry: article!.input.registry, sources: article!.sources } as unknown as ArticleModel;
    const exported = claimsExport('/', 'sample', data);
    const own = exported.claims.find((c) => c.id === 'own-work')!;
    expect(own.text).toBe('citing their own work[2]');
    expect(own.sentence).toBe('another item, citing their own work[2].');
    const [header, ...rows] = claimsCsv(exported).split('\r\n');
    const columns = header!.split(',');
    expect(columns.slice(columns.indexOf('text'), columns.indexOf('text') + 2)).toEqual(['text', 'sentence']);
    expect(rows.find((r) => r.startsWith('analysts-disagree,'))).toContain(',Some poor excuses for analysts disagree.,');
  });
});
