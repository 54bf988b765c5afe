/**
 * Criteria templates: a set of pillars and criteria, with weights and
 * knock-out suggestions, that a deal-room can start from. Texts are kept in
 * both languages (either may be empty); a room created from a template takes
 * each text in the creator's language, falling back to the other.
 *
 * The same schema describes the built-in templates (src/shared/templates) and
 * the files users import and export (`shinrai.criteria-template` v1).
 */
import { z } from 'zod';
import { Id, LongText, ScoreValue, ShortText, Weight } from './entities';

export const CRITERIA_TEMPLATE_FORMAT = 'shinrai.criteria-template';
export const CRITERIA_TEMPLATE_VERSION = 1;

/** A text in English and Japanese; either may be empty. */
export const BilingualShort = z.strictObject({ en: ShortText.default(''), ja: ShortText.default('') });
export const BilingualLong = z.strictObject({ en: LongText.default(''), ja: LongText.default('') });
export type BilingualText = { en: string; ja: string };

const hasSomeText = (t: BilingualText): boolean => t.en.trim() !== '' || t.ja.trim() !== '';

export const TemplateCriterion = z.strictObject({
  /** Stable key within the template (the built-in library's criterion key). */
  key: Id,
  name: BilingualShort.refine(hasSomeText, { message: 'a name in English or Japanese is required', params: { rule: 'name_required' } }),
  description: BilingualLong.default({ en: '', ja: '' }),
  anchor1: BilingualLong.default({ en: '', ja: '' }),
  anchor3: BilingualLong.default({ en: '', ja: '' }),
  anchor5: BilingualLong.default({ en: '', ja: '' }),
  weight: Weight,
  knockout: z.boolean().default(false),
  passMark: ScoreValue.default(3),
});
export type TemplateCriterion = z.infer<typeof TemplateCriterion>;

export const TemplatePillar = z.strictObject({
  key: Id,
  name: BilingualShort.refine(hasSomeText, { message: 'a name in English or Japanese is required', params: { rule: 'name_required' } }),
  weight: Weight,
  criteria: z.array(TemplateCriterion).max(200),
});
export type TemplatePillar = z.infer<typeof TemplatePillar>;

const CriteriaTemplateBody = z.strictObject({
  format: z.literal(CRITERIA_TEMPLATE_FORMAT),
  version: z.literal(CRITERIA_TEMPLATE_VERSION),
  name: BilingualShort.refine(hasSomeText, { message: 'a name in English or Japanese is required', params: { rule: 'name_required' } }),
  description: BilingualLong.default({ en: '', ja: '' }),
  pillars: z.array(TemplatePillar).min(1).max(50),
});

/** A template file, with keys checked unique across pillars and criteria. */
export const CriteriaTemplateFile = CriteriaTemplateBody.superRefine((t, ctx) => {
  const pillarKeys = new Set<string>();
  const criterionKeys = new Set<string>();
  t.pillars.forEach((p, i) => {
    if (pillarKeys.has(p.key))
      ctx.addIssue({ code: 'custom', path: ['pillars', i, 'key'], message: `duplicate key "${p.key}"`, params: { rule: 'duplicate' } });
    pillarKeys.add(p.key);
    p.criteria.forEach((c, j) => {
      if (criterionKeys.has(c.key))
        ctx.addIssue({ code: 'custom', path: ['pillars', i, 'criteria', j, 'key'], message: `duplicate key "${c.key}"`, params: { rule: 'duplicate' } });
      criterionKeys.add(c.key);
    });
  });
});
export type CriteriaTemplateFile = z.infer<typeof CriteriaTemplateFile>;

/** A template as listed: built-in ones ship with the app, the others were saved or imported. */
export const TemplateSummary = z.object({
  id: Id,
  builtIn: z.boolean(),
  name: z.object({ en: z.string(), ja: z.string() }),
  description: z.object({ en: z.string(), ja: z.string() }),
  pillarCount: z.number().int().min(0),
  criterionCount: z.number().int().min(0),
  knockoutCount: z.number().int().min(0),
});
export type TemplateSummary = z.infer<typeof TemplateSummary>;
