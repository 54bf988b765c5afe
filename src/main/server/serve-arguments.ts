/**
 * The command line of `serve.ts`, parsed with node:util and checked with zod
 * so that a wrong value is named and explained instead of half-used.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { Language } from '../../shared/domain/entities';
import { parseDataOption, parseLangOption } from '../cli/shared-options';
import { fromParseArgsError, usageError } from '../cli/usage-error';

export type ServeArguments =
  | { kind: 'help'; lang?: Language }
  | {
      kind: 'serve';
      port: number;
      dataDir?: string;
      lang?: Language;
      /** Set by `npm start` when it falls back to browser mode, so the reason is said once, translated. */
      explainBrowserMode: boolean;
    };

const Port = z
  .string()
  .regex(/^\d{1,5}$/)
  .transform(Number)
  .pipe(z.number().int().min(0).max(65_535));

export function parseServeArguments(argv: readonly string[]): ServeArguments {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        port: { type: 'string' },
        data: { type: 'string' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        'explain-browser-mode': { type: 'boolean' },
      },
      allowPositionals: false,
      strict: true,
    }));
  } catch (err) {
    throw fromParseArgsError(err) ?? err;
  }
  const lang = parseLangOption(values.lang);
  if (values.help === true) return lang ? { kind: 'help', lang } : { kind: 'help' };
  let port = 0;
  if (values.port !== undefined) {
    const parsed = Port.safeParse(values.port);
    if (!parsed.success) throw usageError('errors.invalidOption', { option: '--port', problemKey: 'server.invalidPort' });
    port = parsed.data;
  }
  const dataDir = parseDataOption(values.data);
  return {
    kind: 'serve',
    port,
    ...(dataDir !== undefined ? { dataDir } : {}),
    ...(lang ? { lang } : {}),
    explainBrowserMode: values['explain-browser-mode'] === true,
  };
}
