import type { termRisks as en } from '../en/term-risks';

/** 契約条件のリスク確認と撤退難易度（issue 6）の文言。 */
export const termRisks: typeof en = {
};
