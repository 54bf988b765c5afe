/**
 * The command line of `npm run shinrai -- <command>`, parsed with node:util
 * and checked with zod. Anything wrong is a usage error (exit code 2) that
 * names the command, option or argument at fault.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { Language } from '../../shared/domain/entities';
import { parseAsOfOption } from './as-of-option';
import { parseMonteCarloOptions, type MonteCarloRequest } from './monte-carlo-options';
import { parsePrintCommand, printMessageLanguage, PRINT_ONLY_OPTIONS, type PrintCommand } from './print-command';
import { parseDataOption, parseLangOption } from './shared-options';
import { fromParseArgsError, usageError } from './usage-error';
import { parseVerifyCommand, type VerifyCommand } from './verify-command';

export type CliCommand =
  | { name: 'list' }
  | { name: 'import'; file: string }
  | { name: 'export'; dealRoom: string; out: string }
  | { name: 'compare'; target: string; json: boolean; monteCarlo?: MonteCarloRequest }
  | { name: 'terms'; dealRoom: string; asOf: string; json: boolean }
  | PrintCommand
  | VerifyCommand;

export type CliInvocation =
  | { kind: 'help'; lang?: Language }
  | { kind: 'run'; command: CliCommand; dataDir?: string; lang?: Language };

const COMMANDS = ['list', 'import', 'export', 'compare', 'terms', 'print', 'verify'] as const;
type CommandName = (typeof COMMANDS)[number];

/** Which command-specific options each command accepts. */
const OPTIONS_OF: Record<CommandName, readonly string[]> = {
  list: [],
  import: [],
  export: ['out'],
  compare: ['json', 'monte-carlo', 'draws', 'seed'],
  terms: ['as-of', 'json'],
  print: ['out', ...PRINT_ONLY_OPTIONS],
  verify: [],
};

/** Options that take a command-specific value or flag, checked against OPTIONS_OF. */
const COMMAND_OPTIONS = ['out', 'json', 'monte-carlo', 'draws', 'seed', 'as-of', ...PRINT_ONLY_OPTIONS] as const;

/** The language asked for on the command line, even when the rest of it is wrong (to word the error). */
export function languageFromArguments(argv: readonly string[]): Language | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    const parsed = Language.safeParse(value);
    if (parsed.success) return parsed.data;
  }
  return undefined;
}

export function parseCliArguments(argv: readonly string[]): CliInvocation {
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      options: {
        data: { type: 'string' },
        lang: { type: 'string' },
        out: { type: 'string' },
        json: { type: 'boolean' },
        'as-of': { type: 'string' },
        'monte-carlo': { type: 'boolean' },
        draws: { type: 'string' },
        seed: { type: 'string' },
        paper: { type: 'string' },
        orientation: { type: 'string' },
        proposal: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    }));
  } catch (err) {
    throw fromParseArgsError(err) ?? err;
  }

  // print also takes --lang both (a print language); its messages then follow the app's language.
  const lang = positionals[0] === 'print' ? printMessageLanguage(values.lang) : parseLangOption(values.lang);
  if (values.help === true || (positionals[0] === 'help' && positionals.length === 1)) return lang ? { kind: 'help', lang } : { kind: 'help' };

  const dataDir = parseDataOption(values.data);

  const [name, ...rest] = positionals;
  if (name === undefined) throw usageError('errors.noCommand');
  const known = z.enum(COMMANDS).safeParse(name);
  if (!known.success) throw usageError('errors.unknownCommand', { command: name });
  const command = known.data;

  for (const option of COMMAND_OPTIONS) {
    if (values[option] !== undefined && !OPTIONS_OF[command].includes(option))
      throw usageError('errors.optionNotForCommand', { option: `--${option}`, command });
  }
  const expected = command === 'list' ? 0 : 1;
  const extra = rest[expected];
  if (extra !== undefined) throw usageError('errors.extraArgument', { argument: extra });
  const argument = rest[0];
  const needs = (whatKey: string) => usageError('errors.missingArgument', { command, whatKey: `errors.what.${whatKey}` });

  const base = { ...(dataDir !== undefined ? { dataDir } : {}), ...(lang ? { lang } : {}) };
  switch (command) {
    case 'list':
      return { kind: 'run', command: { name: 'list' }, ...base };
    case 'import':
      if (argument === undefined || argument.trim() === '') throw needs('file');
      return { kind: 'run', command: { name: 'import', file: argument }, ...base };
    case 'export': {
      if (argument === undefined || argument.trim() === '') throw needs('dealRoom');
      const out = values.out;
      if (typeof out !== 'string' || out.trim() === '') throw needs('out');
      return { kind: 'run', command: { name: 'export', dealRoom: argument, out }, ...base };
    }
    case 'compare': {
      if (argument === undefined || argument.trim() === '') throw needs('target');
      const monteCarlo = parseMonteCarloOptions(values['monte-carlo'], values.draws, values.seed);
      return {
        kind: 'run',
        command: { name: 'compare', target: argument, json: values.json === true, ...(monteCarlo ? { monteCarlo } : {}) },
        ...base,
      };
    }
    case 'terms': {
      if (argument === undefined || argument.trim() === '') throw needs('dealRoom');
      const asOf = parseAsOfOption(values['as-of'], command);
      return { kind: 'run', command: { name: 'terms', dealRoom: argument, asOf, json: values.json === true }, ...base };
    }
    case 'print':
      return { kind: 'run', command: parsePrintCommand(argument, values), ...base };
    case 'verify':
      return { kind: 'run', command: parseVerifyCommand(argument), ...base };
  }
}
