/**
 * Default handles for new milestones and triggers ("M4", "T2"): the store
 * gives the same default when none is sent; the form shows it so people see,
 * and may change, the code that sentences will use.
 */
export function nextFreeCode(prefix: 'M' | 'T', taken: Iterable<string>): string {
  const used = new Set([...taken].map((c) => c.trim().toUpperCase()));
  let n = 1;
  while (used.has(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}
