import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeDir } from '../store/test-data-dir';
import { planAppResponse } from './app-request';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';

let root: string;
let renderer: string;
beforeEach(() => {
  root = makeTempDir('shinrai-app-protocol-');
  renderer = join(root, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html>');
  writeFileSync(join(renderer, 'assets', 'noto-sans-jp.woff2'), 'font');
  writeFileSync(join(root, 'secret.txt'), 'outside');
});
afterEach(() => removeDir(root));

describe('the app protocol', () => {
  it('serves the renderer with the CSP and the right content type', () => {
    const index = planAppResponse(renderer, 'app://shinrai/index.html', 'GET');
    expect(index).toEqual({
      status: 200,
      file: join(renderer, 'index.html'),
      headers: {
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-cache',
      },
    });
    expect(planAppResponse(renderer, 'app://shinrai/', 'GET').file).toBe(join(renderer, 'index.html'));
    expect(planAppResponse(renderer, 'app://shinrai/assets/noto-sans-jp.woff2', 'GET').headers['Content-Type']).toBe('font/woff2');
  });

  it('answers nothing outside the renderer folder or the app host', () => {
    expect(planAppResponse(renderer, 'app://shinrai/../secret.txt', 'GET').status).toBe(404);
    expect(planAppResponse(renderer, 'app://shinrai/..%2fsecret.txt', 'GET').status).toBe(403);
    expect(planAppResponse(renderer, 'app://shinrai/assets/%2e%2e%2f..%2fsecret.txt', 'GET').status).toBe(403);
    expect(planAppResponse(renderer, 'app://other/index.html', 'GET').status).toBe(404);
    expect(planAppResponse(renderer, 'app://shinrai/missing.js', 'GET').status).toBe(404);
    expect(planAppResponse(renderer, 'app://shinrai/index.html', 'POST')).toMatchObject({ status: 405, headers: { Allow: 'GET, HEAD' } });
    expect(planAppResponse(renderer, 'not a url', 'GET').status).toBe(400);
  });
});
