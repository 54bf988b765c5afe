/** Contract operations of issue 7 (executive output): portable. */
export const portableOps = {} as const;
