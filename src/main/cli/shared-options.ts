/**
 * The options the CLI and browser mode both take, validated the same way:
 * `--lang en|ja` and `--data <dir>`. A bad value is a usage error naming the
 * option, worded in the cli namespace.
 */
import { z } from 'zod';
import { Language } from '../../shared/domain/entities';
import { usageError } from './usage-error';

const NonEmpty = z.string().refine((s) => s.trim() !== '');

export function parseLangOption(value: string | boolean | undefined): Language | undefined {
  if (value === undefined) return undefined;
  const parsed = Language.safeParse(value);
  if (!parsed.success) throw usageError('errors.invalidOption', { option: '--lang', problemKey: 'errors.invalidLanguage' });
  return parsed.data;
}

export function parseDataOption(value: string | boolean | undefined): string | undefined {
  if (value === undefined) return undefined;
  const parsed = NonEmpty.safeParse(value);
  if (!parsed.success) throw usageError('errors.invalidOption', { option: '--data', problemKey: 'errors.emptyValue' });
  return parsed.data;
}
