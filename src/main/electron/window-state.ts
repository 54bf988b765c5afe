/**
 * The main window's size and place, remembered between runs in a small JSON
 * file in userData. What is read back is validated (the file may be damaged or
 * from another version) and clamped to a display that still exists: a window
 * restored onto a monitor that was unplugged would open out of sight.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

const Pixels = z.number().int().min(-100_000).max(100_000);
const Size = z.number().int().min(1).max(100_000);

export const WindowState = z.object({
  bounds: z.object({ x: Pixels, y: Pixels, width: Size, height: Size }),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowState>;

export const MIN_WINDOW_WIDTH = 960;
export const MIN_WINDOW_HEIGHT = 640;
const DEFAULT_WIDTH = 1400;
const DEFAULT_HEIGHT = 900;
/** How much of a window must lie on a display for it to count as visible there. */
const MIN_VISIBLE = 100;

/** The state to use when nothing (valid) was saved: centred on the primary display's work area. */
export function defaultWindowState(primaryWorkArea: Rectangle): WindowState {
  const width = Math.min(DEFAULT_WIDTH, primaryWorkArea.width);
  const height = Math.min(DEFAULT_HEIGHT, primaryWorkArea.height);
  return {
    bounds: {
      x: Math.round(primaryWorkArea.x + (primaryWorkArea.width - width) / 2),
      y: Math.round(primaryWorkArea.y + (primaryWorkArea.height - height) / 2),
      width,
      height,
    },
    maximized: false,
  };
}

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * Fits a saved state onto the displays there are now. The window goes to the
 * display it overlaps most; if it overlaps none by a usable amount, it starts
 * centred on the primary display. Its size never exceeds the work area and its
 * edges stay inside it, so the title bar can always be reached.
 */
export function clampWindowState(state: WindowState, workAreas: readonly Rectangle[], primaryWorkArea: Rectangle): WindowState {
  let best: Rectangle | undefined;
  let bestArea = 0;
  for (const area of workAreas) {
    const o = overlap(state.bounds, area);
    if (o.width >= Math.min(MIN_VISIBLE, state.bounds.width) && o.height >= Math.min(MIN_VISIBLE, state.bounds.height)) {
      const size = o.width * o.height;
      if (size > bestArea) {
        bestArea = size;
        best = area;
      }
    }
  }
  if (!best) return { ...defaultWindowState(primaryWorkArea), maximized: state.maximized };
  const width = Math.min(Math.max(state.bounds.width, Math.min(MIN_WINDOW_WIDTH, best.width)), best.width);
  const height = Math.min(Math.max(state.bounds.height, Math.min(MIN_WINDOW_HEIGHT, best.height)), best.height);
  const x = Math.min(Math.max(state.bounds.x, best.x), best.x + best.width - width);
  const y = Math.min(Math.max(state.bounds.y, best.y), best.y + best.height - height);
  return { bounds: { x, y, width, height }, maximized: state.maximized };
}

/** Reads the saved state; null when there is none or it is not valid (a fresh default is then used). */
export function readWindowState(file: string): WindowState | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = WindowState.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/** Writes atomically (temp file, then rename) so a crash mid-write leaves the old state intact. */
export function writeWindowState(file: string, state: WindowState): void {
  const valid = WindowState.parse({
    bounds: {
      x: Math.round(state.bounds.x),
      y: Math.round(state.bounds.y),
      width: Math.round(state.bounds.width),
      height: Math.round(state.bounds.height),
    },
    maximized: state.maximized,
  });
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(valid, null, 2)}\n`, 'utf8');
  renameSync(temp, file);
}
