import { parseAllHeaders } from '@netlify/headers-parser';
import { describe, expect, it } from 'vitest';
import { hostPolicy, PAGE_DIRECTIVES } from '../src/lib/site/content-security-policy.ts';

describe('public/_headers, which Netlify and Cloudflare Pages send', () => {
  it('sends the policy the site says once (src/lib/site/content-security-policy.ts), with frame-ancestors', async () => {
    const { headers, errors } = await parseAllHeaders({ headersFiles: ['public/_headers'], configHeaders: [], minimal: true });
    expect(errors).toEqual([]);
    const all = headers.find((rule) => rule.for === '/*');
    expect(all?.values['Content-Security-Policy']).toBe(hostPolicy());
  });

  // Whether it allows all that each built page's own <meta> allows is held against the built pages
  // themselves (e2e/every-page-loads-cleanly.test.ts), not against the constants it is made from.
  it("lets Pagefind's WebAssembly run, and no other site frame the pages", () => {
    expect(hostPolicy().split('; ')).toEqual(expect.arrayContaining(["script-src 'self' 'wasm-unsafe-eval'", "frame-ancestors 'none'"]));
  });

  it("admits images from this site only: no data: or remote images, in the page's policy or the host's", () => {
    expect(hostPolicy().split('; ')).toContain("img-src 'self'");
    expect(PAGE_DIRECTIVES).toContain("img-src 'self'");
  });
});
