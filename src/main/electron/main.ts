/**
 * The Electron door: one window on the app protocol, locked down the way
 * Electron's security checklist asks (ENGINEERING.md, pattern 7), with the
 * contract reachable through a single IPC channel whose sender is checked.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, safeStorage, screen, session, shell, type Session } from 'electron';
import type { Language } from '../../shared/domain/entities';
import { translator } from '../../shared/i18n/translator';
import { createApp, type ShinraiApp } from '../app';
import type { Logger } from '../dispatcher';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';
import { exportDealRoomWithDialog, importDealRoomWithDialog } from './deal-room-file-actions';
import { isAllowedExternalUrl } from './external-url';
import { createInvokeHandler, INVOKE_CHANNEL, MENU_CHANNEL } from './ipc-door';
import { buildMenuTemplate, type MenuCommand } from './menu-template';
import { electronNativeBinding } from './native-binding';
import { safeStorageKeyKeeper } from './safe-storage-key-keeper';
import { APP_ORIGIN } from './trusted-sender';
import { clampWindowState, defaultWindowState, MIN_WINDOW_HEIGHT, MIN_WINDOW_WIDTH, readWindowState, writeWindowState } from './window-state';

const here = dirname(fileURLToPath(import.meta.url));
const preloadFile = join(here, '../preload/index.cjs');
const rendererDir = join(here, '../renderer');
/** Set by `electron-vite dev` only; a packaged or built app always loads from the app protocol. */
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const isDev = devServerUrl !== undefined && devServerUrl !== '';

const log: Logger = (level, message, detail) => {
  const line = detail instanceof Error ? `${message}: ${detail.stack ?? detail.message}` : detail === undefined ? message : `${message}: ${JSON.stringify(detail)}`;
  if (level === 'info') console.log(line);
  else console.error(line);
};

/** The one way out of the app to the web: https only (external-url.ts). */
function openExternal(url: string): void {
  if (isAllowedExternalUrl(url)) void shell.openExternal(url);
  else log('warn', 'refused to open a non-https address', { url: url.slice(0, 200) });
}

function lockDownSession(ses: Session): void {
  // No page of ours needs the camera, notifications, geolocation or any other permission.
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  if (!isDev) {
    // The app protocol already sends the policy; this also covers any response that does not.
    // The dev server is left alone: Vite's hot reload needs inline scripts and a websocket.
    ses.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
    });
  }
}

function currentLanguage(shinrai: ShinraiApp): Language {
  const settings = shinrai.invoke('settings.get', {});
  return settings.ok ? settings.value.language : 'en';
}

