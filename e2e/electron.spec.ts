/**
 * The desktop door: the built Electron main process (out/main/index.js)
 * opens a window that shows the sample's comparison matrix. Electron's binary
 * could not be downloaded on every machine, so this runs only where it is
 * installed; the same renderer is driven in browser mode by the other specs.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { REPO_ROOT } from './support/browser-mode-server';
import { electronExecutablePath, hasElectronRuntime } from './support/electron-runtime';
import { SCREENSHOT_DIR } from './support/shinrai-fixture';

// prettier-ignore
test.skip(!hasElectronRuntime, 'Electron runtime is not installed on this machine (its binary could not be downloaded); the same renderer is covered in browser mode');

test('the Electron window opens on the sample comparison matrix', async () => {
  const profile = await mkdtemp(join(tmpdir(), 'shinrai-electron-'));
  // Launched with an explicit executable: letting Playwright require
  // 'electron' would start the package's download step.
  // A fresh --user-data-dir gives the app a fresh data directory (it keeps
  // its deal-rooms under userData/data), so the sample is seeded anew.
  // Chromium refuses to run sandboxed as root, which CI containers are.
  const runningAsRoot = process.getuid?.() === 0;
  const app = await electron.launch({
    executablePath: electronExecutablePath()!,
    args: [join(REPO_ROOT, 'out', 'main', 'index.js'), `--user-data-dir=${profile}`, ...(runningAsRoot ? ['--no-sandbox'] : [])],
    cwd: REPO_ROOT,
  });
  try {
    const window = await app.firstWindow();
    const matrix = window.getByRole('table', { name: /comparison matrix/i });
    await expect(matrix).toBeVisible();
    await expect(matrix.getByRole('columnheader')).not.toHaveCount(0);
    // The window runs sandboxed, with no Node in the page.
    expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    await window.screenshot({ path: join(SCREENSHOT_DIR, 'electron-01-matrix.png'), fullPage: true });
  } finally {
    await app.close();
    await rm(profile, { recursive: true, force: true, maxRetries: 5 });
  }
});
