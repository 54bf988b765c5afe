/** Texts of the terms engine (issue 6): sentences of rights, triggers, collisions, risks and exit difficulty. */
export const terms = {
} as const;
