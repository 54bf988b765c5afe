import type { ringi as en } from '../en/ringi';

/** 担当者と稟議（issue 8）の文言。 */
export const ringi: typeof en = {
};
