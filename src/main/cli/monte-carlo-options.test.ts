import { describe, expect, it } from 'vitest';
import { translator } from '../../shared/i18n/translator';
import { parseCliArguments } from './cli-arguments';
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

const hint = ' Run "npm run shinrai -- --help" to see the commands and options.';

describe('compare --monte-carlo options', () => {
  it('defaults to 10,000 draws and seed 1, and reads --draws and --seed', () => {
    expect(parseCliArguments(['compare', 'room', '--monte-carlo'])).toEqual({
      kind: 'run',
      command: { name: 'compare', target: 'room', json: false, monteCarlo: { draws: 10_000, seed: 1 } },
    });
    expect(parseCliArguments(['compare', 'room', '--monte-carlo', '--draws', '250', '--seed=4294967295', '--json'])).toEqual({
      kind: 'run',
      command: { name: 'compare', target: 'room', json: true, monteCarlo: { draws: 250, seed: 4_294_967_295 } },
    });
    expect(parseCliArguments(['compare', 'room', '--seed', '0', '--monte-carlo', '--draws', '1000000'])).toMatchObject({
      command: { monteCarlo: { draws: 1_000_000, seed: 0 } },
    });
    // Without the flag there is no Monte Carlo run at all.
    expect(parseCliArguments(['compare', 'room'])).toEqual({ kind: 'run', command: { name: 'compare', target: 'room', json: false } });
  });

  it('refuses draws and seeds outside their ranges, naming the option', () => {
    for (const draws of ['0', '1000001', '2.5', 'many', '1e4', '']) {
      expect(usageText(['compare', 'room', '--monte-carlo', `--draws=${draws}`])).toBe(`--draws: must be a whole number from 1 to 1,000,000${hint}`);
    }
    for (const seed of ['-1', '4294967296', '1.5', 'abc']) {
      expect(usageText(['compare', 'room', '--monte-carlo', `--seed=${seed}`])).toBe(`--seed: must be a whole number from 0 to 4,294,967,295${hint}`);
    }
    expect(usageText(['compare', 'room', '--monte-carlo', '--draws=0'], 'ja')).toBe(
      '--draws：1以上1,000,000以下の整数を指定してください コマンドとオプションは「npm run shinrai -- --help」で確認できます。',
    );
  });

  it('takes --draws and --seed only with --monte-carlo, and only for compare', () => {
    expect(usageText(['compare', 'room', '--draws', '100'])).toBe(`The option "--draws" works only together with --monte-carlo.${hint}`);
    expect(usageText(['compare', 'room', '--seed', '3'])).toBe(`The option "--seed" works only together with --monte-carlo.${hint}`);
    expect(usageText(['list', '--monte-carlo'])).toBe(`The option "--monte-carlo" does not apply to the list command.${hint}`);
    expect(usageText(['compare', 'room', '--monte-carlo=yes'])).toBe(`The option "--monte-carlo" does not take a value.${hint}`);
  });
});
