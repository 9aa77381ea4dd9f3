import { createServer } from 'node:net';

/** A port nobody listens on now: a fixed one may be held by the same test or server of another checkout on this machine. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}
