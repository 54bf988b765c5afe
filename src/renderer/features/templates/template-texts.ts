/**
 * A template's name and description in the reader's language, or in the
 * other language when that one is empty.
 */
import type { TemplateSummary } from '../../../shared/domain/criteria-template';
import type { Language } from '../../../shared/domain/entities';
import { textIn } from '../../../shared/templates/room-content-from-template';

export function templateName(summary: Pick<TemplateSummary, 'name'>, lang: Language): string {
  return textIn(summary.name, lang).trim();
}

export function templateDescription(summary: Pick<TemplateSummary, 'description'>, lang: Language): string {
  return textIn(summary.description, lang).trim();
}
