import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_DIRECTIVES, serializeContentSecurityPolicy } from './content-security-policy';

function parsePolicy(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name ?? '', sources]),
  );
}

describe('the Content-Security-Policy', () => {
  it('is the exact header both doors send', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    expect(serializeContentSecurityPolicy({ 'default-src': ["'none'"], 'img-src': ["'self'", 'data:'] })).toBe("default-src 'none'; img-src 'self' data:");
  });

  it('never lets code run from strings or inline scripts, nor from elsewhere', () => {
    const scripts = CONTENT_SECURITY_POLICY_DIRECTIVES['script-src'] ?? [];
    expect(scripts).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/);
    expect(CONTENT_SECURITY_POLICY_DIRECTIVES['object-src']).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY_DIRECTIVES['frame-ancestors']).toEqual(["'none'"]);
  });

  it('agrees with the meta tag in the renderer and is no looser, directive by directive', () => {
    const html = readFileSync(join(__dirname, '../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta, 'src/renderer/index.html carries a CSP meta tag').toBeDefined();
    const page = parsePolicy(meta ?? '');
    const header = parsePolicy(CONTENT_SECURITY_POLICY);
    // Browsers ignore frame-ancestors in a meta tag, so only the header can carry it.
    const headerOnly = new Set(['frame-ancestors']);
    for (const name of page.keys()) expect(header.has(name), `the header also sets ${name}`).toBe(true);
    for (const [name, sources] of header) {
      if (headerOnly.has(name)) continue;
      expect(page.has(name), `the page also sets ${name}`).toBe(true);
      for (const source of sources) expect(page.get(name), `${name} ${source} is also allowed by the page`).toContain(source);
    }
  });
});
