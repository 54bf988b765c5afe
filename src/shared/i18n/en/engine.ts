/** Strings of the engine area (filled by its owner). */
export const engine = {};
