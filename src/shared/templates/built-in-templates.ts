/**
 * The templates that ship with Shinrai, composed from the criteria library by
 * key: which criteria each template takes, with what weight, and which are
 * knock-outs. A criterion named only by its key takes the library's suggested
 * weight and knock-out; a template may override either.
 */
import {
  CRITERIA_TEMPLATE_FORMAT,
  CRITERIA_TEMPLATE_VERSION,
  type BilingualText,
  type CriteriaTemplateFile,
  type TemplateCriterion,
} from '../domain/criteria-template';
import { libraryCriterion, type LibraryCriterionKey } from './criteria-library';
import { libraryPillar } from './library-pillars';
import type { PillarKey } from './library-types';

/** Ids of built-in templates start with this; ids of user templates never do. */
export const BUILT_IN_PREFIX = 'builtin:';
export const GENERAL_DISTRIBUTOR_TEMPLATE_ID = 'builtin:distributor-general';
export const MEDICAL_DISTRIBUTOR_TEMPLATE_ID = 'builtin:distributor-medical';

/** SCORING.md ("Inputs"): a knock-out's pass mark m_c defaults to 3. */
const DEFAULT_PASS_MARK = 3;

type CriterionPick = LibraryCriterionKey | { key: LibraryCriterionKey; weight?: number; knockout?: boolean; passMark?: number };

interface TemplateRecipe {
  id: string;
  name: BilingualText;
  description: BilingualText;
  pillars: { key: PillarKey; weight: number; criteria: CriterionPick[] }[];
}

const GENERAL: TemplateRecipe = {
  id: GENERAL_DISTRIBUTOR_TEMPLATE_ID,
  name: { en: 'Distributor in Japan (general)', ja: '日本の販売代理店（一般）' },
  description: {
    en: 'For choosing a distributor or trading partner in Japan for products without special market regulation. Covers all five pillars, with the licences the business needs and a clean compliance record as knock-outs.',
    ja: '特別な業規制のない商品について、日本の販売代理店・商社を選ぶためのテンプレートです。5つの評価軸をすべて含み、事業に必要な許認可と重大な法令違反歴がないことを足切り条件としています。',
  },
  pillars: [
    {
      key: 'effectiveness',
      weight: 30,
      criteria: ['sales-vs-potential', 'key-account-access', 'field-force', 'marketing-localisation', 'customer-education', 'channel-coverage'],
    },
    {
      key: 'compliance',
      weight: 20,
      criteria: ['business-licences', 'clean-compliance-record', 'anti-bribery-fair-trade', 'labelling-and-advertising', 'data-integrity', 'data-protection'],
    },
    {
      key: 'trustworthiness',
      weight: 20,
      criteria: ['sales-data-transparency', 'proactive-communication', 'growth-alignment', 'cultural-fit', 'commitments-kept', 'executive-backing'],
    },
    {
      key: 'capability',
      weight: 15,
      criteria: ['financial-strength', 'logistics-inventory', 'digital-ecommerce', 'dedicated-team', 'portfolio-priority', 'co-investment'],
    },
    {
      key: 'strategic-fit',
      weight: 15,
      criteria: ['brand-positioning', 'reputation', 'plan-fit', 'competing-lines', 'staged-terms'],
    },
  ],
};

/**
 * Regulated medical products: the licences decide whether the product can be
 * sold at all, so Compliance carries the largest weight and the licences and
 * a clean record are knock-outs. Hospitals, opinion leaders and congresses
 * weigh more in Effectiveness than they do for general goods.
 */
