/**
 * The Content-Security-Policy of every renderer page, in Electron (set on each
 * response of the app protocol and by session.webRequest) and in browser mode
 * (set by the HTTP server). The renderer's index.html carries the same policy
 * in a meta tag; a browser enforces both, so the two must agree or the
 * stricter one silently wins.
 *
 * Why each part:
 * - script-src 'self' with no 'unsafe-eval' and no 'unsafe-inline': the
 *   bundle is a file of our own; nothing may run code from a string.
 * - style-src 'self' 'unsafe-inline': React's `style` prop is applied through
 *   the CSSOM, which CSP does not govern, but style *attributes* in markup and
 *   `<style>` elements injected by libraries are, and the renderer's own meta
 *   tag allows them. Inline styles cannot run code, so the risk left is
 *   limited to page defacement by text we already escape.
 * - font-src 'self': Noto Sans JP ships inside the bundle (electron.config.ts
 *   keeps fonts as files, never data: URLs), so no font comes from elsewhere.
 * - connect-src 'self': the renderer talks only to its own origin (IPC in
 *   Electron, /api/invoke in browser mode).
 * - object-src, base-uri, form-action 'none' and frame-ancestors 'none':
 *   no plugins, no base-URL tricks, no form posts, no framing.
 */
export const CONTENT_SECURITY_POLICY_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'font-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

export function serializeContentSecurityPolicy(directives: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** The header value, e.g. "default-src 'self'; script-src 'self'; …". */
export const CONTENT_SECURITY_POLICY = serializeContentSecurityPolicy(CONTENT_SECURITY_POLICY_DIRECTIVES);
