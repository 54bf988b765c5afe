/** Today as a calendar date (YYYY-MM-DD) in the reader's own time zone: the date a printout carries. */
export function todayHere(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
