/**
 * File ▸ Import and File ▸ Export in the desktop app. The window has no file
 * system access, so the main process shows the system dialogs, reads or
 * writes the interchange file and calls the same contract operations the
 * CLI uses; errors are shown with their translated message.
 */
import { dialog, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import type { ShinraiApp } from '../app';
import { readJsonFile, writeJsonFile } from '../cli/json-file';
import { CliError, cliErrorText } from '../cli/usage-error';
import { translator } from '../../shared/i18n/translator';
import type { Language } from '../../shared/domain/entities';
import { suggestedFileName } from './suggested-file-name';

function language(app: ShinraiApp): Language {
  const settings = app.invoke('settings.get', {});
  return settings.ok ? settings.value.language : 'en';
}

async function showError(win: BrowserWindow, title: string, detail: string, lang: Language): Promise<void> {
  await dialog.showMessageBox(win, { type: 'error', message: title, detail, buttons: [translator(lang)('cli:shell.dialog.ok')] });
}

/** Returns the new deal-room's id, or null when cancelled or refused. */
export async function importDealRoomWithDialog(win: BrowserWindow, app: ShinraiApp): Promise<string | null> {
  const lang = language(app);
  const t = translator(lang);
  const chosen = await dialog.showOpenDialog(win, {
    title: t('cli:shell.dialog.importTitle'),
    filters: [{ name: t('cli:shell.dialog.jsonFiles'), extensions: ['json'] }],
    properties: ['openFile'],
  });
  const file = chosen.filePaths[0];
  if (chosen.canceled || file === undefined) return null;
  let json: unknown;
  try {
    json = readJsonFile(file);
  } catch (err) {
    if (!(err instanceof CliError)) throw err;
    await showError(win, t('cli:shell.dialog.importFailed'), cliErrorText(err, t), lang);
    return null;
  }
  const imported = app.invoke('dealRooms.import', { file: json });
  if (!imported.ok) {
    await showError(win, t('cli:shell.dialog.importFailed'), imported.error.message, lang);
    return null;
  }
  // The window reopens the last deal-room on load; pointing it at the new one shows the result.
  app.invoke('settings.update', { lastDealRoomId: imported.value.id });
  return imported.value.id;
}

/** Exports the deal-room that is open (settings.lastDealRoomId). */
export async function exportDealRoomWithDialog(win: BrowserWindow, app: ShinraiApp, documentsDir: string): Promise<void> {
  const lang = language(app);
  const t = translator(lang);
  const settings = app.invoke('settings.get', {});
  const roomId = settings.ok ? settings.value.lastDealRoomId : null;
  const room = roomId === null ? null : app.invoke('dealRooms.get', { dealRoomId: roomId });
  if (room === null || !room.ok) {
    await showError(win, t('cli:shell.dialog.exportFailed'), room && !room.ok ? room.error.message : t('cli:shell.dialog.noDealRoomOpen'), lang);
    return;
  }
  const name = room.value.dealRoom.name;
  const chosen = await dialog.showSaveDialog(win, {
    title: t('cli:shell.dialog.exportTitle'),
    defaultPath: join(documentsDir, suggestedFileName(name)),
    filters: [{ name: t('cli:shell.dialog.jsonFiles'), extensions: ['json'] }],
  });
  if (chosen.canceled || chosen.filePath === undefined || chosen.filePath === '') return;
  const exported = app.invoke('dealRooms.export', { dealRoomId: room.value.dealRoom.id });
  if (!exported.ok) {
    await showError(win, t('cli:shell.dialog.exportFailed'), exported.error.message, lang);
    return;
  }
  try {
    writeJsonFile(chosen.filePath, exported.value);
  } catch (err) {
    if (!(err instanceof CliError)) throw err;
    await showError(win, t('cli:shell.dialog.exportFailed'), cliErrorText(err, t), lang);
    return;
  }
  await dialog.showMessageBox(win, {
    type: 'info',
    message: t('cli:shell.dialog.exportDone', { name, file: chosen.filePath }),
    buttons: [t('cli:shell.dialog.ok')],
  });
}
