/**
 * A template turned into the pillar and criterion rows of a new deal-room.
 * Names keep both languages (a room has an English and a Japanese name for
 * each); descriptions and anchors are single texts in a room, so each takes
 * the creator's language and falls back to the other when that one is empty.
 */
import type { BilingualText, CriteriaTemplateFile } from '../domain/criteria-template';
import type { Criterion, Language, Pillar } from '../domain/entities';

export interface RoomContent {
  pillars: Pillar[];
  criteria: Criterion[];
}

/** The text in `lang`, or in the other language when that one is empty. */
export function textIn(text: BilingualText, lang: Language): string {
  const [first, second] = lang === 'ja' ? [text.ja, text.en] : [text.en, text.ja];
  return first.trim() !== '' ? first : second;
}

export function roomContentFromTemplate(template: CriteriaTemplateFile, lang: Language, newId: () => string): RoomContent {
  const pillars: Pillar[] = [];
  const criteria: Criterion[] = [];
  template.pillars.forEach((p, pillarIndex) => {
    const pillarId = newId();
    pillars.push({ id: pillarId, nameEn: p.name.en, nameJa: p.name.ja, weight: p.weight, sortOrder: pillarIndex });
    p.criteria.forEach((c, criterionIndex) => {
      criteria.push({
        id: newId(),
        pillarId,
        // Questions of the bank name the library criteria they inform (issue 5).
        libraryKey: c.key,
        nameEn: c.name.en,
        nameJa: c.name.ja,
        description: textIn(c.description, lang),
        anchor1: textIn(c.anchor1, lang),
        anchor3: textIn(c.anchor3, lang),
        anchor5: textIn(c.anchor5, lang),
        weight: c.weight,
        knockout: c.knockout,
        passMark: c.passMark,
        sortOrder: criterionIndex,
      });
    });
  });
  return { pillars, criteria };
}
