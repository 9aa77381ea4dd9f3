import { parseAllHeaders } from '@netlify/headers-parser';
import { describe, expect, it } from 'vitest';
import { hostPolicy, PAGE_DIRECTIVES, SCRIPT_SOURCES } from '../src/lib/site/content-security-policy.ts';

/** A policy as a map from directive to its sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe('public/_headers, which Netlify and Cloudflare Pages send', () => {
  it('sends the policy of the pages themselves (without their hashes) and frame-ancestors', async () => {
    const { headers, errors } = await parseAllHeaders({ headersFiles: ['public/_headers'], configHeaders: [], minimal: true });
    expect(errors).toEqual([]);
    const all = headers.find((rule) => rule.for === '/*');
    expect(all?.values['Content-Security-Policy']).toBe(hostPolicy());
  });

  it("allows, directive by directive, every source the page's <meta> allows, Pagefind's WebAssembly included", () => {
    const host = directives(hostPolicy());
    const page = directives([...PAGE_DIRECTIVES, `script-src ${SCRIPT_SOURCES.join(' ')}`, "style-src 'self'"].join(';'));
    for (const [name, sources] of page) expect(host.get(name), name).toEqual(sources);
    expect(host.get('script-src')).toContain("'wasm-unsafe-eval'");
    expect(host.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it("admits images from this site only: no data: or remote images, in the page's policy or the host's", () => {
    expect(directives(hostPolicy()).get('img-src')).toEqual(["'self'"]);
    expect(directives(PAGE_DIRECTIVES.join(';')).get('img-src')).toEqual(["'self'"]);
  });
});
