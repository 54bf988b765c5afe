/**
 * The command-line door: list, import, export and compare, through the same
 * contract as the window. Every failure ends as one translated line on
 * stderr and exit code 1 (2 when the command line itself is wrong); stack
 * traces only with SHINRAI_DEBUG=1.
 */
import { existsSync, statSync } from 'node:fs';
import type { DealRoomDetail, Language } from '../../shared/domain/entities';
import { buildComparisonReport } from '../../shared/engine/comparison-report';
import { translator } from '../../shared/i18n/translator';
import { createApp, type ShinraiApp } from '../app';
import type { Logger } from '../dispatcher';
import { defaultDataDir } from '../store/default-data-dir';
import { languageFromArguments, parseCliArguments, type CliCommand } from './cli-arguments';
import { comparisonText } from './comparison-table';
import { dealRoomListText } from './deal-room-list-text';
import { detailFromJsonFile } from './file-comparison';
import { readJsonFile, writeJsonFile } from './json-file';
import type { MonteCarloRequest } from './monte-carlo-options';
import { monteCarloReport, monteCarloText } from './monte-carlo-text';
import { runPrintCommand } from './print-command';
import { resolveDealRoom } from './resolve-deal-room';
import { unlockIfLocked } from './unlock-from-environment';
import { termsOutput } from './terms-command';
import { CliError, cliErrorText, failure, failureMessage } from './usage-error';
import { runVerifyCommand } from './verify-command';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
}

