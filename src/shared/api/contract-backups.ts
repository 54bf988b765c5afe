/** Contract operations of issue 7 (executive output): backups. */
export const backupsOps = {} as const;
