import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addStage, emptyRoute, moveStage, removeStage, routeDraftOf, routeFields, stageFieldOf, toggleApprover, updateStage, type RouteDraft } from './route-draft';

const legalThenBoard = (): RouteDraft =>
  routeDraftOf({
    name: 'Distributor appointment',
    stages: [
      { name: '法務部', mode: 'any', approverIds: ['p-legal'] },
      { name: '経営会議', mode: 'all', approverIds: ['p-exec1', 'p-exec2'] },
    ],
  });

describe('route drafts', () => {
  it('starts with one empty joint-review stage', () => {
    expect(routeFields(emptyRoute())).toEqual({ name: '', stages: [{ name: '', mode: 'all', approverIds: [] }] });
  });

  it('moves a stage later and earlier, and not past either end', () => {
    const d = legalThenBoard();
    expect(routeFields(moveStage(d, 0, 1)).stages.map((s) => s.name)).toEqual(['経営会議', '法務部']);
    expect(routeFields(moveStage(d, 1, -1)).stages.map((s) => s.name)).toEqual(['経営会議', '法務部']);
    expect(moveStage(d, 0, -1)).toBe(d);
    expect(moveStage(d, 1, 1)).toBe(d);
  });

  it('adds stages at the end and never removes the last one', () => {
    const three = addStage(legalThenBoard());
    expect(three.stages).toHaveLength(3);
    const one = removeStage(removeStage(three, 2), 0);
    expect(routeFields(one).stages).toEqual([{ name: '経営会議', mode: 'all', approverIds: ['p-exec1', 'p-exec2'] }]);
    expect(removeStage(one, 0)).toBe(one);
  });

  it('keeps approvers in the order the profiles are listed, whatever order they were ticked in', () => {
    const order = ['p-bd', 'p-legal', 'p-exec1', 'p-exec2'];
    let d = updateStage(emptyRoute(), 0, { name: 'Board' });
    d = toggleApprover(d, 0, 'p-exec2', order);
    d = toggleApprover(d, 0, 'p-legal', order);
    d = toggleApprover(d, 0, 'p-exec1', order);
    expect(d.stages[0]!.approverIds).toEqual(['p-legal', 'p-exec1', 'p-exec2']);
    d = toggleApprover(d, 0, 'p-legal', order);
    expect(d.stages[0]!.approverIds).toEqual(['p-exec1', 'p-exec2']);
  });

  it('property: any sequence of moves keeps the same stages, each once', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -1, max: 4 }), fc.constantFrom<-1 | 1>(-1, 1)), { maxLength: 30 }), (moves) => {
        let d = addStage(addStage(legalThenBoard()));
        const keys = d.stages.map((s) => s.key).sort();
        for (const [index, by] of moves) d = moveStage(d, index, by);
        expect(d.stages.map((s) => s.key).sort()).toEqual(keys);
      }),
    );
  });
});

describe('stageFieldOf', () => {
  it('finds the stage and field a refusal names, and nothing elsewhere', () => {
    expect(stageFieldOf('fields.stages[1].approverIds[0]')).toEqual({ stage: 1, field: 'approverIds' });
    expect(stageFieldOf('patch.stages[0].name')).toEqual({ stage: 0, field: 'name' });
    expect(stageFieldOf('fields.name')).toBeNull();
    expect(stageFieldOf(undefined)).toBeNull();
  });
});
