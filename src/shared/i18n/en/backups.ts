/** Texts of the backups area (issue 7): screens, and the store's messages under errors. */
export const backups = {
  placeholderKeyRemoveMe: '',
};
