/**
 * `npm run preview` (and so `npm start`, once it has built the site): serves the built site on
 * http://127.0.0.1:4321/ as the static hosts do, behind its `_headers` (public/_headers, copied into
 * dist/), so that a reader and a test see locally what production sends. Astro's own preview sends
 * none of those headers. `PORT`, `SITE_DIR` and `BASE_PATH` choose another port, folder or sub-path.
 */
import { siteFromEnvironment } from '../src/site.ts';
import { serveStatic } from './static-server.ts';

const root = process.env.SITE_DIR ?? 'dist';
const { base } = siteFromEnvironment();
const site = await serveStatic(root, { base, port: Number(process.env.PORT ?? 4321) });
console.log(`Serving ${root}/ at ${site.url}${base}, with the headers of its _headers file (Ctrl+C to stop).`);
