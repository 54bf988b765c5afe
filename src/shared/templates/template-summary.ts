/**
 * What a template list shows about each template: its names and description
 * in both languages and how much is in it.
 */
import type { CriteriaTemplateFile, TemplateSummary } from '../domain/criteria-template';

export function summariseTemplate(id: string, builtIn: boolean, file: CriteriaTemplateFile): TemplateSummary {
  const criteria = file.pillars.flatMap((p) => p.criteria);
  return {
    id,
    builtIn,
    name: { ...file.name },
    description: { ...file.description },
    pillarCount: file.pillars.length,
    criterionCount: criteria.length,
    knockoutCount: criteria.filter((c) => c.knockout).length,
  };
}
