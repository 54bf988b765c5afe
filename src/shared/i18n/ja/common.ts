import type { common as en } from '../en/common';

/** 全ドア共通の語彙：候補の種別、確信度、判定マーク。 */
export const common: typeof en = {
  appName: 'Shinrai（信頼）',
  candidateType: {
    distributor: '販売代理店',
    trading_house: '商社',
    agent: 'エージェント',
    jv_partner: '合弁パートナー',
  },
  confidence: { low: '低', medium: '中', high: '高' },
  knockout: { passed: '合格', failed: '不合格', pending: '未評価' },
  unscored: '未採点',
  knockedOut: '足切り',
  incomplete: '評価未完了',
};
