import type { exports as en } from '../en/exports';

/** exports（issue 7）の文言。 */
export const exports: typeof en = {
  placeholderKeyRemoveMe: '',
};
