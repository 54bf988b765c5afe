/**
 * Setting the weights of one scope at once, and recording how they were
 * chosen (issue 4, "Weighting methods"): the pillar weights (pillarId '') or
 * the criteria of one pillar. With AHP the store derives the weights from the
 * judgements itself, so what is stored always follows from what was judged.
 */
import type { Handlers } from '../../shared/api/contract';
import { ahpFromJudgements, checkJudgements } from '../../shared/engine/ahp';
import type { DataDir } from '../store/data-dir';
import { criterionTable, pillarTable, weightingTable } from '../store/entity-tables';
import type { RoomChange, RoomStore } from '../store/room-store';
import { DomainError } from './domain-error';
import { found, openRoom } from './room-access';

/** AHP priorities sum to 1; as raw weights they read as percentages. */
const AHP_WEIGHT_SCALE = 100;

interface WeightedItem {
  id: string;
  weight: number;
}

function itemsOf(room: RoomStore, pillarId: string): WeightedItem[] {
  if (pillarId === '') return room.rows(pillarTable);
  found(room.row(pillarTable, { id: pillarId }), 'pillar', pillarId, 'pillarId');
  return room.rows(criterionTable, 'pillar_id = @pillarId', { pillarId });
}

/** The weights given directly: each item of the scope exactly once, not all zero. */
function directWeights(items: readonly WeightedItem[], given: readonly WeightedItem[]): Map<string, number> {
  const known = new Set(items.map((i) => i.id));
  const weights = new Map<string, number>();
  given.forEach((g, index) => {
    if (!known.has(g.id) || weights.has(g.id))
      throw new DomainError('rule_violation', 'rule.weightsUnknownItem', { id: g.id }, `weights[${index}].id`);
    weights.set(g.id, g.weight);
  });
  const missing = items.filter((i) => !weights.has(i.id)).map((i) => i.id);
  if (missing.length > 0) throw new DomainError('rule_violation', 'rule.weightsIncomplete', { items: missing.join(', ') }, 'weights');
  if ([...weights.values()].every((w) => w === 0)) throw new DomainError('rule_violation', 'rule.weightsAllZero', {}, 'weights');
  return weights;
}

/** Each changed weight is its own logged update, like an edit by hand. */
function writeWeights(room: RoomStore, tx: RoomChange, pillarId: string, weights: ReadonlyMap<string, number>): void {
  const changeOf = (id: string) => {
    const weight = weights.get(id);
    return weight === undefined ? {} : { weight };
  };
  if (pillarId === '') for (const pillar of room.rows(pillarTable)) tx.update(pillarTable, pillar, changeOf(pillar.id));
  else for (const criterion of room.rows(criterionTable, 'pillar_id = @pillarId', { pillarId })) tx.update(criterionTable, criterion, changeOf(criterion.id));
}

export function weightHandlers(store: DataDir): Pick<Handlers, 'weights.apply'> {
  return {
    'weights.apply': (input, ctx) => {
      const room = openRoom(store, input.dealRoomId, ctx);
      return room.change(ctx.actor, (tx) => {
        const items = itemsOf(room, input.pillarId);
        let weights: Map<string, number>;
        let judgements: { a: string; b: string; value: number }[] = [];
        let consistencyRatio: number | null = null;
        if (input.method === 'direct') {
          weights = directWeights(items, input.weights);
        } else {
          const ids = items.map((i) => i.id);
          if (ids.length < 2) throw new DomainError('rule_violation', 'rule.tooFewToCompare', { count: ids.length }, 'judgements');
          const problems = checkJudgements(ids, input.judgements);
          if (problems.unknown.length > 0 || problems.duplicate.length > 0 || problems.selfPairs.length > 0) {
            const detail = [...problems.unknown, ...problems.selfPairs, ...problems.duplicate.map(([a, b]) => `${a}/${b}`)].join(', ');
            throw new DomainError('rule_violation', 'rule.judgementsInvalid', { detail }, 'judgements');
          }
          if (problems.missing.length > 0) {
            const pairs = problems.missing.map(([a, b]) => `${a}/${b}`).join(', ');
            throw new DomainError('rule_violation', 'rule.judgementsIncomplete', { pairs }, 'judgements');
          }
          const ahp = ahpFromJudgements(ids, input.judgements);
          weights = new Map(ids.map((id, i) => [id, (ahp.priorities[i] ?? 0) * AHP_WEIGHT_SCALE]));
          judgements = input.judgements.map(({ a, b, value }) => ({ a, b, value }));
          consistencyRatio = ahp.consistencyRatio;
        }

        writeWeights(room, tx, input.pillarId, weights);
        const weighting = { method: input.method, judgements, consistencyRatio, updatedAt: tx.at };
        const before = room.row(weightingTable, { pillarId: input.pillarId });
        const stored = before ? tx.update(weightingTable, before, weighting) : tx.insert(weightingTable, { pillarId: input.pillarId, ...weighting });
        return { weighting: stored, weights: items.map((i) => ({ id: i.id, weight: weights.get(i.id) ?? i.weight })) };
      });
    },
  };
}
