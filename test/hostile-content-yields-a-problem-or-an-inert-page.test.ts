import fc from 'fast-check';
import { existsSync, lstatSync, mkdtempSync, renameSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { PAGE_IDS } from '../src/lib/site/page-ids.ts';
import { MARKER_JOINER } from '../src/render/tree/claim-markup.ts';
import { sampleCorpus } from './content-helpers.ts';

/**
 * What a hostile editor might type, in the article, a note, a quote, an id or the registry; and what a
 * careless one might leave: impossible dates, ids past their length, files linked from elsewhere.
 */
const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '[x](javascript:alert(1))',
  '[the ministry](https://www.gov.kz@evil.example/login)',
  '[x](JaVaScRiPt:alert(1))',
  '[x]( javascript:alert(1))',
  '<javascript:alert(1)>',
  '[x](data:text/html;base64,PHNjcmlwdD4=)',
  '![x](https://example.org/x.png)',
  '![x](data:image/svg+xml,<svg onload=alert(1)>)',
  '[x][r]\n\n[r]: javascript:alert(1)',
  'www.example.org',
  '<https://example.org>',
  '&lt;script&gt;',
  '<!-- comment -->',
  '<iframe src=//example.org></iframe>',
  '<style>*{display:none}</style>',
  '\u202Egnp.exe',
  'zero\u200Bwidth',
  '>'.repeat(3000),
  '*'.repeat(2000),
  '[' .repeat(500),
  'constructor',
  '__proto__',
  'Main',
  'Gas doubled',
  'Note gas doubled',
  'Article title',
  '[^1]',
  '[^1]: a footnote',
  '- '.repeat(3000),
  'x\u{E0041}\u2064\u061C\u180E',
  'bell\u0007 escape\u001B[2J null\u0000 c1\u009B',
  'escaped \\e[2J \\a \\u0007',
  'x'.repeat(5000),
  // A list nested 25 deep by indentation, which the parser reads at a cost of the cube of its depth.
  Array.from({ length: 25 }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n'),
];
/** What an editor might start a line with: the Markdown that opens a block. */
const BLOCK = ['', '# ', '## ', '### ', '- ', '> ', '> - ', '1. ', '- > ', '> > > '];
const IDS = [
  'constructor', '__proto__', 'main', 'note-gas-doubled', 'ref-2', 'a-heading', 'Upper', 'has space', 'toString', 'valid-id', 'gas-doubled', 'gas-price-rise', 'p-price',
  // At the length limit, and one past it.
  `a${'-b'.repeat(49)}c`, 'a'.repeat(101),
];
/** Days real and impossible, at the ends of the years a date may have. */
const DATES = ['2026-13-45', '2026-02-31', '0000-00-00', '2025-02-29', '2024-02-29', '1900-01-01', '1899-12-31', '2999-12-31', '3000-01-01'];
/** The files of the sample article a symbolic link may stand in for. */
const LINKED = ['article.md', 'annotations.yaml', 'registry.json', 'published-ids.txt'] as const;

const hostile = fc.constantFrom(...HOSTILE);
const mutation = fc.oneof(
  fc.record({ where: fc.constant('article' as const), text: hostile, line: fc.constantFrom(10, 14, 15) }),
  fc.record({ where: fc.constant('block' as const), text: hostile, block: fc.constantFrom(...BLOCK), line: fc.constantFrom(9, 11, 13, 15) }),
  fc.record({ where: fc.constant('reference' as const), text: fc.constantFrom('[2]', '[3]', '2', '[x]'), note: hostile }),
  fc.record({ where: fc.constant('tombstone' as const), text: fc.constantFrom(...IDS), to: fc.constantFrom(...IDS), paragraph: fc.boolean() }),
  fc.record({ where: fc.constant('note' as const), text: hostile, claim: fc.nat(4) }),
  fc.record({ where: fc.constant('quote' as const), text: fc.oneof(hostile, fc.string({ maxLength: 12 })), claim: fc.nat(4) }),
  fc.record({ where: fc.constant('id' as const), text: fc.constantFrom(...IDS), claim: fc.nat(4) }),
  fc.record({ where: fc.constant('kind' as const), text: fc.constantFrom('rumour', 'sourced', 'opinion', '', 'constructor'), claim: fc.nat(4) }),
  fc.record({ where: fc.constant('history' as const), text: hostile }),
  fc.record({ where: fc.constant('frontmatter' as const), text: hostile }),
  fc.record({ where: fc.constant('date' as const), text: fc.constantFrom(...DATES), field: fc.constantFrom('published', 'reviewed', 'history', 'tombstone') }),
  fc.record({ where: fc.constant('link' as const), text: fc.constantFrom(...LINKED), outside: fc.boolean() }),
);

const yamlString = (text: string) => JSON.stringify(text);

/** Applies one mutation to a fresh copy of the sample corpus. */
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function corpusWith(mutations: Mutation[]) {
  const corpus = sampleCorpus();
  for (const m of mutations) {
    if (m.where === 'article') {
      corpus.edit('article.md', (text) => text.split('\n').map((line, i) => (i + 1 === m.line ? `${line} ${m.text}` : line)).join('\n'));
    } else if (m.where === 'block') {
      // On a line of its own, after the line given: block syntax (headings, lists, quotes) opens there.
      corpus.edit('article.md', (text) => text.split('\n').map((line, i) => (i + 1 === m.line ? `${line}\n\n${m.block}${m.text}\n` : line)).join('\n'));
    } else if (m.where === 'reference') {
      corpus.edit('article.md', (text) => text.replace('references:', `references:\n  - { marker: ${yamlString(m.text)}, note: ${yamlString(m.note)} }`));
    } else if (m.where === 'tombstone') {
      const target = m.paragraph ? `paragraph: ${yamlString(m.to)}` : `replacedBy: ${yamlString(m.to)}`;
      corpus.edit('annotations.yaml', (text) => `${text}  - { id: ${yamlString(m.text)}, date: 2026-12-01, ${target}, reason: "Generated." }\n`);
    } else if (m.where === 'history') {
      const registry = JSON.parse(corpus.read('registry.json'));
      registry.claims['analysts-disagree'].history.push({ date: '2026-11-20', kind: 'opinion', record: null, note: m.text, text: 'for analysts disagree' });
      corpus.write('registry.json', JSON.stringify(registry));
    } else if (m.where === 'date') {
      if (m.field === 'tombstone') corpus.edit('annotations.yaml', (text) => text.replace('date: 2026-11-30', `date: ${m.text}`));
      else corpus.edit('registry.json', (text) => text.replace(m.field === 'history' ? '"date": "2026-11-20"' : `"${m.field}": "2026-11-24"`, `"${m.field === 'history' ? 'date' : m.field}": "${m.text}"`));
    } else if (m.where === 'link') {
      // The file moved out of the article's folder, outside the content folder or beside it, and linked back.
      const to = m.outside ? join(mkdtempSync(join(tmpdir(), 'linked-')), m.text) : join(corpus.root, `linked-${m.text}`);
      if (existsSync(corpus.path(m.text)) && !lstatSync(corpus.path(m.text)).isSymbolicLink()) {
        renameSync(corpus.path(m.text), to);
        symlinkSync(to, corpus.path(m.text));
      }
    } else if (m.where === 'frontmatter') {
      corpus.edit('article.md', (text) => text.replace('title: "A sample article"', `title: ${yamlString(m.text)}`));
    } else {
      corpus.edit('annotations.yaml', (text) => {
        let seen = -1;
        return text.replace(/^  - id: (.*)\n((?:    .*\n)*)/gm, (entry: string, id: string) => {
          seen++;
          if (seen !== m.claim) return entry;
          if (m.where === 'note') return entry.replace(/^    note: .*$/m, `    note: ${yamlString(m.text)}`);
          if (m.where === 'quote') return entry.replace(/exact: "[^"]*"/, `exact: ${yamlString(m.text)}`);
          if (m.where === 'kind') return entry.replace(/kind: \w+/, `kind: ${yamlString(m.text)}`);
          return entry.replace(`id: ${id}`, `id: ${yamlString(m.text)}`);
        });
      });
    }
  }
  return corpus;
}

/** Whatever in the HTML could run, load or leave the site unsafely. */
function liveHostility(html: string): string[] {
  const found: string[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => {
    if (['script', 'img', 'iframe', 'object', 'embed', 'style', 'svg'].includes(node.tagName)) found.push(`<${node.tagName}>`);
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name)) found.push(`${name} on <${node.tagName}>`);
      // Live: anything but the web, an in-page id, or the article's page of changes (/articles/<slug>/changes/#id).
      if ((name === 'href' || name === 'src') && !/^(https?:\/\/|#|\/articles\/[a-z0-9-]+\/changes\/#[\w-]+$)/i.test(String(value))) found.push(`${name}=${String(value).slice(0, 30)}`);
      if (name === 'href' && /^[a-z]+:\/\/[^/?#]*@/i.test(String(value))) found.push(`a user name before the host: ${String(value).slice(0, 40)}`);
    }
    if (node.tagName === 'a' && /^https?:/i.test(String(node.properties.href)) && String(node.properties.rel) !== 'external,noopener,noreferrer') {
      found.push(`external link without the safe rel: ${String(node.properties.href)}`);
    }
  });
  return found;
}

/** The ids that more than one element of the article carries, with the ids the page gives its own parts. */
function repeatedIds(html: string): string[] {
  const seen = new Map<string, number>([...PAGE_IDS].map((id) => [id, 1]));
  visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => {
    const { id } = node.properties;
    if (typeof id === 'string') seen.set(id, (seen.get(id) ?? 0) + 1);
  });
  return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
}

const RUNS = Number(process.env.HOSTILE_RUNS ?? 40);

describe('hostile content, generated', () => {
  it(`yields, every time, problems that each name a file, a line and a fix, or a page with nothing hostile live (${RUNS} runs, fixed seed)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        const corpus = corpusWith(mutations);
        const { build, articles } = await corpus.compile();
        for (const problem of build) {
          expect(problem.file).toMatch(/(article\.md|annotations\.yaml|registry\.json|published-ids\.txt|sources\.json)$/);
          expect(problem.line).toBeGreaterThanOrEqual(1);
          expect(problem.fix.length).toBeGreaterThan(10);
        }
        if (build.length > 0) return;
        for (const { html } of articles) {
          expect(liveHostility(html!)).toEqual([]);
          expect(repeatedIds(html!)).toEqual([]);
          // The one invisible character the page adds itself: the word joiner that keeps a claim's marker on its line.
          expect(html!.replaceAll(MARKER_JOINER, '').match(/[\p{Default_Ignorable_Code_Point}\p{Bidi_Control}]/gu) ?? []).toEqual([]);
          // Nor a control character but white space, which would reach the page, the CSV and a terminal.
          expect(html!.match(/[^\P{Cc}\t\n\r]/gu) ?? []).toEqual([]);
        }
      }),
      { seed: 20261127, numRuns: RUNS },
    );
  });

  it('finds an id carried twice, so that the property above can fail', () => {
    expect(repeatedIds('<h2 id="x">a</h2><p id="x">b</p><h3 id="main">c</h3>')).toEqual(['main', 'x']);
  });

  it('finds hostility where it is live, so that the property above can fail', () => {
    expect(liveHostility('<p><a href="javascript:x">x</a><img src="https://e.org/i.png"><a href="https://e.org">e</a></p>')).toHaveLength(3);
  });
});
