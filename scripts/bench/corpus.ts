import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

const SEED = 'content/articles/color-revolution-in-kazakhstan-2022';

/**
 * Names the seed article is about. In each generated article most of them are swapped for made-up
 * names, so that a query such as "Masimov" matches a few articles, as in a real archive, rather than
 * every one of them.
 */
export const NAMES = [
  'Masimov', 'Tokayev', 'Nazarbayev', 'Ablyazov', 'Dzhumageldiev', 'Peker', 'NEXTA', 'Almaty', 'Zhanaozen',
  'Mangistau', 'Kyrgyzstan', 'Uzbekistan', 'Belarus', 'Turkey', 'Iran', 'China', 'CSTO', 'Erdogan', 'Maidan', 'Sadat',
];
const KEEP_NAME = 0.1;
const SYLLABLES = ['ka', 'ro', 'mi', 'tes', 'lu', 'van', 'or', 'zi', 'bek', 'an', 'du', 'sel'];

/** A deterministic generator, so that a corpus of N articles is the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

interface Unit {
  /** The block it stands in, and its line within a list block. */
  block: number;
  line: number;
  text: string;
}

interface Quote {
  exact: string;
}
interface Annotations {
  paragraphs: { id: string; starts: string }[];
  title?: unknown;
  claims: { quote: Quote }[];
  notClaims?: { quote: Quote }[];
}

/** The passages of the article, a list's items one by one, and the block each stands in. */
function unitsOf(blocks: string[]): Unit[] {
  return blocks.flatMap((block, index) => {
    if (block.startsWith('#')) return [];
    const lines = block.split('\n');
    if (lines.every((line) => line.startsWith('- '))) return lines.map((line, i) => ({ block: index, line: i, text: collapse(line.slice(2)) }));
    return [{ block: index, line: -1, text: collapse(block) }];
  });
}

const unitOf = (units: Unit[], exact: string) => units.findIndex((unit) => unit.text.includes(collapse(exact)));

/**
 * A corpus of `n` annotated articles for the scale benchmark. Each is cut from the seed article: a
 * different draw of its passages, with their claims, paragraph ids and notes, until it holds about
 * `claimsPerArticle` claims, its names swapped as above. Every article is real content: the build
 * validates it like any other, and fails if the generator ever produced a broken one.
 */
export function generateCorpus(root: string, n: number, claimsPerArticle = 100): void {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'articles'), { recursive: true });
  cpSync('content/sources.json', join(root, 'sources.json'));

  const [, frontmatter, body] = readFileSync(join(SEED, 'article.md'), 'utf8').match(/^(---\n[\s\S]*?\n---\n)([\s\S]*)$/)!;
  const blocks = body!.trim().split(/\n{2,}/);
  const units = unitsOf(blocks);
  const seed = parse(readFileSync(join(SEED, 'annotations.yaml'), 'utf8')) as Annotations;
  const claimUnits = seed.claims.map((claim) => unitOf(units, claim.quote.exact));
  if (claimUnits.includes(-1)) throw new Error('the seed has a claim the corpus generator cannot place');

  for (let i = 1; i <= n; i++) {
    const next = random(i * 7919);
    const order = units.map((_, u) => u).sort(() => next() - 0.5);
    const kept = new Set<number>();
    let claims = 0;
    for (const u of order) {
      if (claims >= claimsPerArticle) break;
      kept.add(u);
      claims += claimUnits.filter((c) => c === u).length;
    }

    const keptBlocks = blocks.flatMap((block, index) => {
      if (block.startsWith('#')) {
        const nextHeading = blocks.findIndex((b, j) => j > index && b.startsWith('#'));
        const hasText = units.some((unit, u) => kept.has(u) && unit.block > index && (nextHeading < 0 || unit.block < nextHeading));
        return hasText ? [block] : [];
      }
      const lines = block.split('\n');
      const keptLines = lines.filter((_, line) => units.some((unit, u) => kept.has(u) && unit.block === index && (unit.line === line || unit.line === -1)));
      return keptLines.length === 0 ? [] : [keptLines.join('\n')];
    });
    const keptText = (exact: string) => kept.has(unitOf(units, exact));
    const annotations: Annotations = {
      paragraphs: seed.paragraphs.filter((p) => kept.has(units.findIndex((unit) => unit.text.startsWith(collapse(p.starts))))),
      title: seed.title,
      claims: seed.claims.filter((_, c) => kept.has(claimUnits[c]!)),
      notClaims: (seed.notClaims ?? []).filter((nc) => keptText(nc.quote.exact)),
    };

    // The made-up name ends in the name's own number, so two names never become one, and is as long as
    // the name it replaces: a note the seed holds near its length limit stays within it.
    const swaps = NAMES.flatMap((name, k) => {
      if (next() < KEEP_NAME) return [];
      const letters = Math.max(2, name.length - String(k).length);
      let made = '';
      while (made.length < letters) made += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
      made = made.slice(0, letters);
      return [[new RegExp(`\\b${name}\\b`, 'g'), `${made[0]!.toUpperCase()}${made.slice(1)}${k}`] as const];
    });
    const swap = (text: string) => swaps.reduce((out, [from, to]) => out.replace(from, to), text);

    const dir = join(root, 'articles', `generated-${String(i).padStart(4, '0')}`);
    mkdirSync(dir);
    writeFileSync(join(dir, 'article.md'), `${frontmatter!.replace(/^title: "(.*)"$/m, `title: "$1 (generated ${i})"`)}\n${swap(keptBlocks.join('\n\n'))}\n`);
    writeFileSync(join(dir, 'annotations.yaml'), swap(stringify(annotations, { lineWidth: 0 })));
  }
}
