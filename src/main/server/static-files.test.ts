import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeDir } from '../store/test-data-dir';
import { contentTypeFor, resolveStaticFile } from './static-files';

let root: string;
let renderer: string;
beforeEach(() => {
  root = makeTempDir('shinrai-static-');
  renderer = join(root, 'renderer');
  mkdirSync(join(renderer, 'assets', 'fonts'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html>');
  writeFileSync(join(renderer, 'assets', 'fonts', 'noto sans jp.woff2'), 'font');
  writeFileSync(join(root, 'outside.txt'), 'outside');
  symlinkSync(join(root, 'outside.txt'), join(renderer, 'assets', 'link.txt'));
});
afterEach(() => removeDir(root));

describe('resolveStaticFile', () => {
  it('maps paths to files in the renderer folder, / to index.html', () => {
    expect(resolveStaticFile(renderer, '/')).toEqual({ kind: 'file', path: join(renderer, 'index.html') });
    expect(resolveStaticFile(renderer, '/index.html?v=2#top')).toEqual({ kind: 'file', path: join(renderer, 'index.html') });
    expect(resolveStaticFile(renderer, '/assets/fonts/noto%20sans%20jp.woff2')).toEqual({ kind: 'file', path: join(renderer, 'assets', 'fonts', 'noto sans jp.woff2') });
  });

  it('refuses to leave the folder, literally, encoded or through a link', () => {
    expect(resolveStaticFile(renderer, '/../outside.txt').kind).toBe('forbidden');
    expect(resolveStaticFile(renderer, '/..%2foutside.txt').kind).toBe('forbidden');
    expect(resolveStaticFile(renderer, '/assets/..%2F..%2Foutside.txt').kind).toBe('forbidden');
    expect(resolveStaticFile(renderer, '/assets/link.txt').kind).toBe('forbidden');
    expect(resolveStaticFile(join(renderer, 'assets'), '/../index.html').kind).toBe('forbidden');
  });

  it('tells malformed paths from missing files and folders', () => {
    expect(resolveStaticFile(renderer, '/%E0%A4%A').kind).toBe('bad_request');
    expect(resolveStaticFile(renderer, '/index.html%00.js').kind).toBe('bad_request');
    expect(resolveStaticFile(renderer, '/missing.js').kind).toBe('not_found');
    expect(resolveStaticFile(renderer, '/assets').kind).toBe('not_found');
    expect(resolveStaticFile(renderer, '/assets/').kind).toBe('not_found');
  });
});

describe('contentTypeFor', () => {
  it('names the types the renderer bundle uses', () => {
    expect(contentTypeFor('index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('assets/index-3f2a.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('assets/index.CSS')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('a.woff2')).toBe('font/woff2');
    expect(contentTypeFor('a.woff')).toBe('font/woff');
    expect(contentTypeFor('a.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('a.unknown')).toBe('application/octet-stream');
  });
});
