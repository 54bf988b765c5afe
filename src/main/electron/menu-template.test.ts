import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { translator } from '../../shared/i18n/translator';
import { buildMenuTemplate, type MenuActions, type MenuCommand } from './menu-template';

function recorder() {
  const calls: string[] = [];
  const actions: MenuActions = {
    send: (command: MenuCommand) => calls.push(`send:${command}`),
    importDealRoom: () => calls.push('import'),
    exportDealRoom: () => calls.push('export'),
    openDocumentation: () => calls.push('docs'),
    showAbout: () => calls.push('about'),
  };
  return { calls, actions };
}

function items(menu: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  return Array.isArray(menu?.submenu) ? menu.submenu : [];
}

function find(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions | undefined {
  for (const item of template) {
    if (item.label === label) return item;
    const inner = find(items(item), label);
    if (inner) return inner;
  }
  return undefined;
}

function click(item: MenuItemConstructorOptions | undefined): void {
  (item?.click as (() => void) | undefined)?.();
}

describe('the native menu', () => {
  it('has the usual menus, labelled in English', () => {
    const { actions } = recorder();
    const template = buildMenuTemplate({ lang: 'en', isMac: false, isDev: false, t: translator('en') }, actions);
    expect(template.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(items(template[0]).map((i) => i.label ?? i.type)).toEqual(['New Deal-Room…', 'separator', 'Import Deal-Room…', 'Export Deal-Room…', 'separator', 'Quit Shinrai']);
    expect(items(template[1]).map((i) => i.role ?? i.type)).toEqual(['undo', 'redo', 'separator', 'cut', 'copy', 'paste', 'selectAll']);
    expect(items(template[2]).map((i) => i.role ?? i.label ?? i.type)).toEqual([
      'Comparison Matrix',
      'Language',
      'separator',
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'separator',
      'togglefullscreen',
    ]);
  });

  it('offers reload and developer tools only while developing', () => {
    const { actions } = recorder();
    const roles = (isDev: boolean) => items(buildMenuTemplate({ lang: 'en', isMac: false, isDev, t: translator('en') }, actions)[2]).map((i) => i.role);
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('reload');
    expect(roles(true)).toContain('toggleDevTools');
  });

  it('is labelled in Japanese, with each language named in itself and the current one checked', () => {
    const { actions } = recorder();
    const template = buildMenuTemplate({ lang: 'ja', isMac: false, isDev: false, t: translator('ja') }, actions);
    expect(template.map((m) => m.label)).toEqual(['ファイル', '編集', '表示', 'ウインドウ', 'ヘルプ']);
    expect(find(template, 'ディールルームを取り込む…')).toBeDefined();
    expect(find(template, '比較表')?.accelerator).toBe('CmdOrCtrl+1');
    const languages = items(find(template, '言語'));
    expect(languages.map((l) => [l.label, l.type, l.checked])).toEqual([
      ['English', 'radio', false],
      ['日本語', 'radio', true],
    ]);
  });

  it('puts the app menu first on macOS and forwards commands to the window', () => {
    const { calls, actions } = recorder();
    const template = buildMenuTemplate({ lang: 'en', isMac: true, isDev: false, t: translator('en') }, actions);
    expect(template.map((m) => m.label)).toEqual(['Shinrai', 'File', 'Edit', 'View', 'Window', 'Help']);
    expect(items(template[1]).some((i) => i.role === 'quit')).toBe(false);
    for (const label of ['New Deal-Room…', 'Comparison Matrix', '日本語', 'English', 'Import Deal-Room…', 'Export Deal-Room…', 'Documentation', 'About Shinrai'])
      click(find(template, label));
    expect(calls).toEqual(['send:dealRoom.new', 'send:view.matrix', 'send:language.ja', 'send:language.en', 'import', 'export', 'docs', 'about']);
  });
});
