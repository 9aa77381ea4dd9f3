import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from './free-port.ts';

/** Debian's nginx (`apt-get install nginx`; .ci/run installs it on a fresh machine). */
export const NGINX = '/usr/sbin/nginx';
/** The server block docs/hosting.md gives a deployer: the browser tests serve the site with this file. */
export const DOCUMENTED_SITE = 'docs/nginx-site.conf';
/** The user Debian's stock nginx.conf runs the workers as: they, not root, read the site's files. */
const WORKER_USER = 'www-data';

/** The documented server block, with the tests' `root` and address in place of a deployer's. */
export function siteConfig(documented: string, root: string, port: number): string {
  const lines: [RegExp, string][] = [
    [/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${port};`],
    [/^\s*listen \[::\]:80;\n/m, ''],
    [/^(\s*)root \S+;$/m, `$1root ${root};`],
  ];
  return lines.reduce((config, [line, replacement]) => {
    if (!line.test(config)) throw new Error(`${DOCUMENTED_SITE} has no line ${line}: the test cannot put its own address and root in (change siteConfig with the file)`);
    return config.replace(line, replacement);
  }, documented);
}

/** A main configuration as Debian's stock nginx.conf has it, around the site, with every path of its own in `folder`. */
function mainConfig(folder: string, site: string): string {
  const asRoot = process.getuid?.() === 0;
  return `${asRoot ? `user ${WORKER_USER};\n` : ''}worker_processes 1;
daemon off;
pid ${folder}/nginx.pid;
error_log ${folder}/error.log;
events { worker_connections 64; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    access_log off;
    client_body_temp_path ${folder}/body;
    proxy_temp_path ${folder}/proxy;
    fastcgi_temp_path ${folder}/fastcgi;
    uwsgi_temp_path ${folder}/uwsgi;
    scgi_temp_path ${folder}/scgi;
    include ${site};
}
`;
}

/**
 * Copies the built site where nginx's workers can reach it (the checkout may sit in a folder only its
 * owner can open), keeping every file's and folder's mode: a folder the build left 0700 must still
 * refuse them, as it would on a server.
 */
function copyKeepingModes(from: string, to: string): void {
  cpSync(from, to, { recursive: true });
  for (const path of ['', ...readdirSync(from, { recursive: true }).map(String)]) chmodSync(join(to, path), statSync(join(from, path)).mode & 0o7777);
}

async function answering(url: string, nginx: ChildProcess, log: () => string): Promise<void> {
  for (let tries = 0; tries < 100; tries++) {
    if (nginx.exitCode !== null) throw new Error(`nginx stopped (exit code ${nginx.exitCode}):\n${log()}`);
    if (await fetch(url).then(() => true, () => false)) return;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(`nginx did not answer at ${url} within 5 s:\n${log()}`);
}

/**
 * Serves a built site with Debian's nginx and the documented server block, on 127.0.0.1 and a free
 * port, its pid, logs and temporary files in a folder of its own. Started as root (CI), the master
 * hands the requests to workers running as www-data, as Debian's nginx does, so that what they cannot
 * read answers 403 here too.
 */
export async function serveWithNginx(root: string): Promise<{ url: string; workerUid: number; close(): Promise<void> }> {
  if (!existsSync(NGINX)) throw new Error(`${NGINX} is missing: install Debian's nginx (\`apt-get install nginx\`; .ci/run does it on a fresh machine)`);
  const folder = mkdtempSync(join(tmpdir(), 'nginx-'));
  chmodSync(folder, 0o755);
  const site = join(folder, 'site');
  copyKeepingModes(resolve(root), site);
  const port = await freePort();
  writeFileSync(join(folder, 'site.conf'), siteConfig(readFileSync(DOCUMENTED_SITE, 'utf8'), site, port));
  writeFileSync(join(folder, 'nginx.conf'), mainConfig(folder, join(folder, 'site.conf')));
  const nginx = spawn(NGINX, ['-p', folder, '-e', join(folder, 'error.log'), '-c', join(folder, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let output = '';
  nginx.stderr!.on('data', (chunk) => (output += chunk));
  const log = () => `${output}${existsSync(join(folder, 'error.log')) ? readFileSync(join(folder, 'error.log'), 'utf8') : ''}`;
  const close = async () => {
    if (nginx.exitCode === null) {
      const exited = new Promise((done) => nginx.once('exit', done));
      nginx.kill('SIGTERM');
      await exited;
    }
    rmSync(folder, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  try {
    await answering(`${url}/`, nginx, log);
  } catch (error) {
    await close();
    throw error;
  }
  return { url, workerUid: workerUid(nginx.pid!), close };
}

/** The user id the master's worker runs as (from /proc): the one that reads the site's files. */
function workerUid(master: number): number {
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      if (new RegExp(`^PPid:\\s+${master}$`, 'm').test(status)) return Number(status.match(/^Uid:\s+(\d+)/m)![1]);
    } catch {
      // a process that ended meanwhile
    }
  }
  throw new Error(`nginx (pid ${master}) has no worker`);
}
