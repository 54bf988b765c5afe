/** Texts of the exports area (issue 7): screens, and the store's messages under errors. */
export const exports = {
  placeholderKeyRemoveMe: '',
};
