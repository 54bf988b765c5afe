import type { longList as en } from '../en/long-list';

/** 審査ワークフロー（issue 5）の文言。 */
export const longList: typeof en = {
  placeholderKeyRemoveMe: '',
};
