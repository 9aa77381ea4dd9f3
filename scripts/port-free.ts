/**
 * `npm start`'s first step: says at once, in plain words, when the port the site is to be served on is
 * taken (most often by `npm run dev`, still running), rather than after a build, as a stack trace; a
 * build beside a running development server also leaves that server's pages broken until it restarts.
 */
import { createServer } from 'node:net';
import { portInUse } from './port-in-use.ts';

const port = Number(process.env.PORT ?? 4321);
const server = createServer();
server.once('error', () => {
  console.error(portInUse(port));
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => server.close());
