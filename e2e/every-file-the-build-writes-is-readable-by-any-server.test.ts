import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * A web server reads the site as a user of its own (nginx's workers as www-data), and GitHub Pages'
 * upload step has refused artefacts with files it cannot read: every file must be readable by others
 * and every folder open to them, whatever folders the build made its parts in (mkdtemp makes 0700).
 */

/** Every file and folder under `root` (itself included) that another user could not read, with its mode. */
function unreadableByOthers(root: string): string[] {
  return [root, ...readdirSync(root, { recursive: true }).map((path) => join(root, String(path)))].flatMap((path) => {
    const info = statSync(path);
    const needed = info.isDirectory() ? 0o005 : 0o004;
    return (info.mode & needed) === needed ? [] : [`${path} (${(info.mode & 0o777).toString(8)})`];
  });
}

describe.each(['dist', 'dist-fixtures/small', 'dist-fixtures/base', 'dist-fixtures/many-claims'])('the site built in %s', (root) => {
  it('has no file another user cannot read, and no folder another user cannot open', () => {
    expect(unreadableByOthers(root)).toEqual([]);
  });
});
