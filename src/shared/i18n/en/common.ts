/** Words shared by every door: candidate types, confidence levels, marks. */
export const common = {
  appName: 'Shinrai',
  candidateType: {
    distributor: 'Distributor',
    trading_house: 'Trading house',
    agent: 'Agent',
    jv_partner: 'Joint-venture partner',
  },
  confidence: { low: 'Low', medium: 'Medium', high: 'High' },
  knockout: { passed: 'Passed', failed: 'Failed', pending: 'Pending' },
  unscored: 'Unscored',
  knockedOut: 'Knocked out',
  incomplete: 'Incomplete',
};
