/** Texts of the printed matrix and its preview (issue 7). */
export const print = {
} as const;
