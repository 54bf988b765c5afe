import type { pipeline as en } from '../en/pipeline';

/** 審査ワークフロー（issue 5）の文言。 */
export const pipeline: typeof en = {
  placeholderKeyRemoveMe: '',
};
