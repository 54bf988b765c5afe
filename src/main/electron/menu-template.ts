/**
 * The native menu, as a plain template so it can be checked in both
 * languages without starting Electron. Labels come from the cli namespace
 * (shell.menu); commands the window should act on are forwarded to it over
 * the 'shinrai:menu' channel (PreloadBridge.onMenuCommand).
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../../shared/domain/entities';

/** Commands the renderer receives, e.g. 'view.matrix' or 'language.ja'. */
export const MENU_COMMANDS = ['dealRoom.new', 'view.matrix', 'language.en', 'language.ja'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface MenuActions {
  send(command: MenuCommand): void;
  importDealRoom(): void;
  exportDealRoom(): void;
  openDocumentation(): void;
  showAbout(): void;
}

export interface MenuOptions {
  lang: Language;
  /** macOS puts the app's own menu first and About/Quit in it. */
  isMac: boolean;
  /** Reload and developer tools are offered only while developing. */
  isDev: boolean;
  t: (key: string, params?: Record<string, unknown>) => string;
}

export function buildMenuTemplate(options: MenuOptions, actions: MenuActions): MenuItemConstructorOptions[] {
  const { isMac, isDev, lang } = options;
  const m = (key: string) => options.t(`cli:shell.menu.${key}`);

  const appMenu: MenuItemConstructorOptions = {
    label: 'Shinrai',
    submenu: [
      { label: m('about'), click: () => actions.showAbout() },
      { type: 'separator' },
      { role: 'hide', label: m('hide') },
      { role: 'hideOthers', label: m('hideOthers') },
      { role: 'unhide', label: m('showAll') },
      { type: 'separator' },
      { role: 'quit', label: m('quit') },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: m('file'),
    submenu: [
      { label: m('newDealRoom'), accelerator: 'CmdOrCtrl+N', click: () => actions.send('dealRoom.new') },
      { type: 'separator' },
      { label: m('importDealRoom'), accelerator: 'CmdOrCtrl+O', click: () => actions.importDealRoom() },
      { label: m('exportDealRoom'), accelerator: 'CmdOrCtrl+Shift+E', click: () => actions.exportDealRoom() },
      ...(isMac ? [] : ([{ type: 'separator' }, { role: 'quit', label: m('quit') }] as MenuItemConstructorOptions[])),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: m('edit'),
    submenu: [
      { role: 'undo', label: m('undo') },
      { role: 'redo', label: m('redo') },
      { type: 'separator' },
      { role: 'cut', label: m('cut') },
      { role: 'copy', label: m('copy') },
      { role: 'paste', label: m('paste') },
      { role: 'selectAll', label: m('selectAll') },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: m('view'),
    submenu: [
      { label: m('matrix'), accelerator: 'CmdOrCtrl+1', click: () => actions.send('view.matrix') },
      {
        label: m('language'),
        submenu: [
          // Each language is named in itself, so a reader can find theirs whatever is shown now.
          { label: 'English', type: 'radio', checked: lang === 'en', click: () => actions.send('language.en') },
          { label: '日本語', type: 'radio', checked: lang === 'ja', click: () => actions.send('language.ja') },
        ],
      },
      { type: 'separator' },
      ...(isDev
        ? ([
            { role: 'reload', label: m('reload') },
            { role: 'toggleDevTools', label: m('devTools') },
            { type: 'separator' },
          ] as MenuItemConstructorOptions[])
        : []),
      { role: 'resetZoom', label: m('actualSize') },
      { role: 'zoomIn', label: m('zoomIn') },
      { role: 'zoomOut', label: m('zoomOut') },
      { type: 'separator' },
      { role: 'togglefullscreen', label: m('fullScreen') },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: m('window'),
    submenu: [
      { role: 'minimize', label: m('minimize') },
      ...(isMac ? ([{ role: 'zoom', label: m('zoom') }] as MenuItemConstructorOptions[]) : []),
      { role: 'close', label: m('close') },
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    label: m('help'),
    submenu: [
      { label: m('documentation'), click: () => actions.openDocumentation() },
      ...(isMac ? [] : ([{ type: 'separator' }, { label: m('about'), click: () => actions.showAbout() }] as MenuItemConstructorOptions[])),
    ],
  };

  return [...(isMac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}
