/**
 * `--as-of <YYYY-MM-DD>` of the terms command: the calendar day the terms are
 * replayed to. Required; a value that is not a real date (2027-02-30) is a
 * usage error naming the option, worded in the cli namespace.
 */
import { IsoDate } from '../../shared/domain/vetting';
import { usageError } from './usage-error';

export function parseAsOfOption(value: string | boolean | undefined, command: string): string {
  if (value === undefined) throw usageError('errors.missingArgument', { command, whatKey: 'errors.what.asOf' });
  const parsed = IsoDate.safeParse(value);
  if (!parsed.success) throw usageError('errors.invalidOption', { option: '--as-of', problemKey: 'errors.invalidDate' });
  return parsed.data;
}
