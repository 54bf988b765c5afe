/**
 * Strings of the engine area: the plain-words summary of the ranking and its
 * sensitivity (src/shared/engine/sensitivity-sentences.ts), of a Monte Carlo
 * run (monte-carlo-sentences.ts) and of the consistency of AHP judgements
 * (ahp-sentences.ts). Names and numbers are interpolated already formatted
 * for the reader's language.
 */
export const engine = {
  summary: {
    noCandidates: 'No candidate is marked for comparison yet, so there is nothing to rank.',
    allKnockedOut: 'Every compared candidate is knocked out, so none can be ranked.',
    onlyCandidate: '{{leader}} is the only candidate compared, so there is no ranking to test.',
    onlyRanked: '{{leader}} is the only candidate not knocked out, so no change of weights can alter the winner.',
    noWeights: 'No criterion carries any weight yet, so every total is 0 and there is no ranking to test.',
    nothingScored: 'No weighted criterion has been scored yet, so every total is 0 and there is no ranking to test.',
    leads: '{{leader}} leads by {{points}} points.',
    leadsNarrowly: '{{leader}} leads by less than {{points}} points.',
    tie: '{{names}} are tied for first place.',
    tieFragile: 'With a tie for first, the slightest change to one weight decides the winner: the ranking is fragile.',
    closestCriterion:
      "The closest challenge: if '{{criterion}}' weighed {{threshold}} instead of {{current}}, {{challenger}} would rank first.",
    closestPillar:
      'The closest challenge among pillars: if the {{pillar}} pillar weighed {{threshold}} of the whole instead of {{current}}, {{challenger}} would rank first.',
    noCriterionCrossing: "No change to one criterion's weight alone can change the winner.",
    noPillarCrossing: "No change to one pillar's weight alone can change the winner.",
    robust: 'No single weight change under {{margin}} points changes the winner: the ranking is robust.',
    fragile: 'A change of only {{points}} points in one weight changes the winner: the ranking is fragile.',
    fragileTiny: 'A change of less than {{points}} points in one weight changes the winner: the ranking is fragile.',
    noMargin: 'No robustness margin is set, so the ranking is not rated robust or fragile.',
    // Names can end in a full stop ("Co., Ltd."), so none is put right after them.
    knockedOut_one: '{{names}} is knocked out and not ranked.',
    knockedOut_other: '{{names}} are knocked out and not ranked.',
    incomplete: 'Scoring is incomplete for {{names}}; unscored criteria count as 0 in the totals.',
  },
  threshold: {
    none: 'No change of this weight alone can change the winner.',
    level: '{{challenger}} is already level with the leader.',
    criterion: 'At {{threshold}} instead of {{current}} ({{change}} points, {{relative}}), {{challenger}} would rank first.',
    pillar:
      'At {{threshold}} of the whole instead of {{current}} ({{change}} points, {{relative}}), {{challenger}} would rank first.',
  },
  monteCarlo: {
    noCandidates: 'No candidate is compared, so there is nothing to simulate.',
    noDraws: 'No draws have been run yet.',
    noneRanked_one: 'Every candidate was knocked out in the single draw, so none ranked first.',
    noneRanked_other: 'Every candidate was knocked out in all {{draws}} draws, so none ranked first.',
    // The ranking sentence is built from parts: the leader, then the others by share, then the end.
    lead_one: '{{name}} ranks first in {{share}} of {{draws}} draw',
    lead_other: '{{name}} ranks first in {{share}} of {{draws}} draws',
    next: '{{name}} in {{share}}',
    othersUnder: 'the others in under {{percent}}',
    separator: '; ',
    end: '.',
    under: 'under {{percent}}',
    over: 'over {{percent}}',
    never_one: '{{names}} never ranks first.',
    never_other: '{{names}} never rank first.',
    knockedOut: 'Knocked out in some draws: {{list}}.',
    knockedOutItem: '{{name}} ({{share}})',
  },
  consistency: {
    single: 'With a single item there is nothing to compare: it carries the whole weight.',
    pair: 'With two items there is a single comparison, which cannot contradict itself.',
    consistent: 'Consistent enough: consistency ratio {{ratio}} (limit {{limit}}).',
    inconsistent: 'Not consistent enough: consistency ratio {{ratio}} is above {{limit}}.',
    mostAtOdds:
      'The comparison most at odds with the rest is {{a}} against {{b}}: you judged {{given}}, the other judgements imply about {{implied}}.',
  },
};
