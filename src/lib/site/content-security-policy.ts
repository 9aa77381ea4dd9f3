/**
 * The site's Content-Security-Policy, said once. Astro writes it into every page's `<meta>` with the
 * hashes of that page's own scripts and styles; static hosts send `public/_headers`, whose policy a
 * browser enforces *as well*, so that one must allow everything the page's allows. A test holds the
 * file to `hostPolicy()`.
 */

/** The directives of the page's `<meta>`; Astro adds `script-src` and `style-src` with their hashes. */
export const PAGE_DIRECTIVES = [
  "default-src 'none'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  // Pagefind searches in a web worker of this origin; should the worker fail, it falls back to
  // running its WebAssembly on the page, which 'wasm-unsafe-eval' (below) permits. No 'unsafe-eval'.
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "object-src 'none'",
] as const;

/** The sources of `script-src` besides Astro's hashes. */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/**
 * The policy for the host's headers: the page's, without per-page hashes (every script and style is a
 * file of this origin), plus `frame-ancestors`, which a `<meta>` cannot carry.
 */
export function hostPolicy(): string {
  return [...PAGE_DIRECTIVES, `script-src ${SCRIPT_SOURCES.join(' ')}`, "style-src 'self'", "frame-ancestors 'none'"].join('; ');
}
