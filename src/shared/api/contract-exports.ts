/** Contract operations of issue 7 (executive output): exports. */
export const exportsOps = {} as const;
