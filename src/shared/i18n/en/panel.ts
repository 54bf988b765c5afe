/** Texts of the renderer's panel area (issue 4). */
export const panel = {
  placeholderKeyRemoveMe: '',
};
