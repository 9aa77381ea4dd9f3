import { splitSentences } from '../placing/sentences.ts';
import { quoteForPassage } from '../placing/quote-for-passage.ts';
import type { Quote } from '../schema/annotation-schema.ts';
import { plainTextToMarkdown } from './plain-text.ts';
import { idFromWords } from './suggest-id.ts';

/*
 * What `npm run new` writes for a text: article.md, the text with a frontmatter to complete, and
 * annotations.yaml, every paragraph named and every sentence a draft entry, so that the article's
 * coverage starts complete and the editor classifies rather than hunts.
 */

const yamlString = (text: string) => JSON.stringify(text); // a JSON string is a YAML double-quoted scalar

/** A placeholder the check lists as left to do, and refuses in a published article (left-to-do.ts). */
export const toDo = (what: string) => `(to do: ${what})`;

export interface TextFile {
  /** The article's Markdown body. */
  body: string;
  /** The title, when the text gave one (a first line standing alone, or a leading "# " heading). */
  title?: string;
}

/**
 * The text of a `.txt` or `.md` file as the article's body and, where it has one, its title: a plain
 * text's first paragraph when it is one short line with no full stop (a headline), a Markdown text's
 * leading `# ` heading (the page gives the title its own heading) or its frontmatter's `title`.
 */
export function readTextFile(text: string, kind: 'txt' | 'md'): TextFile {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (kind === 'md') {
    const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(normalised);
    const rest = frontmatter ? normalised.slice(frontmatter[0].length) : normalised;
    const fromFrontmatter = frontmatter && /^title:\s*["']?(.+?)["']?\s*$/m.exec(frontmatter[1]!)?.[1];
    const heading = /^\s*# (.+)\n/.exec(rest);
    const body = (heading ? rest.slice(heading[0].length) : rest).trim();
    const title = heading?.[1]?.trim() ?? fromFrontmatter ?? undefined;
    return { body: `${body}\n`, ...(title ? { title } : {}) };
  }
  const [first, ...others] = normalised.trim().split(/\n[ \t]*\n+/);
  const headline = first !== undefined && others.length > 0 && !first.includes('\n') && first.split(/\s+/).length <= 20 && !/[.!?:;,]$/.test(first.trim());
  return headline ? { title: first.trim(), body: plainTextToMarkdown(others.join('\n\n')) } : { body: plainTextToMarkdown(normalised) };
}

/** article.md: `status: draft`, the frontmatter to complete (placeholders and nulls, each with its rule), then the text. */
export function articleMarkdown({ title, authors, body }: { title?: string | undefined; authors?: readonly string[]; body: string }): string {
  const authorList = authors && authors.length > 0 ? authors : [toDo('the author or authors, as published')];
  return `---
# A draft until \`npm run publish -- <slug>\` (docs/editing.md): served by \`npm run dev\`, left out of the site.
status: draft
title: ${yamlString(title ?? toDo('the title, as published'))}
authors: [${authorList.map(yamlString).join(', ')}]
original:
  publisher: ${yamlString(toDo('who first published it, or null if not known'))}
  url: null   # the original's address, copied from it: never guessed, null when not known
  date: null  # the day it was first published, YYYY-MM-DD, or null
copies: []        # copies found, by source id: - { source: S132, note: "What this copy is" }
references: []    # the authors' own reference markers in the text: - { marker: "[2]", note: "What it refers to" }
---

${body.trimEnd()}
`;
}

const quoteYaml = ({ exact, prefix, suffix }: Quote) =>
  `{ exact: ${yamlString(exact)}${prefix !== undefined ? `, prefix: ${yamlString(prefix)}` : ''}${suffix !== undefined ? `, suffix: ${yamlString(suffix)}` : ''} }`;

/** The shortest opening of at least four words that no other paragraph starts with (the whole paragraph at most). */
function openingWords(paragraphs: readonly string[], index: number): string {
  const words = paragraphs[index]!.trim().split(/\s+/);
  const others = paragraphs.filter((_, i) => i !== index).map((p) => p.trim().replace(/\s+/g, ' '));
  for (let n = Math.min(4, words.length); n <= words.length; n++) {
    const opening = words.slice(0, n).join(' ');
    if (!others.some((p) => p.startsWith(opening))) return opening;
  }
  return words.join(' ');
}

/**
 * annotations.yaml for paragraphs as readers see them (their text after the Markdown): an id and
 * `starts:` for each, then under `claims:` a draft entry for each sentence, paragraph by paragraph.
 * A sentence that no prefix or suffix within its paragraph tells apart from a twin is left out and
 * counted (`unnamed`), for the check to report as uncovered.
 */
export function draftAnnotationsYaml(paragraphs: readonly string[]): { yaml: string; paragraphIds: string[]; drafts: number; unnamed: number } {
  const taken = new Set<string>();
  const ids = paragraphs.map((text) => {
    const id = idFromWords(text, taken, { prefix: 'p-', count: 3 });
    taken.add(id);
    return id;
  });
  const blocks = paragraphs.map((text) => ({ text }));
  let drafts = 0;
  let unnamed = 0;
  const entries = paragraphs.map((text, blockIndex) => {
    const lines = splitSentences(text).flatMap(({ start, end }) => {
      const quote = quoteForPassage(blocks, blockIndex, start, end);
      if (!quote) {
        unnamed++;
        return [];
      }
      drafts++;
      return [`  - draft: ${quoteYaml(quote)}`];
    });
    return [``, `  # ¶${blockIndex + 1} ${ids[blockIndex]}`, ...lines].join('\n');
  });
  const yaml = `# Annotations of article.md: data beside the article, never edits to its text (docs/editing.md).
# Written by \`npm run new\`: every paragraph with its id, and every sentence as a draft entry to classify.

# Every paragraph and list item, in order, named by its opening words. Once the article is published,
# an id keeps pointing at the same passage for good.
paragraphs:
${paragraphs.map((_, i) => `  - { id: ${ids[i]}, starts: ${yamlString(openingWords(paragraphs, i))} }`).join('\n')}

# Claims, in reading order. Each \`- draft:\` entry is a sentence not yet classified: replace it with one
# or more claims (sourced, unsourced or opinion), or, if it asserts nothing, with a notClaims entry.
# The editor's panel under \`npm run dev\` does it from a selection in the page.
claims:
${entries.join('\n')}
`;
  return { yaml, paragraphIds: ids, drafts, unnamed };
}
