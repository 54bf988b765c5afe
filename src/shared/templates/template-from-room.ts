/**
 * A deal-room's pillars and criteria saved as a template: the reverse of
 * room-content-from-template.ts. Names carry over in both languages. A room
 * keeps one description and one set of anchors, written in whatever
 * language its team uses; they go into the field of the saving user's
 * language, so a room later started in the other language falls back to them.
 */
import {
  CRITERIA_TEMPLATE_FORMAT,
  CRITERIA_TEMPLATE_VERSION,
  type BilingualText,
  type CriteriaTemplateFile,
} from '../domain/criteria-template';
import type { Criterion, Language, Pillar } from '../domain/entities';

export interface TemplateIdentity {
  name: BilingualText;
  /** One description, in the saving user's language. */
  description: string;
}

/** `text` as the `lang` half of a bilingual text, the other half empty. */
export function inLanguage(text: string, lang: Language): BilingualText {
  return lang === 'ja' ? { en: '', ja: text } : { en: text, ja: '' };
}

const bySortOrder = <T extends { sortOrder: number }>(a: T, b: T) => a.sortOrder - b.sortOrder;

/**
 * Keys are the rows' ids: unique within the room, and so within the template.
 * Criteria of a pillar that is not among `pillars` are left out, as the room
 * itself never shows them.
 */
export function templateFromRoom(
  room: { pillars: readonly Pillar[]; criteria: readonly Criterion[] },
  lang: Language,
  identity: TemplateIdentity,
): CriteriaTemplateFile {
  return {
    format: CRITERIA_TEMPLATE_FORMAT,
    version: CRITERIA_TEMPLATE_VERSION,
    name: { en: identity.name.en.trim(), ja: identity.name.ja.trim() },
    description: inLanguage(identity.description, lang),
    pillars: [...room.pillars].sort(bySortOrder).map((p) => ({
      key: p.id,
      name: { en: p.nameEn, ja: p.nameJa },
      weight: p.weight,
      criteria: room.criteria
        .filter((c) => c.pillarId === p.id)
        .sort(bySortOrder)
        .map((c) => ({
          // A criterion from the library keeps its library key, so the question bank still links to it.
          key: c.libraryKey !== '' ? c.libraryKey : c.id,
          name: { en: c.nameEn, ja: c.nameJa },
          description: inLanguage(c.description, lang),
          anchor1: inLanguage(c.anchor1, lang),
          anchor3: inLanguage(c.anchor3, lang),
          anchor5: inLanguage(c.anchor5, lang),
          weight: c.weight,
          knockout: c.knockout,
          passMark: c.passMark,
        })),
    })),
  };
}
