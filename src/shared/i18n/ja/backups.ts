import type { backups as en } from '../en/backups';

/** backups（issue 7）の文言。 */
export const backups: typeof en = {
  placeholderKeyRemoveMe: '',
};
