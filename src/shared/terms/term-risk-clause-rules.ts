/**
 * The term-risk rules that read the clause facts (and the candidate's red
 * flags): rules 3, 4, 5, 6, 10 and 11 of term-risks.ts, whose header gives
 * their exact conditions and severities.
 */
import { inBothLanguages } from './bilingual-text';
import { grantsOf, hasBaseTarget, risk, type RiskRule } from './term-risk-rule';

/** 3. No performance clause, and no phase has a minimum (base) target either. */
export const noPerformanceClause: RiskRule = ({ sheet, phases }) => {
  if (sheet.clauses.performanceClause || phases.some(hasBaseTarget)) return [];
  return [
    risk(
      'no_performance_clause',
      'high',
      'clause:performanceClause',
      inBothLanguages((t) => t('termRisks:rules.noPerformanceClause.finding')),
      inBothLanguages((t) => t('termRisks:rules.noPerformanceClause.remedy')),
    ),
  ];
};

/** 4. The registration is held by the partner (high) or a third party (medium) with no transfer clause. */
export const registrationWithoutTransfer: RiskRule = ({ sheet }) => {
  const { registrationHolder, registrationTransfer } = sheet.clauses;
  if (registrationTransfer || (registrationHolder !== 'partner' && registrationHolder !== 'third_party')) return [];
  const byPartner = registrationHolder === 'partner';
  return [
    risk(
      'registration_without_transfer',
      byPartner ? 'high' : 'medium',
      'clause:registrationTransfer',
      inBothLanguages((t) => t(byPartner ? 'termRisks:rules.registrationWithoutTransfer.partnerFinding' : 'termRisks:rules.registrationWithoutTransfer.thirdPartyFinding')),
      inBothLanguages((t) => t('termRisks:rules.registrationWithoutTransfer.remedy')),
    ),
  ];
};

/** 5. No data sharing at all (medium), or only once a year (low). */
export const noDataSharing: RiskRule = ({ sheet }) => {
  const cadence = sheet.clauses.dataSharing;
  if (cadence === 'none') {
    return [
      risk(
        'no_data_sharing',
        'medium',
        'clause:dataSharing',
        inBothLanguages((t) => t('termRisks:rules.noDataSharing.noneFinding')),
        inBothLanguages((t) => t('termRisks:rules.noDataSharing.noneRemedy')),
      ),
    ];
  }
  if (cadence === 'annually') {
    return [
      risk(
        'no_data_sharing',
        'low',
        'clause:dataSharing',
        inBothLanguages((t) => t('termRisks:rules.noDataSharing.annualFinding')),
        inBothLanguages((t) => t('termRisks:rules.noDataSharing.annualRemedy')),
      ),
    ];
  }
  return [];
};

/** 6. No exit (transition) assistance. */
export const noExitAssistance: RiskRule = ({ sheet }) => {
  if (sheet.clauses.exitAssistance) return [];
  return [
    risk(
      'no_exit_assistance',
      'medium',
      'clause:exitAssistance',
      inBothLanguages((t) => t('termRisks:rules.noExitAssistance.finding')),
      inBothLanguages((t) => t('termRisks:rules.noExitAssistance.remedy')),
    ),
  ];
};

/** 10. Some phase or grant is exclusive or conditional, and the right to appoint others is not kept. */
export const noRightToAppointOthers: RiskRule = ({ sheet, phases, triggers }) => {
  if (sheet.clauses.rightToAppointOthers) return [];
  const anyExclusivity = phases.some((p) => p.exclusivity !== 'none') || grantsOf(triggers).length > 0;
  if (!anyExclusivity) return [];
  return [
    risk(
      'no_right_to_appoint_others',
      'medium',
      'clause:rightToAppointOthers',
      inBothLanguages((t) => t('termRisks:rules.noRightToAppointOthers.finding')),
      inBothLanguages((t) => t('termRisks:rules.noRightToAppointOthers.remedy')),
    ),
  ];
};

/** 11. Each confirmed red flag of the candidate whose consequence is a contract condition. */
export const redFlagConditions: RiskRule = ({ sheet }, flags) =>
  flags
    .filter((f) => f.candidateId === sheet.candidateId && f.status === 'confirmed' && f.consequence === 'contract_condition')
    .map((f) => {
      const said = f.said.trim();
      const saidBy = f.saidBy.trim();
      const condition = f.condition.trim();
      return risk(
        'red_flag_condition',
        'medium',
        'sheet',
        inBothLanguages((t) =>
          saidBy === ''
            ? t('termRisks:rules.redFlagCondition.finding', { said, condition })
            : t('termRisks:rules.redFlagCondition.findingWithSpeaker', { said, saidBy, condition }),
        ),
        inBothLanguages((t) => t('termRisks:rules.redFlagCondition.remedy')),
      );
    });
