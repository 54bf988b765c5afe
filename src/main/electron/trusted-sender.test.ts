import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, isTrustedSender } from './trusted-sender';

describe('isTrustedSender', () => {
  it('trusts pages of the app origin, whatever the path, query or fragment', () => {
    expect(APP_ORIGIN).toBe('app://shinrai');
    expect(isTrustedSender('app://shinrai/')).toBe(true);
    expect(isTrustedSender('app://shinrai/index.html')).toBe(true);
    expect(isTrustedSender('app://shinrai/index.html?room=1#matrix')).toBe(true);
  });

  it('refuses other origins, schemes and look-alikes', () => {
    for (const url of [
      'app://evil/',
      'app://shinrai.evil.example/',
      'app://shinrai@evil/',
      'app://user:pass@shinrai/',
      'app://shinrai:8080/',
      'https://shinrai/',
      'http://shinrai/',
      'file:///opt/shinrai/out/renderer/index.html',
      'about:blank',
      'data:text/html,<script>1</script>',
      'javascript:alert(1)',
      'devtools://devtools/bundled/inspector.html',
      '',
      'not a url',
    ])
      expect(isTrustedSender(url), url).toBe(false);
  });

  it('trusts the dev server only when one is given, and only on loopback http', () => {
    expect(isTrustedSender('http://localhost:5173/')).toBe(false);
    expect(isTrustedSender('http://localhost:5173/index.html', 'http://localhost:5173')).toBe(true);
    expect(isTrustedSender('http://127.0.0.1:5173/', 'http://127.0.0.1:5173/')).toBe(true);
    expect(isTrustedSender('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isTrustedSender('http://evil.example:5173/', 'http://evil.example:5173')).toBe(false);
    expect(isTrustedSender('https://localhost:5173/', 'https://localhost:5173')).toBe(false);
    expect(isTrustedSender('http://localhost:5173/', 'nonsense')).toBe(false);
    expect(isTrustedSender('app://shinrai/', 'http://localhost:5173')).toBe(true);
  });
});
