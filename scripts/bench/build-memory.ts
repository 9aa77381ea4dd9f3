import { execFileSync } from 'node:child_process';

/** Each process's resident memory, in bytes, with its parent: `ps` is on every system the bench runs on. */
function processes(): { pid: number; ppid: number; bytes: number; name: string }[] {
  return execFileSync('ps', ['-eo', 'pid=,ppid=,rss=,comm='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .map(([pid, ppid, rss, ...name]) => ({ pid: Number(pid), ppid: Number(ppid), bytes: Number(rss) * 1024, name: name.join(' ') }));
}

/**
 * Samples the memory of a process and all its descendants (Astro's and Pagefind's processes) twice a
 * second, until stopped: the peak of their sum, and each program's own peak, since a build's memory
 * is the sum of what its processes hold at one moment.
 */
export function watchMemory(root: number): () => { peakBytes: number; peakByProgram: Record<string, number> } {
  let peakBytes = 0;
  const peakByProgram: Record<string, number> = {};
  const sample = () => {
    const all = processes();
    const tree = new Set([root]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const p of all) if (tree.has(p.ppid) && !tree.has(p.pid)) (tree.add(p.pid), (grew = true));
    }
    const mine = all.filter((p) => tree.has(p.pid));
    peakBytes = Math.max(peakBytes, mine.reduce((total, p) => total + p.bytes, 0));
    for (const p of mine) {
      // Node names its main thread, so `ps` shows Astro's process as "MainThread"; Pagefind's is its binary.
      const program = /pagefind/i.test(p.name) ? 'pagefind' : 'node';
      peakByProgram[program] = Math.max(peakByProgram[program] ?? 0, p.bytes);
    }
  };
  const timer = setInterval(sample, 500);
  return () => {
    clearInterval(timer);
    return { peakBytes, peakByProgram };
  };
}
