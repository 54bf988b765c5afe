/** Strings of the cli area (filled by its owner). */
export const cli = {};