/** Before a data folder is open, messages follow the system's language. */
export function systemLanguage(env: NodeJS.ProcessEnv): Language {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

function debugLogger(io: CliIo): Logger {
  const debug = io.env.SHINRAI_DEBUG !== undefined && io.env.SHINRAI_DEBUG !== '' && io.env.SHINRAI_DEBUG !== '0';
  return (level, message, detail) => {
    if (!debug || level === 'info') return;
    const text = detail instanceof Error ? `${message}: ${detail.stack ?? detail.message}` : detail === undefined ? message : `${message}: ${JSON.stringify(detail)}`;
    io.stderr(`${text}\n`);
  };
}

/** A path to an existing file, or anything ending in .json, is a file; anything else names a deal-room. */
function isFileTarget(target: string): boolean {
  try {
    if (existsSync(target) && statSync(target).isFile()) return true;
  } catch {
    // Unreadable metadata: decide by the name alone.
  }
  return /\.json$/i.test(target);
}

function openApp(dataDir: string, seedSample: boolean, log: Logger): ShinraiApp {
  try {
    return createApp({ dataDir, seedSample, log });
  } catch (err) {
    throw failure('errors.dataFolderUnusable', { dir: dataDir, reason: err instanceof Error ? err.message : String(err) });
  }
}

function appLanguage(app: ShinraiApp): Language {
  const settings = app.invoke('settings.get', {});
  return settings.ok ? settings.value.language : 'en';
}

function roomDetail(app: ShinraiApp, query: string, lang: Language, env: NodeJS.ProcessEnv): DealRoomDetail {
  const listed = app.invoke('dealRooms.list', { includeArchived: true }, { lang });
  if (!listed.ok) throw failureMessage(listed.error.message);
  const room = resolveDealRoom(listed.value, query);
  unlockIfLocked(app, room, lang, env);
  const detail = app.invoke('dealRooms.get', { dealRoomId: room.id }, { lang });
  if (!detail.ok) throw failure('errors.dealRoomUnavailable', { name: room.name || room.id, message: detail.error.message });
  return detail.value;
}

function runCommand(command: CliCommand, app: ShinraiApp, lang: Language, io: CliIo): void {
  const t = translator(lang);
  const print = (lines: string[] | string) => io.stdout(`${Array.isArray(lines) ? lines.join('\n') : lines}\n`);
  switch (command.name) {
    case 'list': {
      const listed = app.invoke('dealRooms.list', { includeArchived: true }, { lang });
      if (!listed.ok) throw failureMessage(listed.error.message);
      print(dealRoomListText(listed.value, app.dataDir, lang));
      return;
    }
    case 'import': {
      const json = readJsonFile(command.file);
      const imported = app.invoke('dealRooms.import', { file: json }, { lang });
      if (!imported.ok) throw failure('errors.importRefused', { file: command.file, message: imported.error.message });
      print(t('cli:import.done', { name: imported.value.name, id: imported.value.id }));
      return;
    }
    case 'export': {
      const detail = roomDetail(app, command.dealRoom, lang, io.env);
      const exported = app.invoke('dealRooms.export', { dealRoomId: detail.dealRoom.id }, { lang });
      if (!exported.ok) throw failure('errors.dealRoomUnavailable', { name: detail.dealRoom.name, message: exported.error.message });
      if (command.out === '-') {
        print(JSON.stringify(exported.value, null, 2));
        return;
      }
      writeJsonFile(command.out, exported.value);
      print(t('cli:export.done', { name: detail.dealRoom.name, file: command.out }));
      return;
    }
    case 'compare': {
      const detail = roomDetail(app, command.target, lang, io.env);
      print(comparisonOutput(detail, command, lang));
      return;
    }
    case 'terms': {
      const detail = roomDetail(app, command.dealRoom, lang, io.env);
      print(termsOutput(detail, command, lang));
      return;
    }
    case 'print': {
      const detail = roomDetail(app, command.dealRoom, lang, io.env);
      print(runPrintCommand(command, app, detail.dealRoom.id, lang));
      return;
    }
    case 'verify':
      print(runVerifyCommand(command, app, lang, io.env));
      return;
  }
}

interface CompareOptions {
  json: boolean;
  monteCarlo?: MonteCarloRequest;
  /** Set when the deal-room was read from a file rather than the data folder. */
  sourceFile?: string;
}

/** What `compare` prints: the matrix (text or JSON), and with --monte-carlo the uncertainty after it. */
function comparisonOutput(detail: DealRoomDetail, options: CompareOptions, lang: Language): string {
  const monteCarlo = options.monteCarlo ? monteCarloReport(detail, options.monteCarlo, lang) : undefined;
  if (options.json) {
    const report = buildComparisonReport(detail, lang);
    return JSON.stringify(monteCarlo ? { ...report, monteCarlo } : report, null, 2);
  }
  const lines = comparisonText(detail, { lang, ...(options.sourceFile !== undefined ? { sourceFile: options.sourceFile } : {}) });
  if (monteCarlo) lines.push('', ...monteCarloText(detail, monteCarlo, lang));
  return lines.join('\n');
}

/** Compares a file without touching any data folder beyond reading the language setting of one that exists. */
function compareFile(target: string, options: CompareOptions, lang: Language, io: CliIo): void {
  const detail = detailFromJsonFile(target, lang);
  io.stdout(`${comparisonOutput(detail, { ...options, sourceFile: target }, lang)}\n`);
}

export function runCli(argv: readonly string[], io: CliIo): number {
  let lang: Language = languageFromArguments(argv) ?? systemLanguage(io.env);
  let app: ShinraiApp | undefined;
  const log = debugLogger(io);
  try {
    const invocation = parseCliArguments(argv);
    if (invocation.kind === 'help') {
      io.stdout(`${translator(lang)('cli:usage')}\n`);
      return 0;
    }
    const { command } = invocation;
    const dataDir = invocation.dataDir ?? defaultDataDir(io.env);

    if (command.name === 'compare' && isFileTarget(command.target)) {
      // Only an existing data folder is opened, and only for its language setting: nothing is seeded or stored.
      if (!invocation.lang && existsSync(dataDir)) {
        app = openApp(dataDir, false, log);
        lang = appLanguage(app);
      }
      compareFile(command.target, command, invocation.lang ?? lang, io);
      return 0;
    }

    app = openApp(dataDir, true, log);
    lang = invocation.lang ?? appLanguage(app);
    runCommand(command, app, lang, io);
    return 0;
  } catch (err) {
    if (err instanceof CliError) {
      io.stderr(`${cliErrorText(err, translator(lang))}\n`);
      return err.exitCode;
    }
    log('error', 'the command failed unexpectedly', err);
    io.stderr(`${translator(lang)('cli:errors.internal')}\n`);
    return 1;
  } finally {
    app?.close();
  }
}
