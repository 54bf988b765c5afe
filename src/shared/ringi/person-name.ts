/**
 * How a person is named in records that outlive the profile (the change
 * log's actor, a proposal's drafter and approvers): both scripts when both
 * exist, "Sato Ren (佐藤 蓮)", so a reader of either language recognises them.
 */
import type { Profile } from '../domain/ringi';

export function personName(p: Pick<Profile, 'nameJa' | 'nameLatin'>): string {
  const latin = p.nameLatin.trim();
  const ja = p.nameJa.trim();
  if (latin && ja) return `${latin} (${ja})`;
  return latin || ja;
}
