/**
 * How a profile is named on screen: in the reader's script first, the other
 * as a fallback (either may be empty), as companies are (display-names.ts).
 */
import type { Language } from '../../../shared/domain/entities';
import type { Profile } from '../../../shared/domain/ringi';
import { candidateName } from '../../../shared/domain/display-names';

export function profileName(p: Pick<Profile, 'nameJa' | 'nameLatin'>, lang: Language): string {
  return candidateName(p, lang);
}

/** "佐藤 健 (法務部)" for choosing among people; the department tells two namesakes apart. */
export function profileChoiceLabel(p: Pick<Profile, 'nameJa' | 'nameLatin' | 'department'>, lang: Language): string {
  const name = profileName(p, lang);
  return p.department.trim() ? `${name} (${p.department.trim()})` : name;
}

/** A profile's name by id, or the name a record remembered when the profile is gone. */
export function nameById(profiles: readonly Profile[], id: string | null, lang: Language, remembered = ''): string {
  const p = id === null ? undefined : profiles.find((x) => x.id === id);
  return p ? profileName(p, lang) : remembered || (id ?? '');
}
