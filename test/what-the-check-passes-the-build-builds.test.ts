import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleCorpus } from './content-helpers.ts';
import { runBuild, runCheck } from './site-commands.ts';

afterAll(() => rmSync('.astro/data-store.json', { force: true }));

/** The build's output stops short of a crash: no stack trace into the project's code or a library's. */
const noCrash = (output: string) => {
  expect(output).not.toContain('Stack trace');
  expect(output).not.toContain('Unable to load your Astro config');
};

describe('content the check passes', () => {
  it('builds with an empty articles folder: a site without articles', () => {
    const corpus = sampleCorpus();
    rmSync(join(corpus.root, 'articles'), { recursive: true });
    mkdirSync(join(corpus.root, 'articles'));
    expect(runCheck(corpus.root).status).toBe(0);
    const build = runBuild(corpus.root, { keep: true });
    noCrash(build.output);
    expect(build.status).toBe(0);
    expect(existsSync(join(build.outDir, 'index.html'))).toBe(true);
    rmSync(build.outDir, { recursive: true, force: true });
  });
});

describe('content the check refuses', () => {
  it('without an articles folder, fails the build with the same problem and its fix, not a crash while loading the configuration', () => {
    const corpus = sampleCorpus();
    rmSync(join(corpus.root, 'articles'), { recursive: true });
    expect(runCheck(corpus.root).err).toContain('the content has no articles folder');
    const { status, output } = runBuild(corpus.root);
    expect(status).not.toBe(0);
    noCrash(output);
    expect(output).toContain('the content has no articles folder');
    expect(output).toContain('Hint:');
  });
});
