import { sitePath } from '../components/site-paths.ts';
import type { APIRoute } from 'astro';

/** Every page may be read; the sitemap lists them. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: ${sitePath('')}\n\nSitemap: ${new URL(sitePath('sitemap-index.xml'), site).href}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
