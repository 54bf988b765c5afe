import type { print as en } from '../en/print';

/** Texts of the printed matrix and its preview (issue 7). */
export const print: typeof en = {
};
