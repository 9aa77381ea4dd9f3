import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { sampleCorpus } from './content-helpers.ts';
import { buildSite } from '../scripts/build-site.ts';
import { runCheck } from './site-commands.ts';

afterAll(() => rmSync('.astro/data-store.json', { force: true }));

/** A build takes from seconds to half a minute on two busy cores; a test here runs one or two. */
const BUILDS = { timeout: 180_000 };

/**
 * The site built from a content folder (removed when the test ends), whose output stops short of a
 * crash, pass or fail: no stack trace into the project's code or a library's.
 */
async function buildWithoutCrash(contentDir: string) {
  const build = await buildSite({ contentDir });
  onTestFinished(build.remove);
  expect(build.output).not.toContain('Stack trace');
  expect(build.output).not.toContain('Unable to load your Astro config');
  return build;
}

/** The sample content with no articles folder at all. */
function withoutArticlesFolder() {
  const corpus = sampleCorpus();
  rmSync(join(corpus.root, 'articles'), { recursive: true });
  return corpus;
}

describe('content the check passes', () => {
  it('builds with an empty articles folder: a site without articles', BUILDS, async () => {
    const corpus = withoutArticlesFolder();
    mkdirSync(join(corpus.root, 'articles'));
    expect(runCheck(corpus.root).status).toBe(0);
    const build = await buildWithoutCrash(corpus.root);
    expect(build.status).toBe(0);
    expect(existsSync(join(build.outDir, 'index.html'))).toBe(true);
  });
});

describe('content at the limits of what the check passes', () => {
  it('builds: an id and a folder name of 100 characters, dates at the ends of the years allowed, an article folder linked from within the content folder', BUILDS, async () => {
    const corpus = sampleCorpus();
    const longId = `a${'-b'.repeat(49)}c`;
    const longSlug = 's'.repeat(100);
    // A fresh article (nothing published, so no tombstones), recorded as `npm run registry` records it.
    rmSync(corpus.path('registry.json'));
    rmSync(corpus.path('published-ids.txt'));
    corpus.edit('annotations.yaml', (text) => text.replace('id: analysts-disagree', `id: ${longId}`).replace(/tombstones:[\s\S]*$/, ''));
    corpus.rename('sample', longSlug);
    mkdirSync(join(corpus.root, 'drafts'));
    cpSync(join(corpus.root, 'articles', longSlug), join(corpus.root, 'drafts', 'linked'), { recursive: true });
    symlinkSync(join('..', 'drafts', 'linked'), join(corpus.root, 'articles', 'linked'));
    const recorded = spawnSync(process.execPath, ['scripts/record-registry.ts'], { env: { ...process.env, CONTENT_DIR: corpus.root, REGISTRY_DATE: '1900-01-01' }, encoding: 'utf8' });
    expect(recorded.status, recorded.stderr).toBe(0);
    corpus.edit('registry.json', (text) => text.replace('"reviewed": "1900-01-01"', '"reviewed": "2999-12-31"'), longSlug);

    const check = runCheck(corpus.root);
    expect(check.err).toBe('');
    expect(check.status).toBe(0);
    const build = await buildWithoutCrash(corpus.root);
    expect(build.status, build.output.slice(-2000)).toBe(0);
    expect(existsSync(join(build.outDir, 'articles', longSlug, 'claims', longId, 'index.html'))).toBe(true);
    expect(existsSync(join(build.outDir, 'articles', 'linked', 'index.html'))).toBe(true);
  });
});

describe('content the check refuses', () => {
  it('without an articles folder, fails the build with the same problem and its fix, not a crash while loading the configuration', BUILDS, async () => {
    const corpus = withoutArticlesFolder();
    expect(runCheck(corpus.root).err).toContain('the content has no articles folder');
    const { status, output } = await buildWithoutCrash(corpus.root);
    expect(status).not.toBe(0);
    expect(output).toContain('the content has no articles folder');
    expect(output).toContain('Hint:');
  });
});
