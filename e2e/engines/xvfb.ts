/**
 * A virtual X display for a browser that needs one (WebKitGTK has no headless mode): Debian's Xvfb, on
 * a display number it picks itself (`-displayfd`), so that test files running side by side never meet.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

export const XVFB = '/usr/bin/Xvfb';

export interface Display {
  /** `:N`, for the DISPLAY of the processes that draw on it. */
  name: string;
  close(): void;
}

/** Ends a child process with the process that started it, even one a failed test leaves behind. */
export function endWithThisProcess(child: ChildProcess): () => void {
  const end = () => child.kill();
  process.once('exit', end);
  return () => {
    process.off('exit', end);
    end();
  };
}

export function startXvfb(width: number, height: number): Promise<Display> {
  if (!existsSync(XVFB)) throw new Error(`${XVFB} is missing: install Debian's xvfb (apt-get install xvfb; .ci/run does).`);
  const xvfb = spawn(XVFB, ['-displayfd', '3', '-screen', '0', `${width}x${height}x24`, '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  const close = endWithThisProcess(xvfb);
  let said = '';
  xvfb.stderr!.on('data', (chunk) => (said += chunk));
  return new Promise((resolve, reject) => {
    // Xvfb writes the display's number, and a newline, once it accepts clients.
    let number = '';
    xvfb.stdio[3]!.on('data', (chunk) => {
      number += chunk;
      if (number.endsWith('\n')) resolve({ name: `:${number.trim()}`, close });
    });
    xvfb.on('error', reject);
    xvfb.on('exit', (code) => reject(new Error(`Xvfb stopped (${code}) before its display was ready:\n${said}`)));
  });
}
