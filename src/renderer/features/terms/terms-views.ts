/** The terms screen's views, in the order of their tabs. */
export const TERMS_VIEWS = ['sheets', 'side', 'timeline', 'collisions', 'risks'] as const;
export type TermsView = (typeof TERMS_VIEWS)[number];

export const termsViewTabId = (view: TermsView) => `terms-view-tab-${view}`;
export const TERMS_VIEW_PANEL_ID = 'terms-view-panel';
