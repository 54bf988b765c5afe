/**
 * Which name to show for an entity in the reader's language. Companies have a
 * Japanese and a Latin-letter name; criteria and pillars an English and a
 * Japanese one. Either may be empty, so each falls back to the other.
 */
import type { Candidate, Criterion, Language, Pillar } from './entities';

export function candidateName(c: Pick<Candidate, 'nameJa' | 'nameLatin'>, lang: Language): string {
  const [first, second] = lang === 'ja' ? [c.nameJa, c.nameLatin] : [c.nameLatin, c.nameJa];
  return first.trim() || second.trim();
}

/** The other script's name, to show beneath the main one (empty when the same or missing). */
export function candidateAltName(c: Pick<Candidate, 'nameJa' | 'nameLatin'>, lang: Language): string {
  const main = candidateName(c, lang);
  const alt = lang === 'ja' ? c.nameLatin.trim() : c.nameJa.trim();
  return alt && alt !== main ? alt : '';
}

export function labelName(x: Pick<Pillar | Criterion, 'nameEn' | 'nameJa'>, lang: Language): string {
  const [first, second] = lang === 'ja' ? [x.nameJa, x.nameEn] : [x.nameEn, x.nameJa];
  return first.trim() || second.trim();
}
