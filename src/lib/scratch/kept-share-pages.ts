import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/*
 * The claims' share pages of the last build, kept for the next one. A site of 1,000 articles has some
 * 100,000 of them, each in its own folder, and creating that many files and folders is most of what
 * they cost; Astro empties the output folder before each build. So when a build starts, each article's
 * folder of share pages is moved (one rename, not 100 files) out of the output into the cache, under
 * the key it was written for; when the build is done, an article whose key is unchanged gets its
 * folder moved back, and only the others are written. A folder the build does not use is removed.
 */

interface Ledger {
  /** The output folder the pages were last moved into. */
  outDir: string;
  /** Each article's key, for the share pages its folder in the output holds. */
  inOutput: Record<string, string>;
}

const ledgerFile = (cache: string) => join(cache, 'ledger.json');
const keptFolder = (cache: string, slug: string, key: string) => join(cache, 'pages', `${slug}.${key}`);
const outputFolder = (outDir: string, slug: string) => join(outDir, 'articles', slug, 'claims');

function readLedger(cache: string): Ledger | undefined {
  try {
    return JSON.parse(readFileSync(ledgerFile(cache), 'utf8')) as Ledger;
  } catch {
    return undefined;
  }
}

function writeLedger(cache: string, ledger: Ledger): void {
  mkdirSync(cache, { recursive: true });
  writeFileSync(ledgerFile(cache), JSON.stringify(ledger));
}

/** Before Astro empties `outDir`: moves the share pages the last build left there into the cache. */
export function keepLastSharePages(cache: string, output: string): void {
  const outDir = resolve(output);
  const ledger = readLedger(cache);
  if (ledger?.outDir === outDir) {
    mkdirSync(join(cache, 'pages'), { recursive: true });
    for (const [slug, key] of Object.entries(ledger.inOutput)) {
      const from = outputFolder(outDir, slug);
      const to = keptFolder(cache, slug, key);
      if (!existsSync(from) || existsSync(to)) continue;
      try {
        renameSync(from, to);
      } catch {
        // another file system, or a folder in use: these pages are written again
      }
    }
  }
  writeLedger(cache, { outDir, inOutput: {} });
}

/**
 * After the build: puts the kept share pages of an unchanged article back, or has `write` write them;
 * returns how many articles were written and how many kept.
 */
export function placeSharePages(
  cache: string,
  output: string,
  articles: readonly { slug: string; key: string }[],
  write: (slug: string, folder: string) => void,
): { written: number; kept: number } {
  const outDir = resolve(output);
  const inOutput: Record<string, string> = {};
  let kept = 0;
  for (const { slug, key } of articles) {
    const from = keptFolder(cache, slug, key);
    const to = outputFolder(outDir, slug);
    let moved = false;
    if (existsSync(from) && !existsSync(to)) {
      try {
        renameSync(from, to);
        moved = true;
      } catch {
        // written below instead
      }
    }
    if (moved) kept++;
    else write(slug, to);
    inOutput[slug] = key;
  }
  rmSync(join(cache, 'pages'), { recursive: true, force: true });
  writeLedger(cache, { outDir, inOutput });
  return { written: articles.length - kept, kept };
}
