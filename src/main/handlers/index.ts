/**
 * Every operation of the contract, implemented over a data directory. Each
 * area lives in its own file; the map is checked against Handlers, so an
 * operation added to the contract without a handler does not compile.
 */
import type { Handlers } from '../../shared/api/contract';
import type { DataDir } from '../store/data-dir';
import { candidateHandlers } from './candidates';
import { dealRoomHandlers } from './deal-rooms';
import { evaluatorHandlers } from './evaluators';
import { importExportHandlers } from './import-export';
import { panelHandlers } from './panel';
import { pillarAndCriterionHandlers } from './pillars-and-criteria';
import { scoreHandlers } from './scores';
import { settingsHandlers } from './settings';
import { templateHandlers } from './templates';
import { weightHandlers } from './weights';

export function createHandlers(store: DataDir): Handlers {
  return {
    ...settingsHandlers(store),
    ...dealRoomHandlers(store),
    ...importExportHandlers(store),
    ...candidateHandlers(store),
    ...pillarAndCriterionHandlers(store),
    ...evaluatorHandlers(store),
    ...scoreHandlers(store),
    ...panelHandlers(store),
    ...weightHandlers(store),
    ...templateHandlers(store),
  } satisfies Handlers;
}
