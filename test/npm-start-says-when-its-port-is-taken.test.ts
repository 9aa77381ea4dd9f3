import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `npm run dev` left running holds the port `npm start` serves on: the editor's guide tells them to
// stop it, and the commands say so themselves, before a build and without a stack trace.
let held: Server;
let port: number;
beforeAll(async () => {
  held = createServer();
  await new Promise<void>((done) => held.listen(0, '127.0.0.1', done));
  port = (held.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((done) => held.close(() => done())));

const run = (script: string, env: Record<string, string>) => {
  const result = spawnSync(process.execPath, [script], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 30_000 });
  return { status: result.status, err: result.stderr };
};

describe('a port already in use', () => {
  it.each([
    ['npm start’s first step, before it builds', 'scripts/port-free.ts'],
    ['npm run preview', 'scripts/serve-site.ts'],
  ])('is named, with what to do, by %s', (_what, script) => {
    const { status, err } = run(script, { PORT: String(port) });
    expect(status).toBe(1);
    expect(err).toContain(`Port ${port} on 127.0.0.1 is in use: is \`npm run dev\``);
    expect(err).toContain(`PORT=${port + 1} npm start`);
    expect(err).not.toMatch(/EADDRINUSE|at Server\./);
  });

  it('lets npm start go on when the port is free', async () => {
    const free = createServer();
    await new Promise<void>((done) => free.listen(0, '127.0.0.1', done));
    const { port: freePort } = free.address() as { port: number };
    await new Promise<void>((done) => free.close(() => done()));
    expect(run('scripts/port-free.ts', { PORT: String(freePort) }).status).toBe(0);
  });
});
