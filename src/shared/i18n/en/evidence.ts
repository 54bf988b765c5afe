/** Texts of the vetting workflow's evidence area (issue 5): screens, and the store's messages under errors. */
export const evidence = {
  placeholderKeyRemoveMe: '',
};
