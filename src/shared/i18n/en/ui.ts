/** Strings of the ui area (filled by its owner). */
export const ui = {};
