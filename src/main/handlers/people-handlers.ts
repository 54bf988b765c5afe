/**
 * Profiles, approval routes and the acting profile (issue 8, "People"):
 * data-folder records in people.json, not room records, so they have no
 * change log of their own; each operation reads the file, checks, and writes
 * it whole and atomically, or refuses and leaves it untouched.
 */
import type { CallContext, Handlers } from '../../shared/api/contract';
import type { People } from '../../shared/api/contract-ringi';
import type { PeopleFile, Profile, RouteStage, RouteTemplate } from '../../shared/domain/ringi';
import { personName } from '../../shared/ringi/person-name';
import type { DataDir } from '../store/data-dir';
import { newId } from '../store/room-id';
import { DomainError } from './domain-error';
import { keepSomeName } from './room-access';

type PeopleOps =
  | 'people.get'
  | 'profiles.create'
  | 'profiles.update'
  | 'profiles.delete'
  | 'profiles.setActing'
  | 'routes.create'
  | 'routes.update'
  | 'routes.delete';

export function peopleOf(file: PeopleFile): People {
  return { profiles: file.profiles, routes: file.routes, actingProfileId: file.actingProfileId };
}

export function profileNotFound(id: string, path: string): DomainError {
  return new DomainError('not_found', 'ringi:errors.profileNotFound', { id }, path);
}

function findProfile(file: PeopleFile, id: string, path: string): Profile {
  const profile = file.profiles.find((p) => p.id === id);
  if (!profile) throw profileNotFound(id, path);
  return profile;
}

function findRoute(file: PeopleFile, id: string): RouteTemplate {
  const route = file.routes.find((r) => r.id === id);
  if (!route) throw new DomainError('not_found', 'ringi:errors.routeNotFound', { id }, 'routeId');
  return route;
}

/** Every approver an existing profile, and no one twice in a stage; `prefix` is "fields" or "patch". */
function checkStages(file: PeopleFile, stages: readonly RouteStage[], prefix: string): void {
  stages.forEach((stage, i) => {
    const seen = new Set<string>();
    stage.approverIds.forEach((id, j) => {
      const path = `${prefix}.stages.${i}.approverIds.${j}`;
      const profile = file.profiles.find((p) => p.id === id);
      if (!profile) throw new DomainError('not_found', 'ringi:errors.approverUnknown', { id }, path);
      if (seen.has(id)) throw new DomainError('rule_violation', 'ringi:errors.approverTwice', { name: personName(profile) }, path);
      seen.add(id);
    });
  });
}

export function peopleHandlers(store: DataDir): Pick<Handlers, PeopleOps> {
  const people = store.people;
  const now = () => new Date().toISOString();
  return {
    'people.get': () => peopleOf(people.read()),

    'profiles.create': ({ fields }, ctx: CallContext) =>
      people.change((file) => {
        keepSomeName({}, fields, 'nameLatin', 'nameJa', 'fields.nameLatin', ctx);
        const at = now();
        const profile: Profile = {
          id: newId(),
          nameJa: fields.nameJa ?? '',
          nameLatin: fields.nameLatin ?? '',
          department: fields.department ?? '',
          title: fields.title ?? '',
          role: fields.role,
          createdAt: at,
          updatedAt: at,
        };
        return { next: { ...file, profiles: [...file.profiles, profile] }, result: profile };
      }),

    'profiles.update': ({ profileId, patch }, ctx) =>
      people.change((file) => {
        const before = findProfile(file, profileId, 'profileId');
        keepSomeName(before, patch, 'nameLatin', 'nameJa', 'patch.nameLatin', ctx);
        const given = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
        const after: Profile = { ...before, ...given, updatedAt: now() };
        return { next: { ...file, profiles: file.profiles.map((p) => (p.id === profileId ? after : p)) }, result: after };
      }),

    'profiles.delete': ({ profileId }) =>
      people.change((file) => {
        const profile = findProfile(file, profileId, 'profileId');
        // Proposals keep their approvers' names; a route would name someone who no longer exists.
        const route = file.routes.find((r) => r.stages.some((s) => s.approverIds.includes(profileId)));
        if (route) throw new DomainError('rule_violation', 'ringi:errors.profileInRoute', { name: personName(profile), route: route.name }, 'profileId');
        return {
          next: {
            ...file,
            profiles: file.profiles.filter((p) => p.id !== profileId),
            actingProfileId: file.actingProfileId === profileId ? null : file.actingProfileId,
          },
          result: { deleted: true as const },
        };
      }),

    'profiles.setActing': ({ profileId }) =>
      people.change((file) => {
        if (profileId !== null && !file.profiles.some((p) => p.id === profileId)) {
          throw new DomainError('not_found', 'ringi:errors.actingUnknown', { id: profileId }, 'profileId');
        }
        const next = { ...file, actingProfileId: profileId };
        return { next, result: peopleOf(next) };
      }),

    'routes.create': ({ fields }) =>
      people.change((file) => {
        checkStages(file, fields.stages, 'fields');
        const at = now();
        const route: RouteTemplate = { id: newId(), name: fields.name, stages: fields.stages, createdAt: at, updatedAt: at };
        return { next: { ...file, routes: [...file.routes, route] }, result: route };
      }),

    'routes.update': ({ routeId, patch }) =>
      people.change((file) => {
        const before = findRoute(file, routeId);
        if (patch.stages) checkStages(file, patch.stages, 'patch');
        const after: RouteTemplate = { ...before, name: patch.name ?? before.name, stages: patch.stages ?? before.stages, updatedAt: now() };
        return { next: { ...file, routes: file.routes.map((r) => (r.id === routeId ? after : r)) }, result: after };
      }),

    // A proposal copied its route when it was made, so a route can go at any time.
    'routes.delete': ({ routeId }) =>
      people.change((file) => {
        findRoute(file, routeId);
        return { next: { ...file, routes: file.routes.filter((r) => r.id !== routeId) }, result: { deleted: true as const } };
      }),
  };
}
