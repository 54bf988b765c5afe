import type { flags as en } from '../en/flags';

/** 審査ワークフロー（issue 5）の文言。 */
export const flags: typeof en = {
  placeholderKeyRemoveMe: '',
};
