import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/*
 * Folders of the last build's output kept for the next build: each article's share pages (some 100 a
 * folder, 100,000 at 1,000 articles) and the search index (as many files again). Creating that many
 * files is most of what they cost, and Astro empties the output folder before each build. So when a
 * build starts, each such folder is moved (one rename) out of the output into a cache folder, under the
 * key it was made for; when the build is done, a folder whose key is unchanged is moved back, and only
 * the others are made again. A kept folder the build does not use is removed.
 *
 * Several sites may be built into one output folder in turn (the content, then a fixture, into dist/):
 * a folder is taken back only if it is the very folder this site's last build placed there (the same
 * inode, made at the same moment), never one another site's build left at the same path.
 */

interface Ledger {
  /** The output folder the folders were last moved into. */
  outDir: string;
  /** Each folder's path in the output, with the key of what it holds and which folder it was. */
  inOutput: Record<string, { key: string; folder: string }>;
}

/** Which folder stands at `path`: its device, inode and birth time, which a rename keeps. */
function folderIdentity(path: string): string | undefined {
  try {
    const stat = statSync(path, { bigint: true });
    return `${stat.dev}:${stat.ino}:${stat.birthtimeNs}`;
  } catch {
    return undefined;
  }
}

const ledgerFile = (cache: string) => join(cache, 'ledger.json');
const keptFolder = (cache: string, path: string, key: string) => join(cache, 'kept', `${path.replaceAll('/', '~')}.${key}`);

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

/** When the build starts, before Astro empties `output`: moves the folders the last build left there into `cache`. */
export function keepLastOutput(cache: string, output: string): void {
  const outDir = resolve(output);
  const ledger = readLedger(cache);
  if (ledger?.outDir === outDir) {
    mkdirSync(join(cache, 'kept'), { recursive: true });
    for (const [path, placed] of Object.entries(ledger.inOutput)) {
      const from = join(outDir, path);
      // A ledger of an older shape, or another folder in its place: made again.
      if (typeof placed !== 'object' || folderIdentity(from) !== placed.folder) continue;
      const to = keptFolder(cache, path, placed.key);
      if (existsSync(to)) continue;
      try {
        renameSync(from, to);
      } catch {
        // another file system, or a folder in use: it is made again
      }
    }
  }
  writeLedger(cache, { outDir, inOutput: {} });
}

/** Whether a folder made for `key` was kept from the last build. */
export const isKept = (cache: string, path: string, key: string): boolean => existsSync(keptFolder(cache, path, key));

/**
 * When the build is done: moves each kept folder whose key is unchanged back into `output`, and has
 * `make` make the others there; returns how many were made and how many kept. Each placed folder is
 * opened to every user (0755): a folder made with `mkdtemp` is its owner's alone (0700), and moves
 * keep a folder's mode, so a web server reading the site as another user (nginx's workers) would be
 * refused everything in it.
 */
export function placeOutput(
  cache: string,
  output: string,
  folders: readonly { path: string; key: string }[],
  make: (path: string, target: string) => void,
): { made: number; kept: number } {
  const outDir = resolve(output);
  const inOutput: Ledger['inOutput'] = {};
  let kept = 0;
  for (const { path, key } of folders) {
    const from = keptFolder(cache, path, key);
    const to = join(outDir, path);
    let moved = false;
    if (existsSync(from) && !existsSync(to)) {
      try {
        renameSync(from, to);
        moved = true;
      } catch {
        // made below instead
      }
    }
    if (moved) kept++;
    else make(path, to);
    chmodSync(to, 0o755);
    inOutput[path] = { key, folder: folderIdentity(to)! };
  }
  rmSync(join(cache, 'kept'), { recursive: true, force: true });
  writeLedger(cache, { outDir, inOutput });
  return { made: folders.length - kept, kept };
}

/**
 * Moves a folder the build made in a cache folder into the output: one rename where both are on one
 * file system, a copy otherwise (synchronous on purpose: Node's asynchronous copy of 100,000 files is
 * ten times slower).
 */
export function moveIntoOutput(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch {
    cpSync(from, to, { recursive: true });
  }
}
