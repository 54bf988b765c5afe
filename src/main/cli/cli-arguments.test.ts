import { describe, expect, it } from 'vitest';
import { translator } from '../../shared/i18n/translator';
import { languageFromArguments, parseCliArguments } from './cli-arguments';
import { CliError, cliErrorText } from './usage-error';

function usageText(argv: string[], lang: 'en' | 'ja' = 'en'): string {
  try {
    parseCliArguments(argv);
  } catch (err) {
    if (!(err instanceof CliError)) throw err;
    expect(err.exitCode).toBe(2);
    return cliErrorText(err, translator(lang));
  }
  throw new Error(`expected ${argv.join(' ')} to be refused`);
}

describe('parseCliArguments', () => {
  it('reads each command with its arguments and the global options, in any order', () => {
    expect(parseCliArguments(['list'])).toEqual({ kind: 'run', command: { name: 'list' } });
    expect(parseCliArguments(['--data', '/d', 'import', 'room.json', '--lang', 'ja'])).toEqual({
      kind: 'run',
      command: { name: 'import', file: 'room.json' },
      dataDir: '/d',
      lang: 'ja',
    });
    expect(parseCliArguments(['export', 'Aoba', '--out', 'aoba.json'])).toEqual({
      kind: 'run',
      command: { name: 'export', dealRoom: 'Aoba', out: 'aoba.json' },
    });
    expect(parseCliArguments(['export', 'Aoba', '--out', '-'])).toMatchObject({ command: { out: '-' } });
    expect(parseCliArguments(['compare', '青葉', '--json'])).toEqual({ kind: 'run', command: { name: 'compare', target: '青葉', json: true } });
    expect(parseCliArguments(['compare', 'x.json'])).toMatchObject({ command: { json: false } });
  });

  it('answers --help (and help) whatever else is there', () => {
    expect(parseCliArguments(['--help'])).toEqual({ kind: 'help' });
    expect(parseCliArguments(['compare', '-h', '--lang', 'ja'])).toEqual({ kind: 'help', lang: 'ja' });
    expect(parseCliArguments(['help'])).toEqual({ kind: 'help' });
  });

  it('names what is wrong, with a pointer to the help', () => {
    const hint = ' Run "npm run shinrai -- --help" to see the commands and options.';
    expect(usageText([])).toBe(`Name a command: list, import, export, compare, terms, print or verify.${hint}`);
    expect(usageText(['delete'])).toBe(`There is no command "delete". The commands are list, import, export, compare, terms, print and verify.${hint}`);
    expect(usageText(['list', '--verbose'])).toBe(`There is no option "--verbose".${hint}`);
    expect(usageText(['list', 'extra'])).toBe(`Unexpected argument "extra".${hint}`);
    expect(usageText(['compare', 'a', 'b'])).toBe(`Unexpected argument "b".${hint}`);
    expect(usageText(['import'])).toBe(`The import command needs the path of a JSON file.${hint}`);
    expect(usageText(['compare'])).toBe(`The compare command needs a deal-room (its id or name) or the path of a JSON file.${hint}`);
    expect(usageText(['export', 'Aoba'])).toBe(`The export command needs the file to write (--out <file.json>, or --out - for the terminal).${hint}`);
    expect(usageText(['list', '--json'])).toBe(`The option "--json" does not apply to the list command.${hint}`);
    expect(usageText(['compare', 'x', '--out', 'y'])).toBe(`The option "--out" does not apply to the compare command.${hint}`);
    expect(usageText(['list', '--lang', 'de'])).toBe(`--lang: must be "en" or "ja"${hint}`);
    expect(usageText(['list', '--data', ' '])).toBe(`--data: must not be empty${hint}`);
    expect(usageText(['list', '--data'])).toBe(`The option "--data" needs a value.${hint}`);
    expect(usageText(['compare', 'x', '--json=yes'])).toBe(`The option "--json" does not take a value.${hint}`);
  });

  it('words usage errors in Japanese too', () => {
    expect(usageText(['import'], 'ja')).toBe(
      'import コマンドにはJSONファイルのパスが必要です。 コマンドとオプションは「npm run shinrai -- --help」で確認できます。',
    );
    expect(usageText(['list', '--lang', 'de'], 'ja')).toMatch(/^--lang：「en」か「ja」を指定してください/);
  });
});

describe('languageFromArguments', () => {
  it('finds a valid --lang even in an otherwise broken command line', () => {
    expect(languageFromArguments(['bogus', '--lang', 'ja'])).toBe('ja');
    expect(languageFromArguments(['--lang=en', '--nope'])).toBe('en');
    expect(languageFromArguments(['--lang', 'fr'])).toBeUndefined();
    expect(languageFromArguments(['list'])).toBeUndefined();
  });
});
