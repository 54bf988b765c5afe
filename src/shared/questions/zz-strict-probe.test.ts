import { it, expect } from 'vitest';
import { contract } from '/work/main/src/shared/api/contract';
it('strict', () => {
  const r = contract['answers.record'].input.safeParse({ dealRoomId: 'a', candidateId: 'b', questionKey: 'x', answeredBy: 'A', answeredOn: null, setting: 'other', text: 't', extra: 1 });
  expect(r.success).toBe(false);
  const g = contract['interviews.setGuide'].input.safeParse({ dealRoomId: 'a', candidateId: 'b', items: [{ questionKey: 'x', other: 1 }] });
  expect(g.success).toBe(false);
});
