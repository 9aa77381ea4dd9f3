import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSample, problemAt as at, sampleCorpus } from './content-helpers.ts';

describe('links and images in the article follow the rules of notes', () => {
  it.each([
    ['a javascript: link around a claim', '[The price of gas doubled overnight](javascript:alert(1)).', 'links to "javascript:alert(1)"'],
    ['a javascript: autolink', 'The price of gas doubled overnight. <javascript:alert(1)>', 'links to "javascript:alert(1)"'],
    ['a data: link', 'The price of gas doubled overnight. [x](data:text/html,hi)', 'links to "data:text/html,hi"'],
    ['a remote image', 'The price of gas doubled overnight. ![x](https://example.org/x.png)', 'contains an image'],
    ['a data: image', 'The price of gas doubled overnight. ![x](data:image/svg+xml,<svg/>)', 'contains an image'],
  ])('refuses %s, at its line in article.md', async (_what, line) => {
    const { build, articles } = await compileSample({ 'article.md': (text) => text.replace('The price of gas doubled overnight.', line) });
    expect(build).toContainEqual(at('sample/article.md', 10, _what.includes('image') ? 'the article contains an image' : 'the article links to'));
    expect(build.find((p) => p.file.endsWith('article.md'))!.problem).toContain(_what.includes('image') ? 'image' : line.match(/"?(javascript|data)[^)>]*/)![0]!.slice(0, 15));
    // What was refused is not in the HTML either, should anything ever publish it.
    expect(articles[0]!.html).not.toMatch(/href="(javascript|data):|<img/);
  });

  it('lets an http(s) or www. address be a link, leaving the site with the safe rel', async () => {
    const { build, articles } = await compileSample({ 'article.md': (text) => text.replace('Some *poor excuses*', 'See www.example.org and [this](https://example.org/a). Some *poor excuses*') });
    expect(build.filter((p) => p.file.endsWith('article.md'))).toEqual([]);
    expect(articles[0]!.html).toContain('<a href="http://www.example.org" rel="external noopener noreferrer">');
    expect(articles[0]!.html).toContain('<a href="https://example.org/a" rel="external noopener noreferrer">');
  });
});

describe('earlier versions of notes, which readers see', () => {
  it('keep the rules of notes: a javascript: link in registry.json is refused at its line', async () => {
    const corpus = sampleCorpus();
    const registry = JSON.parse(corpus.read('registry.json'));
    registry.claims['gas-doubled'].history.push({ date: '2026-11-20', kind: 'opinion', record: null, note: 'See [x](javascript:alert(1)) ![i](https://e.org/i.png)', text: 'The price of gas doubled overnight' });
    corpus.write('registry.json', JSON.stringify(registry, null, 2));
    const { build } = await corpus.compile();
    const line = corpus.lineWith('registry.json', 'javascript:');
    expect(build).toEqual([at('registry.json', line, 'an earlier version of the note of "gas-doubled": links to "javascript:alert(1)"'), at('registry.json', line, 'contains an image')]);
  });
});

describe('earlier versions of notes speak to readers too', () => {
  it('refuses the internal words "stored" and "dossier" in registry.json, at their line', async () => {
    const { build, corpus } = await compileSample({ 'registry.json': (text) => text.replace('"note": "The first version of this note."', '"note": "Confirmed by a stored source in the Dossier."') });
    const line = corpus.lineWith('registry.json', 'stored source');
    expect(build).toEqual([at('registry.json', line, 'an earlier version of the note of "gas-doubled": uses the internal word "stored", which readers do not know')]);
  });
});

describe('published links hold in the build, not only in the check', () => {
  it('fails the build when a published claim id is removed without a tombstone', async () => {
    const { build } = await compileSample({ 'annotations.yaml': (text) => text.replace('id: analysts-disagree', 'id: analysts-differ') });
    expect(build).toContainEqual(expect.objectContaining({ file: expect.stringContaining('registry.json'), problem: expect.stringContaining('the published id "analysts-disagree" is no longer on the page') }));
  });

  it('fails the build when a tombstone points to an id that does not exist', async () => {
    const { build } = await compileSample({ 'annotations.yaml': (text) => text.replace('replacedBy: gas-doubled', 'replacedBy: gas-tripled') });
    expect(build).toContainEqual(expect.objectContaining({ problem: 'the tombstone of "gas-price-rise" points to "gas-tripled", which is not on the page' }));
  });

  it('fails the build when two paragraph ids swap paragraphs, so a shared link would land on the wrong one', async () => {
    const { build } = await compileSample({ 'annotations.yaml': (text) => text.replace('starts: "a list item"', 'starts: "TMP"').replace('starts: "another item"', 'starts: "a list item"').replace('starts: "TMP"', 'starts: "another item"') });
    expect(build.map((p) => p.problem).sort()).toEqual([
      'the paragraph id "p-item-crime" now names the paragraph starting "another item, citing their own work[2].", but was published for the one starting "a list item about crime;"',
      'the paragraph id "p-item-own-work" now names the paragraph starting "a list item about crime;", but was published for the one starting "another item, citing their own work[2]."',
    ]);
  });
});

describe('no input crashes the check or hides another problem', () => {
  it('reports a folder without article.md as a problem, and still checks the others and its annotations', async () => {
    const corpus = sampleCorpus();
    mkdirSync(corpus.path('annotations.yaml', 'empty-folder').replace(/annotations.yaml$/, ''));
    corpus.write('annotations.yaml', 'paragraphs: []\n', 'empty-folder');
    const { build } = await corpus.compile();
    expect(build).toEqual([
      at('empty-folder/article.md', 1, 'the article folder "empty-folder" has no article.md'),
      at('empty-folder/annotations.yaml', 1, 'paragraphs: list at least one paragraph id'),
    ]);
  });

  it('reports a frontmatter fence with a trailing space together with the text\'s and the annotations\' own problems', async () => {
    const { build } = await compileSample({ 'article.md': (text) => text.replace(/^---\n/, '--- \n').replace('## A heading', '## A heading <b>x</b>'), 'annotations.yaml': (text) => text.replace('exact: "a list item about crime"', 'exact: "a list item about crimes"') });
    expect(build).toEqual(
      expect.arrayContaining([
        at('article.md', 1, 'the frontmatter\'s "---" line has spaces or tabs after it'),
        at('article.md', 12, 'the article contains raw HTML ("<b>")'),
        at('annotations.yaml', 18, 'the quote of "crime-item" is not in the article'),
      ]),
    );
  });

  it('checks the text of an article without frontmatter all the same', async () => {
    const { build } = await compileSample({ 'article.md': (text) => text.replace(/^---\n[\s\S]*?\n---\n/, '').replace('## A heading', '## A heading <b>x</b>') });
    expect(build).toEqual(expect.arrayContaining([at('article.md', 1, 'the article has no frontmatter'), at('article.md', 4, 'the article contains raw HTML ("<b>")')]));
  });

  it('checks annotations.yaml when article.md is missing', async () => {
    const corpus = sampleCorpus();
    rmSync(corpus.path('article.md'));
    corpus.edit('annotations.yaml', (text) => text.replace('kind: opinion', 'kind: rumour'));
    const { build } = await corpus.compile();
    expect(build).toEqual(expect.arrayContaining([at('sample/article.md', 1, 'has no article.md'), at('annotations.yaml', 13, 'claims[1].kind')]));
  });

  it.each([
    ['is missing', (corpus: ReturnType<typeof sampleCorpus>) => rmSync(corpus.path('annotations.yaml')), at('sample/annotations.yaml', 1, 'has no annotations.yaml')],
    ['is not valid YAML', (corpus: ReturnType<typeof sampleCorpus>) => corpus.edit('annotations.yaml', (text) => `${text}\n  - { id: x, kind: "opinion }\n`), expect.objectContaining({ file: expect.stringContaining('annotations.yaml'), problem: expect.stringContaining('this is not valid YAML') })],
    [
      'holds an alias bomb beside a tag js-yaml refuses',
      (corpus: ReturnType<typeof sampleCorpus>) =>
        corpus.edit('annotations.yaml', (text) => `bin: !!binary aGVsbG8=\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 9 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(', ')}]`).join('\n')}\n${text}`),
      expect.objectContaining({ file: expect.stringContaining('annotations.yaml'), problem: expect.stringContaining('this is not valid YAML') }),
    ],
  ])('checks the text of article.md when annotations.yaml %s', async (_what, breakIt, annotationsProblem) => {
    const corpus = sampleCorpus();
    breakIt(corpus);
    corpus.edit('article.md', (text) => text.replace('## A heading', '## A heading <b>x</b>'));
    const { build } = await corpus.compile();
    expect(build).toEqual(expect.arrayContaining([annotationsProblem, at('article.md', 12, 'the article contains raw HTML ("<b>")')]));
  });

  it('reports content without an articles folder as a problem, not a crash', async () => {
    const corpus = sampleCorpus();
    rmSync(join(corpus.root, 'articles'), { recursive: true });
    const { build } = await corpus.compile();
    expect(build).toEqual([expect.objectContaining({ file: expect.stringMatching(/articles$/), line: 1, problem: 'the content has no articles folder', fix: expect.stringContaining('create the folder articles/') })]);
  });

  it('accepts "constructor" as a claim id and as a paragraph id, recorded or not', async () => {
    const { check } = await compileSample({ 'annotations.yaml': (text) => text.replace('id: analysts-disagree', 'id: constructor').replace('id: p-item-crime', 'id: toString'.toLowerCase()) });
    expect(check.map((p) => p.problem)).toEqual(
      expect.arrayContaining([
        'the claim id "constructor" is not recorded as published',
        'the paragraph id "tostring" is not recorded as published',
      ]),
    );
  });

  it('reports a frontmatter mistake together with the text\'s own: raw HTML and a quote not found (and not the sentence that claim most likely covers)', async () => {
    const { build } = await compileSample({ 'article.md': (text) => text.replace('authors: [A. Author]', 'authors: []').replace('## A heading', '## A heading <b>bold</b>'), 'annotations.yaml': (text) => text.replace('exact: "a list item about crime"', 'exact: "a list item about crimes"') });
    expect(build).toHaveLength(4);
    expect(build).toEqual(
      expect.arrayContaining([
        at('article.md', 3, 'frontmatter authors'),
        at('annotations.yaml', 18, 'the quote of "crime-item" is not in the article'),
        at('article.md', 12, 'the article contains raw HTML ("<b>")'),
        at('article.md', 12, 'the article contains raw HTML ("</b>")'),
      ]),
    );
  });

  it('reports one bad address in sources.json once, and nothing that only follows from it', async () => {
    const { build } = await compileSample({ 'sources.json': (text) => text.replace(/"url": "https:[^"]*"/, '"url": "ftp://example.org/x"') });
    expect(build).toEqual([at('sources.json', 4, 'a source address must be an http(s) URL')]);
  });

  it.each([
    ['a user name before the host, which shows the publisher\'s name and leads elsewhere', 'https://www.gov.kz@evil.example/login', 'an address with a user name or password'],
    ['a user name and password', 'https://user:secret@example.org/a', 'an address with a user name or password'],
    ['a leading space', ' https://example.org/a', 'white space'],
    ['a trailing line break', 'https://example.org/a\n', 'white space'],
  ])('refuses a source address with %s, at its line', async (_what, url, problem) => {
    expect((await compileSample({ 'sources.json': (text) => text.replace('"https://example.org/gas-prices"', JSON.stringify(url)) })).build).toEqual([at('sources.json', 4, problem)]);
  });

  it('refuses an address with a user name as the original\'s address in the frontmatter', async () => {
    expect((await compileSample({ 'article.md': (text) => text.replace('url: null', 'url: "https://www.gov.kz@evil.example/login"') })).build).toEqual([at('article.md', 4, 'an address with a user name or password')]);
  });

  it('reports a JSON syntax error in sources.json at its line, and no citation as unknown because of it', async () => {
    const { check } = await compileSample({ 'sources.json': (text) => text.replace('"publisher": "Example Wire",', '"publisher": "Example Wire"'), 'article.md': (text) => text.replace('references:', 'copies:\n  - { source: S001, note: "A copy." }\nreferences:') });
    expect(check.length).toBeGreaterThan(0);
    expect(check).toEqual(check.map(() => expect.objectContaining({ file: expect.stringContaining('sources.json'), line: 7, problem: expect.stringContaining('this is not valid JSON') })));
  });

  it('reports a JSON syntax error in registry.json at its line, and nothing about published ids because of it', async () => {
    const { check } = await compileSample({ 'registry.json': (text) => text.replace('"published": "2026-11-24",', '"published": "2026-11-24"') });
    expect(check.length).toBeGreaterThan(0);
    expect(check).toEqual(check.map(() => expect.objectContaining({ file: expect.stringContaining('registry.json'), line: 5, problem: expect.stringContaining('not valid JSON') })));
  });

  it('refuses a sources.json written in YAML, with an anchor and an alias: it is read as JSON', async () => {
    const corpus = sampleCorpus();
    const entry = (id: string, url: string) => `- id: ${id}\n  url: ${url}\n  title: null\n  publisher: Example Wire\n  date: null\n  says: []\n`;
    corpus.write('sources.json', entry('S001', '&url https://example.org/a') + entry('S002', '*url'));
    const { build } = await corpus.compile();
    expect(build).toEqual([at('sources.json', 1, 'this is not valid JSON')]);
  });

  it('refuses the id "__proto__" in registry.json, which a reader of YAML drops without a word', async () => {
    const { build, corpus } = await compileSample({ 'registry.json': (text) => text.replace('"crime-rise": {', '"__proto__": {') });
    expect(build).toContainEqual(at('registry.json', corpus.lineWith('registry.json', '__proto__'), 'claims.__proto__'));
  });

  it('refuses a key registry.json does not know, at its line, "__proto__" included', async () => {
    expect((await compileSample({ 'registry.json': (text) => text.replace('"note": "Loaded wording.",', '"note": "Loaded wording.", "__proto__": { "kind": "sourced" },') })).build).toEqual([at('registry.json', 40, 'Unrecognized key: "__proto__"')]);
  });

  it('holds the note registry.json records for a claim to the rules of notes, as it will be shown once it is an earlier version', async () => {
    expect((await compileSample({ 'registry.json': (text) => text.replace('"note": "Loaded wording."', '"note": "See [x](javascript:alert(1)), from the dossier."') })).build).toEqual([
      at('registry.json', 40, 'the recorded note of "analysts-disagree": links to "javascript:alert(1)"'),
      at('registry.json', 40, 'the recorded note of "analysts-disagree": uses the internal word "dossier"'),
    ]);
  });

  it('reports a source id used twice in sources.json at the later entry, once', async () => {
    const corpus = sampleCorpus();
    corpus.edit('sources.json', (text) => {
      const [entry] = JSON.parse(text);
      return JSON.stringify([entry, { ...entry, title: 'Another' }], null, 2);
    });
    expect((await corpus.compile()).build).toEqual([at('sources.json', 13, 'the source id S001 is used twice')]);
  });

  it('reports a copy in the frontmatter that names a source not in sources.json, at its line', async () => {
    expect((await compileSample({ 'article.md': (text) => text.replace('references:', 'copies:\n  - { source: S999, note: "A copy." }\nreferences:') })).build).toEqual([at('article.md', 6, 'the copy S999 is not in the project\'s source list')]);
  });

  it('refuses an earlier version of a note longer than 1,000 characters, at its line in registry.json', async () => {
    const { build, corpus } = await compileSample({ 'registry.json': (text) => text.replace('"note": "The first version of this note."', `"note": "${'word '.repeat(250)}"`) });
    expect(build).toEqual([at('registry.json', corpus.lineWith('registry.json', 'word word'), 'an earlier version of the note of "gas-doubled": is 1250 characters long, more than the 1000 a note may have')]);
  });

  it('reads an article.md that starts with a byte-order mark as any other', async () => {
    expect((await compileSample({ 'article.md': (text) => `\uFEFF${text}` })).build).toEqual([]);
  });

  it('names an invisible character in a quote, which would otherwise look identical to the text', async () => {
    const { build } = await compileSample({ 'annotations.yaml': (text) => text.replace('exact: "a list item about crime"', 'exact: "a list item about\u200B crime"') });
    expect(build[0]).toEqual(at('annotations.yaml', 18, 'U+200B (zero-width space)'));
  });

  it('refuses a bidirectional override in the article\'s text', async () => {
    expect((await compileSample({ 'article.md': (text) => text.replace('a list item', 'a list \u202Eitem') })).build).toContainEqual(at('article.md', 14, 'U+202E (right-to-left override)'));
  });

  it.each([
    ['U+061C (Arabic letter mark)', '\u061C'],
    ['U+E0041 (tag character)', '\u{E0041}'],
    ['U+2064 (invisible operator)', '\u2064'],
    ['U+180E (Mongolian vowel separator)', '\u180E'],
    ['U+FE0F (variation selector)', '\uFE0F'],
    ['U+0007 (bell, a control character)', '\u0007'],
    ['U+001B (escape, a control character)', '\u001B'],
    ['U+0000 (null, a control character)', '\u0000'],
    ['U+009B (a control character)', '\u009B'],
  ])('refuses the invisible character %s in a note and in the article\'s text, by name', async (named, char) => {
    const { build } = await compileSample({ 'annotations.yaml': (text) => text.replace('note: "Loaded wording."', `note: "Loaded${char} wording."`), 'article.md': (text) => text.replace('a list item', `a list${char} item`) });
    expect(build).toEqual(expect.arrayContaining([at('annotations.yaml', 15, named), at('article.md', 14, named)]));
  });

  it('refuses a control character written as a YAML escape ("\\e", "\\a", "\\0") in annotations.yaml', async () => {
    expect((await compileSample({ 'annotations.yaml': (text) => text.replace('note: "Loaded wording."', 'note: "Loaded \\e[2J \\a \\0 wording."') })).build).toEqual([at('annotations.yaml', 15, 'U+001B (escape, a control character), U+0007 (bell, a control character), U+0000 (null, a control character)')]);
  });

  it.each([
    ['written as it is', '\u202E'],
    ['written as a JSON escape', '\\u202E'],
  ])('refuses a bidirectional override in registry.json and sources.json, %s', async (_how, written) => {
    const { build, corpus } = await compileSample({ 'registry.json': (text) => text.replace('"note": "The first version of this note."', `"note": "The first ${written}version of this note."`), 'sources.json': (text) => text.replace('"publisher": "Example Wire"', `"publisher": "Example ${written}Wire"`) });
    const registryLine = corpus.lineWith('registry.json', 'first ');
    expect(build).toEqual(expect.arrayContaining([at('registry.json', registryLine, 'U+202E (right-to-left override)'), at('sources.json', 6, 'U+202E (right-to-left override)')]));
  });

  it('reports overlapping claims without a false "starts inside a link or emphasis"', async () => {
    const { build } = await compileSample({ 'annotations.yaml': (text) => text.replace('exact: "for analysts disagree"', 'exact: "overnight. Some"') });
    expect(build.some((p) => p.problem.includes('overlap in the text'))).toBe(true);
    expect(build.some((p) => p.problem.includes('starts inside a link'))).toBe(false);
  });
});

describe('quotes and lists nested thousands deep', () => {
  const nested = Array.from({ length: 30 }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n');
  it.each([
    ['3,000 ">" on one line', '>'.repeat(3000) + ' x', 14],
    ['3,000 "- " on one line', '- '.repeat(3000) + 'x', 14],
    ['20,000 ">" on one line', '>'.repeat(20000) + ' x', 14],
    ['a list nested 30 deep by indentation (at its 21st level)', nested, 34],
    ['21 ">" on one line', '>'.repeat(21) + ' x', 14],
  ])('are refused at their line, %s, and the rest of the text is still checked', async (_what, text, line) => {
    const { build, check } = await compileSample({ 'article.md': (article) => article.replace('## A heading', `## A heading <b>bold</b>\n\n${text}`) });
    const deep = at('article.md', line, 'the article nests quotes, lists or emphasis more than 20 levels deep');
    expect(build).toContainEqual(deep);
    expect(check).toContainEqual(deep);
    expect(build).toContainEqual(at('article.md', 12, 'the article contains raw HTML ("<b>")'));
    expect(build.filter((p) => p.problem.includes('nests'))).toHaveLength(1);
  });

  it.each([
    ['a bullet list', (i: number) => `${'  '.repeat(i)}- level ${i + 1}`],
    ['an ordered list', (i: number) => `${'   '.repeat(i)}1. level ${i + 1}`],
    ['a list with a blank line between its levels', (i: number) => `${'  '.repeat(i)}- level ${i + 1}\n`],
  ])('are refused at once, and at their line, when %s nests 1,000 deep by indentation (800 levels took a minute to parse)', async (_what, line) => {
    const corpus = sampleCorpus();
    const nestedDeep = Array.from({ length: 1000 }, (_, i) => line(i)).join('\n');
    corpus.edit('article.md', (article) => article.replace('## A heading', `## A heading\n\n${nestedDeep}`));
    const started = performance.now();
    const { build } = await corpus.compile();
    // Well under the time a parser that costs the cube of the depth would take, on a busy machine too.
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(build.filter((p) => p.problem.includes('nests'))).toEqual([at('article.md', 14 + 20 * Math.round(nestedDeep.split('\n').length / 1000), 'the article nests quotes, lists or emphasis more than 20 levels deep')]);
  });

  it('are accepted up to 20 levels', async () => {
    const { build } = await compileSample({ 'article.md': (article) => article.replace('## A heading', `## A heading\n\n${'>'.repeat(20)} x`) });
    expect(build.filter((p) => p.problem.includes('nests'))).toEqual([]);
  });
});

describe('ids and folder names', () => {
  it('refuses a claim id equal to a section heading\'s id', async () => {
    expect((await compileSample({ 'article.md': (text) => text.replace('## A heading', '## A section'), 'annotations.yaml': (text) => text.replace('id: analysts-disagree', 'id: a-section') })).build).toContainEqual(expect.objectContaining({ problem: expect.stringContaining('the id "a-section" is also the id of a section heading') }));
  });

  it.each([
    ['a heading whose id is one of the page\'s own', '### Main', 'article.md', 'the heading "Main" gets the id "main", which is an id the page itself uses'],
    ['a first-level heading named like the page\'s title', '# Article title', 'article.md', 'gets the id "article-title", which is an id the page itself uses'],
    ['a heading in the family of the notes\' ids', '## Note gas doubled', 'article.md', 'gets the id "note-gas-doubled", which is in the family of ids ("note-…")'],
    ['a lower heading whose id is a claim\'s', '### Gas doubled', 'annotations.yaml', 'the id "gas-doubled" is also the id of a section heading of the article (the heading "Gas doubled"'],
    ['a heading whose id is a tombstone\'s', '## Gas price rise', 'annotations.yaml', 'the id "gas-price-rise" is also the id of a section heading of the article'],
  ])('refuses %s, so that no id is on the page twice', async (_what, heading, file, problem) => {
    const { build } = await compileSample({ 'article.md': (text) => text.replace('## A heading', `## A heading\n\n${heading}`), 'annotations.yaml': (text) => text.replace('  - { id: p-item-crime', '  - { id: p-extra, starts: "x" }\n  - { id: p-item-crime') });
    expect(build).toContainEqual(expect.objectContaining({ file: expect.stringContaining(file), problem: expect.stringContaining(problem) }));
  });

  it('refuses a reference marker listed twice, which would give two entries one id', async () => {
    expect((await compileSample({ 'article.md': (text) => text.replace('references:', 'references:\n  - { marker: "[2]", note: "Again." }') })).build).toEqual([at('article.md', 7, 'the marker [2] is listed twice')]);
  });

  it('refuses two tombstones for one id', async () => {
    expect((await compileSample({ 'annotations.yaml': (text) => `${text}  - { id: gas-price-rise, date: 2026-12-01, replacedBy: gas-doubled, reason: "Again." }\n` })).build).toEqual([at('annotations.yaml', 33, 'the id "gas-price-rise" already has a tombstone at line 31')]);
  });

  it('refuses a footnote in the article, whose ids a claim could repeat ("footnote-label")', async () => {
    const { build, articles } = await compileSample({ 'article.md': (text) => text.replace('disagree.', 'disagree.[^1]\n\n[^1]: A footnote.') });
    expect(build).toEqual(expect.arrayContaining([at('article.md', 10, 'the article contains a footnote ("[^1]")'), at('article.md', 12, 'the article contains a footnote ("[^1]")')]));
    expect(articles[0]!.html).not.toContain('footnote-label');
  });

  it('refuses a claim id ending "-heading", which the page of changes gives the heading of another claim\'s section', async () => {
    expect((await compileSample({ 'annotations.yaml': (text) => text.replace('id: analysts-disagree', 'id: gas-doubled-heading') })).build).toContainEqual(expect.objectContaining({ problem: 'the id "gas-doubled-heading" is in the family of ids ("…-heading") the site makes for its own parts, so the page would have it twice' }));
  });

  it('refuses a folder name longer than 100 characters, which the site\'s own files could not be named after', async () => {
    const corpus = sampleCorpus();
    corpus.rename('sample', 'a'.repeat(101));
    const { build } = await corpus.compile();
    expect(build).toContainEqual(expect.objectContaining({ problem: 'the folder name is 101 characters long; an article\'s address has at most 100' }));
  });

  it.each([['Sample'], ['sample '], ['e\u0301tude'], ['étude']])('refuses the folder name %j, which could have a twin', async (name) => {
    const corpus = sampleCorpus();
    corpus.rename('sample', name);
    const { build } = await corpus.compile();
    expect(build).toContainEqual(expect.objectContaining({ problem: `the folder name ${JSON.stringify(name)} cannot be the article's address` }));
  });
});
