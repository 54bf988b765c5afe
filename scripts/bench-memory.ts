/**
 * Memory after opening 20 deal-rooms one after another (issue 9: it should
 * stay flat). The main-process half runs in its own Node process
 * (scripts/bench-memory-child.ts, with --expose-gc), so the figures are the
 * app's alone. The renderer half then serves the same folder in browser mode,
 * opens the 20 rooms from the sidebar one after another in headless Chromium
 * and reads the page's JS heap after a forced collection (Chrome DevTools
 * Protocol: HeapProfiler.collectGarbage, Runtime.getHeapUsage).
 *
 * "Flat" means no growth per room beyond noise once the open-room cache is
 * full (OPEN_ROOMS_KEPT rooms stay open, src/main/store/open-room-cache.ts),
 * so the growth is given from room 5 to room 20 and per room.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { REPO_ROOT } from '../e2e/support/browser-mode-server';
import { OPEN_ROOMS_KEPT } from '../src/main/store/open-room-cache';
import { openApp, STEP_CEILING_MS } from './bench-ui/browser-mode-session';
import { MEMORY_ROOM_CANDIDATES, memoryRoomName, MemorySample } from './bench-memory-rooms';

const ROOMS = 20;
/** Growth is measured from here: by room 5 the modules, the schemas' compiled parsers and the first rooms' caches are in place. */
const FROM_ROOM = 5;

const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

function runChild(dataDir: string): MemorySample[] {
  const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join('scripts', 'bench-memory-child.ts'), dataDir, String(ROOMS)], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`the memory child failed (exit ${String(child.status)}):\n${child.stderr}`);
  return child.stdout
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => MemorySample.parse(JSON.parse(line)));
}

function printGrowth(label: string, series: readonly { room: number; bytes: number }[]): void {
  const at = (room: number) => series.find((s) => s.room === room)?.bytes ?? NaN;
  const shown = [1, FROM_ROOM, 10, 15, ROOMS].map((room) => `${room}: ${mb(at(room))}`).join(', ');
  const growth = at(ROOMS) - at(FROM_ROOM);
  console.log(`${label.padEnd(52)} ${shown}; room ${FROM_ROOM} → ${ROOMS}: ${growth >= 0 ? '+' : ''}${mb(growth)} (${kb(growth / (ROOMS - FROM_ROOM))} per room)`);
}

async function openRoomFromSidebar(page: Page, name: string): Promise<void> {
  await page.locator('.room-item__button', { has: page.locator('.room-item__name', { hasText: name }) }).click({ timeout: STEP_CEILING_MS });
  await page.waitForFunction((roomName) => document.querySelector('.matrix__room')?.textContent?.includes(roomName) === true, name, { timeout: STEP_CEILING_MS });
}

async function rendererHeap(browser: Browser, dataDir: string): Promise<{ room: number; bytes: number }[]> {
  const session = await openApp(browser, dataDir);
  try {
    const cdp = await session.context.newCDPSession(session.page);
    await cdp.send('HeapProfiler.enable');
    const series: { room: number; bytes: number }[] = [];
    for (let i = 0; i < ROOMS; i++) {
      await openRoomFromSidebar(session.page, memoryRoomName(i));
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      series.push({ room: i + 1, bytes: usedSize });
    }
    return series;
  } finally {
    await session.close();
  }
}

export async function benchMemory(browser: Browser | null): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'shinrai-bench-memory-'));
  try {
    const samples = runChild(dataDir);
    if (samples.length !== ROOMS) throw new Error(`the memory child reported ${samples.length} rooms, not ${ROOMS}`);
    console.log(`memory, ${ROOMS} rooms of ${MEMORY_ROOM_CANDIDATES} candidates opened in turn (get + analysis, after gc; ${OPEN_ROOMS_KEPT} kept open):`);
    printGrowth('  main process, JS heap used', samples.map((s) => ({ room: s.room, bytes: s.heapUsed })));
    printGrowth('  main process, external (SQLite, buffers)', samples.map((s) => ({ room: s.room, bytes: s.external })));
    printGrowth('  main process, resident set', samples.map((s) => ({ room: s.room, bytes: s.rss })));
    if (browser) printGrowth('  renderer (headless Chromium), JS heap used', await rendererHeap(browser, dataDir));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