const MEDICAL: TemplateRecipe = {
  id: MEDICAL_DISTRIBUTOR_TEMPLATE_ID,
  name: { en: 'Distributor in Japan (regulated medical products)', ja: '日本の販売代理店（規制対象の医療製品）' },
  description: {
    en: 'For medical devices and medicines regulated under the PMD Act. Adds the regulatory criteria (marketing authorisation and sales licences, quality and vigilance, fair promotion, traceability, who holds the approvals), gives Compliance the largest weight, and makes the licences and a clean compliance record knock-outs.',
    ja: '薬機法の規制を受ける医療機器・医薬品向けのテンプレートです。製造販売業許可・販売業許可、品質管理・市販後安全管理、適正な販売促進、トレーサビリティ、承認の保有者といった規制面の項目を加え、コンプライアンスの重みを最も大きくし、許可と重大な法令違反歴がないことを足切り条件としています。',
  },
  pillars: [
    {
      key: 'effectiveness',
      weight: 25,
      criteria: [
        'sales-vs-potential',
        { key: 'key-account-access', weight: 25 },
        'field-force',
        { key: 'kol-engagement', weight: 20 },
        { key: 'event-presence', weight: 10 },
        'customer-education',
      ],
    },
    {
      key: 'compliance',
      weight: 30,
      criteria: [
        'mah-licence',
        'sales-licence',
        { key: 'clean-compliance-record', weight: 15 },
        'quality-and-vigilance',
        'fair-promotion',
        'anti-bribery-fair-trade',
        { key: 'traceability-recall', weight: 5 },
        'transferable-approvals',
        { key: 'data-protection', weight: 5 },
        { key: 'data-integrity', weight: 5 },
      ],
    },
    {
      key: 'trustworthiness',
      weight: 20,
      criteria: ['sales-data-transparency', 'proactive-communication', 'growth-alignment', 'commitments-kept', 'executive-backing'],
    },
    {
      key: 'capability',
      weight: 15,
      criteria: ['dedicated-team', 'regulatory-affairs', 'technical-service', 'portfolio-priority', 'logistics-inventory', 'co-investment', 'financial-strength'],
    },
    {
      key: 'strategic-fit',
      weight: 10,
      criteria: ['brand-positioning', 'reputation', 'competing-lines', 'staged-terms', 'channel-independence'],
    },
  ],
};

function criterionFrom(pick: CriterionPick): TemplateCriterion {
  const { key, ...override } = typeof pick === 'string' ? { key: pick } : pick;
  const c = libraryCriterion(key);
  return {
    key,
    name: { ...c.name },
    description: { ...c.description },
    anchor1: { ...c.anchor1 },
    anchor3: { ...c.anchor3 },
    anchor5: { ...c.anchor5 },
    weight: override.weight ?? c.suggestedWeight,
    knockout: override.knockout ?? c.suggestedKnockout,
    passMark: override.passMark ?? DEFAULT_PASS_MARK,
  };
}

function compose(recipe: TemplateRecipe): CriteriaTemplateFile {
  return {
    format: CRITERIA_TEMPLATE_FORMAT,
    version: CRITERIA_TEMPLATE_VERSION,
    name: { ...recipe.name },
    description: { ...recipe.description },
    pillars: recipe.pillars.map((p) => ({
      key: p.key,
      name: { ...libraryPillar(p.key).name },
      weight: p.weight,
      criteria: p.criteria.map(criterionFrom),
    })),
  };
}

export interface BuiltInTemplate {
  id: string;
  file: CriteriaTemplateFile;
}

const BUILT_IN: readonly BuiltInTemplate[] = [GENERAL, MEDICAL].map((recipe) => ({ id: recipe.id, file: compose(recipe) }));

/** The built-in templates, in the order they are offered. Each call returns fresh copies. */
export function builtInTemplates(): BuiltInTemplate[] {
  return BUILT_IN.map((t) => ({ id: t.id, file: structuredClone(t.file) }));
}

/** A built-in template by id (a fresh copy), or undefined. */
export function builtInTemplate(id: string): CriteriaTemplateFile | undefined {
  const found = BUILT_IN.find((t) => t.id === id);
  return found ? structuredClone(found.file) : undefined;
}

export function isBuiltInTemplateId(id: string): boolean {
  return id.startsWith(BUILT_IN_PREFIX);
}