function createMainWindow(shinrai: ShinraiApp): BrowserWindow {
  const stateFile = join(app.getPath('userData'), 'window-state.json');
  const primary = screen.getPrimaryDisplay().workArea;
  const saved = readWindowState(stateFile);
  const state = saved ? clampWindowState(saved, screen.getAllDisplays().map((d) => d.workArea), primary) : defaultWindowState(primary);

  const win = new BrowserWindow({
    ...state.bounds,
    minWidth: Math.min(MIN_WINDOW_WIDTH, primary.width),
    minHeight: Math.min(MIN_WINDOW_HEIGHT, primary.height),
    show: false,
    title: 'Shinrai',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadFile,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // A middle-click on a link fires auxclick, which can open a window without
      // passing the click handlers; the app never needs it (electronegativity AUXCLICK_JS_CHECK).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (state.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());

  win.on('close', () => {
    try {
      writeWindowState(stateFile, { bounds: win.getNormalBounds(), maximized: win.isMaximized() });
    } catch (err) {
      log('warn', 'could not remember the window size', err);
    }
  });

  const contents = win.webContents;
  // New windows are never opened; an https link goes to the system browser instead.
  contents.setWindowOpenHandler(({ url }) => {
    openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    openExternal(url);
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());

  void win.loadURL(isDev && devServerUrl ? devServerUrl : `${APP_ORIGIN}/index.html`);
  return win;
}

function documentationPath(): string | undefined {
  const root = app.getAppPath();
  return ['README.md', join('docs', 'interchange-format.md')].map((p) => join(root, p)).find((p) => existsSync(p));
}

function installMenu(shinrai: ShinraiApp, getWindow: () => BrowserWindow | null): void {
  const lang = currentLanguage(shinrai);
  const t = translator(lang);
  const send = (command: MenuCommand) => getWindow()?.webContents.send(MENU_CHANNEL, command);
  const template = buildMenuTemplate(
    { lang, isMac: process.platform === 'darwin', isDev, t },
    {
      send,
      importDealRoom: () => {
        const win = getWindow();
        if (!win) return;
        void importDealRoomWithDialog(win, shinrai).then((id) => {
          // The window opens the last deal-room when it loads, which now is the imported one.
          if (id !== null) win.webContents.reload();
        });
      },
      exportDealRoom: () => {
        const win = getWindow();
        if (win) void exportDealRoomWithDialog(win, shinrai, app.getPath('documents'));
      },
      openDocumentation: () => {
        const path = documentationPath();
        const win = getWindow();
        if (path) void shell.openPath(path);
        else if (win) void dialog.showMessageBox(win, { type: 'info', message: t('cli:shell.dialog.documentationMissing'), buttons: [t('cli:shell.dialog.ok')] });
      },
      showAbout: () => {
        app.setAboutPanelOptions({ applicationName: 'Shinrai', applicationVersion: app.getVersion(), credits: t('cli:shell.about') });
        app.showAboutPanel();
      },
    },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function start(): void {
  registerAppScheme();
  if (!app.requestSingleInstanceLock()) {
    // Two processes on one data folder would fight over the same SQLite files.
    app.quit();
    return;
  }
  let mainWindow: BrowserWindow | null = null;
  let shinrai: ShinraiApp | null = null;

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => {
    // Belt and braces for any web contents, not just the main window's.
    contents.setWindowOpenHandler(({ url }) => {
      openExternal(url);
      return { action: 'deny' };
    });
    contents.on('will-navigate', (event) => event.preventDefault());
  });

  void app.whenReady().then(() => {
    const ses = session.defaultSession;
    lockDownSession(ses);
    serveAppProtocol(ses, rendererDir);

    // SHINRAI_DATA_DIR wins, as in the CLI and browser mode; otherwise the same userData folder.
    const dataDir = process.env.SHINRAI_DATA_DIR?.trim() || join(app.getPath('userData'), 'data');
    const nativeBinding = electronNativeBinding(app.getAppPath());
    try {
      // Keys of encrypted rooms are kept by the OS keychain (safeStorage is usable once the app is ready).
      const keyKeeper = safeStorageKeyKeeper(dataDir, safeStorage);
      shinrai = createApp({ dataDir, seedSample: true, autoBackup: true, log, keyKeeper, ...(nativeBinding ? { nativeBinding } : {}) });
    } catch (err) {
      const lang: Language = app.getLocale().startsWith('ja') ? 'ja' : 'en';
      const reason = err instanceof Error ? err.message : String(err);
      dialog.showErrorBox('Shinrai', translator(lang)('cli:shell.dialog.cannotOpenData', { dir: dataDir, reason }));
      app.exit(1);
      return;
    }
    const opened = shinrai;
    const getWindow = () => mainWindow;
    ipcMain.handle(
      INVOKE_CHANNEL,
      createInvokeHandler(opened, {
        ...(devServerUrl ? { devServerUrl } : {}),
        onLanguageChanged: () => installMenu(opened, getWindow),
        log,
      }),
    );
    installMenu(opened, getWindow);
    mainWindow = createMainWindow(opened);
    mainWindow.on('closed', () => {
      mainWindow = null;
    });

    app.on('activate', () => {
      if (mainWindow === null) {
        mainWindow = createMainWindow(opened);
        mainWindow.on('closed', () => {
          mainWindow = null;
        });
      }
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    shinrai?.close();
    shinrai = null;
  });
}

start();
