import type { termsEditor as en } from '../en/terms-editor';

/** Texts of the term-sheet editor (issue 6). */
export const termsEditor: typeof en = {
};
