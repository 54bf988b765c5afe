/**
 * People and circulation (issue 8): profiles, routes and the acting profile
 * in the data folder (people-handlers.ts); each room's proposals, comments
 * and decisions (proposal-handlers.ts).
 */
import type { Handlers, OperationName } from '../../shared/api/contract';
import type { DataDir } from '../store/data-dir';
import { peopleHandlers } from './people-handlers';
import { proposalHandlers } from './proposal-handlers';

type RingiOps = Extract<OperationName, `people.${string}` | `profiles.${string}` | `routes.${string}` | `proposals.${string}`>;

export function ringiHandlers(store: DataDir): Pick<Handlers, RingiOps> {
  return { ...peopleHandlers(store), ...proposalHandlers(store) };
}
