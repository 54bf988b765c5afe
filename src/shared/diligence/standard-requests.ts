/**
 * The requests a due-diligence list usually starts from (issue 5): what a
 * principal asks a prospective partner in Japan to show before negotiating.
 * Offered as a checklist; the chosen ones are added in the reader's language
 * as plain items, which can then be edited like any other.
 *
 * Each label is named in full ("evidence:…") so the catalogue check sees it used.
 */
export const STANDARD_REQUESTS = [
  { key: 'licences', label: 'evidence:standardRequests.licences' },
  { key: 'registryExtract', label: 'evidence:standardRequests.registryExtract' },
  { key: 'financialStatements', label: 'evidence:standardRequests.financialStatements' },
  { key: 'references', label: 'evidence:standardRequests.references' },
  { key: 'complianceHistory', label: 'evidence:standardRequests.complianceHistory' },
  { key: 'antiBribery', label: 'evidence:standardRequests.antiBribery' },
  { key: 'dataProtection', label: 'evidence:standardRequests.dataProtection' },
  { key: 'sampleMonthlyReport', label: 'evidence:standardRequests.sampleMonthlyReport' },
  { key: 'organisationChart', label: 'evidence:standardRequests.organisationChart' },
  { key: 'keyPeople', label: 'evidence:standardRequests.keyPeople' },
  { key: 'insurance', label: 'evidence:standardRequests.insurance' },
  { key: 'warehouseGdp', label: 'evidence:standardRequests.warehouseGdp' },
  { key: 'qualityManual', label: 'evidence:standardRequests.qualityManual' },
] as const;

export type StandardRequestKey = (typeof STANDARD_REQUESTS)[number]['key'];
