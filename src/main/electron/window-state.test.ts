import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeDir } from '../store/test-data-dir';
import { clampWindowState, defaultWindowState, readWindowState, writeWindowState, type Rectangle } from './window-state';

const laptop: Rectangle = { x: 0, y: 25, width: 1440, height: 875 };
const external: Rectangle = { x: 1440, y: 0, width: 2560, height: 1415 };

describe('defaultWindowState', () => {
  it('centres a 1400×900 window, smaller when the screen is', () => {
    expect(defaultWindowState({ x: 0, y: 0, width: 1920, height: 1080 })).toEqual({ bounds: { x: 260, y: 90, width: 1400, height: 900 }, maximized: false });
    expect(defaultWindowState(laptop)).toEqual({ bounds: { x: 20, y: 25, width: 1400, height: 875 }, maximized: false });
  });
});

describe('clampWindowState', () => {
  it('keeps a window that fits on a display as it was', () => {
    const state = { bounds: { x: 1600, y: 100, width: 1400, height: 900 }, maximized: true };
    expect(clampWindowState(state, [laptop, external], laptop)).toEqual(state);
  });

  it('moves a window whose display is gone back to the primary one', () => {
    const state = { bounds: { x: 1600, y: 100, width: 1400, height: 900 }, maximized: false };
    expect(clampWindowState(state, [laptop], laptop)).toEqual(defaultWindowState(laptop));
  });

  it('keeps the maximized flag when it has to start over', () => {
    const state = { bounds: { x: -5000, y: -5000, width: 1000, height: 700 }, maximized: true };
    expect(clampWindowState(state, [laptop], laptop)).toEqual({ ...defaultWindowState(laptop), maximized: true });
  });

  it('pulls a window hanging off an edge fully onto the display it mostly covers', () => {
    const state = { bounds: { x: 600, y: -40, width: 1200, height: 800 }, maximized: false };
    expect(clampWindowState(state, [laptop, external], laptop)).toEqual({ bounds: { x: 240, y: 25, width: 1200, height: 800 }, maximized: false });
  });

  it('shrinks a window larger than its display and grows one below the minimum size', () => {
    const huge = { bounds: { x: 0, y: 25, width: 3000, height: 2000 }, maximized: false };
    expect(clampWindowState(huge, [laptop], laptop).bounds).toEqual({ x: 0, y: 25, width: 1440, height: 875 });
    const tiny = { bounds: { x: 100, y: 100, width: 200, height: 150 }, maximized: false };
    expect(clampWindowState(tiny, [laptop], laptop).bounds).toEqual({ x: 100, y: 100, width: 960, height: 640 });
  });
});

describe('reading and writing the state file', () => {
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir('shinrai-window-');
  });
  afterEach(() => removeDir(dir));

  it('round-trips a state through the file, rounding fractional pixels', () => {
    const file = join(dir, 'nested', 'window-state.json');
    writeWindowState(file, { bounds: { x: 10.4, y: 20.6, width: 1200, height: 800 }, maximized: true });
    expect(readWindowState(file)).toEqual({ bounds: { x: 10, y: 21, width: 1200, height: 800 }, maximized: true });
    expect(readdirSync(join(dir, 'nested'))).toEqual(['window-state.json']);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ bounds: { x: 10, y: 21, width: 1200, height: 800 }, maximized: true });
  });

  it('ignores a missing, damaged or invalid file', () => {
    const file = join(dir, 'window-state.json');
    expect(readWindowState(file)).toBeNull();
    writeFileSync(file, '{"bounds": {"x": 1');
    expect(readWindowState(file)).toBeNull();
    writeFileSync(file, JSON.stringify({ bounds: { x: 0, y: 0, width: -5, height: 800 }, maximized: false }));
    expect(readWindowState(file)).toBeNull();
    writeFileSync(file, JSON.stringify({ bounds: { x: 0, y: 0, width: 800, height: 600 }, maximized: 'yes' }));
    expect(readWindowState(file)).toBeNull();
    expect(existsSync(file)).toBe(true);
  });
});
