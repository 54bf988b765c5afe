import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeDir } from '../src/main/store/test-data-dir';
// @ts-expect-error: a plain .mjs script without type declarations
import { electronRuntimePath } from './start.mjs';

const find = electronRuntimePath as (dir: string, env?: Record<string, string | undefined>) => string | null;

let dir: string;
beforeEach(() => {
  dir = makeTempDir('shinrai-electron-pkg-');
});
afterEach(() => removeDir(dir));

describe('electronRuntimePath', () => {
  it('is null when the binary was never downloaded', () => {
    expect(find(dir, {})).toBeNull();
    writeFileSync(join(dir, 'path.txt'), 'electron');
    expect(find(dir, {})).toBeNull();
  });

  it('finds the binary that path.txt names under dist/', () => {
    writeFileSync(join(dir, 'path.txt'), 'Electron.app/Contents/MacOS/Electron');
    mkdirSync(join(dir, 'dist', 'Electron.app', 'Contents', 'MacOS'), { recursive: true });
    writeFileSync(join(dir, 'dist', 'Electron.app', 'Contents', 'MacOS', 'Electron'), '');
    expect(find(dir, {})).toBe(join(dir, 'dist', 'Electron.app', 'Contents', 'MacOS', 'Electron'));
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH as the electron package does', () => {
    const override = join(dir, 'custom');
    mkdirSync(override);
    expect(find(dir, { ELECTRON_OVERRIDE_DIST_PATH: override })).toBeNull();
    writeFileSync(join(override, 'electron'), '');
    expect(find(dir, { ELECTRON_OVERRIDE_DIST_PATH: override })).toBe(join(override, 'electron'));
  });
});
