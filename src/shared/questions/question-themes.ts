/**
 * The themes of the question bank, in the order an interview usually runs:
 * who they are and whom they already serve, how they sell, then structure,
 * plans, money, and what keeps the relationship honest over time.
 */
import type { QuestionTheme, QuestionThemeKey } from './bank-types';

export const QUESTION_THEMES: readonly QuestionTheme[] = [
  { key: 'foreign-brands', name: { en: 'Experience with foreign brands', ja: '海外ブランドの取扱経験' } },
  { key: 'sales-channels', name: { en: 'Sales channels and coverage', ja: '販売チャネルとカバー範囲' } },
  { key: 'regulatory', name: { en: 'Regulatory expertise', ja: '薬事・規制対応の専門性' } },
  { key: 'structure-and-decisions', name: { en: 'Internal structure and who decides', ja: '社内体制と意思決定者' } },
  { key: 'timeline', name: { en: 'Timeline', ja: 'スケジュール' } },
  { key: 'past-performance', name: { en: 'Past performance with similar products', ja: '類似製品での実績' } },
  { key: 'product-lines', name: { en: 'Product lines carried', ja: '取扱製品ライン' } },
  { key: 'co-investment', name: { en: 'Willingness to co-invest', ja: '共同投資への意欲' } },
  { key: 'localisation-and-education', name: { en: 'Localisation and customer education', ja: '現地化と顧客教育' } },
  { key: 'data-sharing', name: { en: 'Data sharing', ja: 'データ共有' } },
  { key: 'succession-and-key-people', name: { en: 'Succession and key people', ja: '事業承継とキーパーソン' } },
];

export function questionTheme(key: QuestionThemeKey): QuestionTheme {
  const theme = QUESTION_THEMES.find((t) => t.key === key);
  // QuestionThemeKey is a closed union and every member is listed above.
  if (!theme) throw new Error(`no question theme "${key}"`);
  return theme;
}
