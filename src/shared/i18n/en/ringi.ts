/** Texts of people and circulation (issue 8): profiles, routes, proposals, decisions; store messages under errors. */
export const ringi = {
};
