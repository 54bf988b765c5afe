/** The name of an exported interview guide: the candidate's name kept readable in any script, and the day it was prepared. */
export function guideFileName(candidate: string, preparedOn: string): string {
  // Drop only what file systems refuse; Japanese names stay as they are.
  const safe = candidate.normalize('NFKC').replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80);
  return `interview-guide ${safe || 'candidate'} ${preparedOn}.md`;
}
