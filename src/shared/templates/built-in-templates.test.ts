import { describe, expect, it } from 'vitest';
import { CriteriaTemplateFile } from '../domain/criteria-template';
import {
  builtInTemplate,
  builtInTemplates,
  GENERAL_DISTRIBUTOR_TEMPLATE_ID,
  isBuiltInTemplateId,
  MEDICAL_DISTRIBUTOR_TEMPLATE_ID,
} from './built-in-templates';
import { CRITERIA_LIBRARY } from './criteria-library';
import { templateShares } from './template-shares';
import { summariseTemplate } from './template-summary';

function template(id: string): CriteriaTemplateFile {
  const t = builtInTemplate(id);
  if (!t) throw new Error(`no built-in template ${id}`);
  return t;
}

const criteriaOf = (t: CriteriaTemplateFile) => t.pillars.flatMap((p) => p.criteria);
const knockoutKeys = (t: CriteriaTemplateFile) => criteriaOf(t).filter((c) => c.knockout).map((c) => c.key).sort();

describe('the built-in templates', () => {
  it('are the general and the medical distributor templates, with built-in ids', () => {
    const all = builtInTemplates();
    expect(all.map((t) => t.id)).toEqual([GENERAL_DISTRIBUTOR_TEMPLATE_ID, MEDICAL_DISTRIBUTOR_TEMPLATE_ID]);
    expect(all.every((t) => isBuiltInTemplateId(t.id))).toBe(true);
    expect(template(GENERAL_DISTRIBUTOR_TEMPLATE_ID).name).toEqual({ en: 'Distributor in Japan (general)', ja: '日本の販売代理店（一般）' });
    expect(template(MEDICAL_DISTRIBUTOR_TEMPLATE_ID).name.en).toBe('Distributor in Japan (regulated medical products)');
  });

  it('each parse as a criteria template file, unchanged by parsing', () => {
    for (const { file } of builtInTemplates()) {
      const parsed = CriteriaTemplateFile.safeParse(file);
      expect(parsed.success, parsed.success ? '' : parsed.error.message).toBe(true);
      expect(parsed.data).toEqual(file);
    }
  });

  it('give every pillar and criterion a weight above 0', () => {
    for (const { id, file } of builtInTemplates()) {
      const zero = [...file.pillars.filter((p) => !(p.weight > 0)), ...criteriaOf(file).filter((c) => !(c.weight > 0))];
      expect(zero.map((x) => `${id}:${x.key}`)).toEqual([]);
    }
  });

  it('count their pillars, criteria and knock-outs', () => {
    expect(summariseTemplate(GENERAL_DISTRIBUTOR_TEMPLATE_ID, true, template(GENERAL_DISTRIBUTOR_TEMPLATE_ID))).toMatchObject({
      pillarCount: 5,
      criterionCount: 29,
      knockoutCount: 2,
    });
    expect(summariseTemplate(MEDICAL_DISTRIBUTOR_TEMPLATE_ID, true, template(MEDICAL_DISTRIBUTOR_TEMPLATE_ID))).toMatchObject({
      pillarCount: 5,
      criterionCount: 33,
      knockoutCount: 3,
    });
  });

  it('make the licences and a clean record knock-outs with pass mark 3', () => {
    expect(knockoutKeys(template(GENERAL_DISTRIBUTOR_TEMPLATE_ID))).toEqual(['business-licences', 'clean-compliance-record']);
    const medical = template(MEDICAL_DISTRIBUTOR_TEMPLATE_ID);
    expect(knockoutKeys(medical)).toEqual(['clean-compliance-record', 'mah-licence', 'sales-licence']);
    expect(criteriaOf(medical).filter((c) => c.knockout).map((c) => c.passMark)).toEqual([3, 3, 3]);
  });

  it('weigh Compliance most in the medical template, and more than in the general one', () => {
    const medical = templateShares(template(MEDICAL_DISTRIBUTOR_TEMPLATE_ID));
    const general = templateShares(template(GENERAL_DISTRIBUTOR_TEMPLATE_ID));
    expect(medical.pillars.compliance).toBeCloseTo(0.3, 12);
    expect(Math.max(...Object.values(medical.pillars))).toBe(medical.pillars.compliance);
    expect(general.pillars.compliance).toBeCloseTo(0.2, 12);
  });

  it('keep regulated-medical criteria out of the general template and all of them in the medical one', () => {
    const medicalOnly = CRITERIA_LIBRARY.filter((c) => c.scope === 'medical').map((c) => c.key);
    const generalKeys = new Set(criteriaOf(template(GENERAL_DISTRIBUTOR_TEMPLATE_ID)).map((c) => c.key));
    const medicalKeys = new Set(criteriaOf(template(MEDICAL_DISTRIBUTOR_TEMPLATE_ID)).map((c) => c.key));
    expect(medicalOnly.filter((k) => generalKeys.has(k))).toEqual([]);
    expect(medicalOnly.filter((k) => !medicalKeys.has(k))).toEqual([]);
  });

  it('between them use every criterion of the library', () => {
    const used = new Set(builtInTemplates().flatMap((t) => criteriaOf(t.file).map((c) => c.key)));
    expect(CRITERIA_LIBRARY.filter((c) => !used.has(c.key)).map((c) => c.key)).toEqual([]);
  });

  it('hand out copies, so a caller cannot change the library', () => {
    const first = template(MEDICAL_DISTRIBUTOR_TEMPLATE_ID);
    first.pillars[0]!.weight = 999;
    first.pillars[0]!.criteria[0]!.name.en = 'changed';
    const second = template(MEDICAL_DISTRIBUTOR_TEMPLATE_ID);
    expect(second.pillars[0]!.weight).toBe(25);
    expect(second.pillars[0]!.criteria[0]!.name.en).toBe('Sales against market potential');
  });

  it('know nothing of other ids', () => {
    expect(builtInTemplate('builtin:nothing')).toBeUndefined();
    expect(isBuiltInTemplateId('5d0c8f8e-1111-4e5e-9a53-000000000000')).toBe(false);
  });
});
