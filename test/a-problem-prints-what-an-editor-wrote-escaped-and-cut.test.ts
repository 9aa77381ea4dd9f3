import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../src/lib/problems/content-problem.ts';
import { sampleCorpus } from './content-helpers.ts';

const problem = (text: string) => formatProblem({ file: 'a/annotations.yaml', line: 3, problem: text, fix: 'copy the words exactly' });

describe('a problem as the check and the build print it', () => {
  it('shows control characters an editor wrote as escapes, so that they cannot act on the terminal', () => {
    const printed = problem('the quote of "x" is not in the article: "\u001B[2J\u0007\u0000 \u009B"');
    expect(printed).toContain('"\\u001B[2J\\u0007\\u0000 \\u009B"');
    expect(printed).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
  });

  it('keeps its two lines: a line break inside the problem is shown as an escape', () => {
    expect(problem('a\nFix: forged').split('\n')).toHaveLength(2);
  });

  it('cuts a long value, saying how much it left out, and keeps the end of the message', () => {
    const printed = problem(`the quote of "x" is not in the article: "${'x'.repeat(1_000_000)}" (line 3)`);
    expect(printed.length).toBeLessThan(1_000);
    expect(printed).toMatch(/… \[\d[\d,]* characters left out\] …/);
    expect(printed).toContain('" (line 3)\n    Fix: copy the words exactly');
  });

  it('leaves an ordinary problem as it is', () => {
    expect(problem('the quote of "x" is not in the article: "gas tripled"')).toBe(
      'a/annotations.yaml:3: the quote of "x" is not in the article: "gas tripled"\n    Fix: copy the words exactly',
    );
  });
});

describe('npm run check on a quote an editor pasted with terminal codes and a megabyte of one word', () => {
  it('prints neither the codes nor the megabyte', () => {
    const corpus = sampleCorpus();
    corpus.edit('annotations.yaml', (text) =>
      text.replace('exact: "a list item about crime"', 'exact: "a list \\e[2J item"').replace('exact: "for analysts disagree"', `exact: "${'y'.repeat(1_000_000)}"`),
    );
    const run = spawnSync(process.execPath, ['scripts/check.ts'], { env: { ...process.env, CONTENT_DIR: corpus.root }, encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(run.status).toBe(1);
    expect(run.stderr).not.toContain('\u001B');
    expect(run.stderr).toContain('\\u001B[2J');
    expect(run.stderr.length).toBeLessThan(20_000);
  });
});
