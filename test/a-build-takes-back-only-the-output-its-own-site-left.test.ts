import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isKept, keepLastOutput, placeOutput } from '../src/lib/build-cache/kept-output.ts';

/*
 * Two sites built in turn into one output folder (the content, then a fixture, into dist/), each with
 * its own cache: a build keeps the search index or share pages its own site's last build placed, never
 * the folder another site's build left at the same path.
 */
const root = mkdtempSync(join(tmpdir(), 'kept-output-'));
const output = join(root, 'dist');
const cacheOf = (site: string) => join(root, 'cache', site);
afterAll(() => rmSync(root, { recursive: true, force: true }));

function build(site: string, key: string): { made: number; kept: number } {
  keepLastOutput(cacheOf(site), output);
  rmSync(output, { recursive: true, force: true }); // Astro empties the output folder
  mkdirSync(output, { recursive: true });
  return placeOutput(cacheOf(site), output, [{ path: 'pagefind', key }], (_path, target) => {
    mkdirSync(target);
    writeFileSync(join(target, 'index.txt'), site);
  });
}
const index = () => readFileSync(join(output, 'pagefind', 'index.txt'), 'utf8');

describe('a build over the last output', () => {
  it('takes back its own site’s folder when its key is unchanged', () => {
    expect(build('content', 'same')).toEqual({ made: 1, kept: 0 });
    expect(build('content', 'same')).toEqual({ made: 0, kept: 1 });
    expect(index()).toBe('content');
  });

  it('makes its folder again when another site was built into the same output in between', () => {
    expect(build('fixture', 'other')).toEqual({ made: 1, kept: 0 });
    expect(index()).toBe('fixture');
    keepLastOutput(cacheOf('content'), output);
    expect(isKept(cacheOf('content'), 'pagefind', 'same')).toBe(false);
    expect(build('content', 'same')).toEqual({ made: 1, kept: 0 });
    expect(index()).toBe('content');
  });
});
