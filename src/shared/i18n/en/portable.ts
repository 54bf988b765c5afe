/** Texts of the portable area (issue 7): screens, and the store's messages under errors. */
export const portable = {
  placeholderKeyRemoveMe: '',
};
