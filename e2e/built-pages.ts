import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every HTML page of a built site, as paths relative to its root (e.g. "articles/x/index.html"). */
export function builtPages(root: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : walk(path);
      return entry.name.endsWith('.html') ? [relative(root, path)] : [];
    });
  return walk(root).sort();
}
