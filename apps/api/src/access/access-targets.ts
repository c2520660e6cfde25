import { BadRequestException, Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { AwardCase, awardDecider, awardStream, Dossier, dossierDecider, fold } from '@app/domain';
import { Webhook, webhookDecider, WebhookEvent, webhookStream } from '@app/domain/webhooks';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { dossierStream } from '@app/workflow';
import { loadMovement } from '@app/workflow/commands/movement-command-runner';
import { MOVEMENT_ID } from '@app/domain';
import { Principal } from '../auth/principal';
import { ORG_ID, UUID } from '../common/identifiers';
import { OrgSource, TargetSpec } from './access-policy';
import { dossierFacts } from './dossier-facts';
import { AccessTarget } from './org-reach';

/** Dossier and webhook ids are UUIDs; the pipes that parse them accept either case. */
const ANY_UUID = new RegExp(UUID.source, 'i');
/** What the award domain accepts as a nomination id. */
const NOMINATION_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;

/** A target named by the request that does not exist: the handler answers (404) once the caller's role is checked. */
export const UNKNOWN_TARGET: AccessTarget = { kind: 'anywhere' };

export interface ResolvedTargets {
  targets: AccessTarget[];
  /** The organisation the request is about, when it names one (or defaults to the caller's). */
  orgId?: string;
}

/**
 * Finds what a request acts on, as its route's policy describes it. Dossiers and webhooks are read
 * from their own streams (never from a read model that may lag behind a write just made).
 * Identifiers are checked here, before any read, because guards run before validation pipes.
 */
@Injectable()
export class AccessTargets {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async resolve(spec: TargetSpec, request: Request, caller: Principal): Promise<ResolvedTargets> {
    switch (spec.kind) {
      case 'anywhere':
      case 'national':
        return { targets: [spec] };
      case 'org': {
        const orgId = orgFrom(spec.source, request, caller);
        return orgId === undefined
          ? { targets: [{ kind: 'anywhere' }] }
          : { targets: [{ kind: 'org', orgId, ...(spec.strictlyBelow ? { strictlyBelow: true } : {}) }], orgId };
      }
      case 'dossier':
        return { targets: [await this.dossier(identifier(request.params?.[spec.param], spec.param, ANY_UUID, 'a UUID'))] };
      case 'webhook':
        return { targets: [await this.webhook(identifier(request.params?.[spec.param], spec.param, ANY_UUID, 'a UUID'))] };
      case 'nomination':
        return { targets: [await this.nomination(identifier(request.params?.[spec.param], spec.param, NOMINATION_ID, 'a nomination id'))] };
      case 'movement':
        return { targets: [await this.movement(identifier(request.params?.[spec.param], spec.param, MOVEMENT_ID, 'a movement id'))] };
      case 'all': {
        const parts = await Promise.all(spec.of.map((part) => this.resolve(part, request, caller)));
        return { targets: parts.flatMap((part) => part.targets), orgId: parts.find((part) => part.orgId)?.orgId };
      }
      default:
        return spec satisfies never;
    }
  }

  private async dossier(dossierId: string): Promise<AccessTarget> {
    const events = await this.store.readStream(dossierStream(dossierId));
    const facts = dossierFacts(fold(dossierDecider, events as never) as Dossier);
    return facts ? { kind: 'dossier', facts } : UNKNOWN_TARGET;
  }

  private async nomination(nominationId: string): Promise<AccessTarget> {
    const events = await this.store.readStream(awardStream(nominationId));
    const state: AwardCase = fold(awardDecider, events as never);
    if (state.status === 'none') return UNKNOWN_TARGET;
    const orgId = state.nominee.orgId ?? state.nominatedBy.orgId;
    return orgId === undefined ? UNKNOWN_TARGET : { kind: 'org', orgId };
  }

  private async movement(movementId: string): Promise<AccessTarget> {
    const state = await loadMovement(this.store, movementId);
    return state.status === 'unlaunched' ? UNKNOWN_TARGET : { kind: 'org', orgId: state.definition.orgId };
  }

  private async webhook(webhookId: string): Promise<AccessTarget> {
    const events = await this.store.readStream(webhookStream(webhookId));
    const state: Webhook = fold(webhookDecider, events.map((event) => ({ type: event.type, data: event.data }) as WebhookEvent));
    return state.status === 'unregistered' ? UNKNOWN_TARGET : { kind: 'org', orgId: state.orgId };
  }
}

function orgFrom(source: OrgSource, request: Request, caller: Principal): string | undefined {
  const bag = source.from === 'param' ? request.params : source.from === 'query' ? request.query : request.body;
  const value = isRecord(bag) ? bag[source.name] : undefined;
  if (value !== undefined && value !== null && value !== '') return identifier(value, source.name, ORG_ID, 'an organisation id (2 to 63 lower-case letters, digits, "-" or "_")');
  const fallback = source.whenAbsent;
  if (fallback === 'home') return caller.orgId;
  if (fallback === undefined || fallback === 'anywhere') return undefined;
  return orgFrom(fallback, request, caller);
}

function identifier(value: unknown, name: string, pattern: RegExp, what: string): string {
  if (typeof value !== 'string' || !pattern.test(value)) {
    throw new BadRequestException({ message: `${name} must be ${what}`, details: { problems: [`${name} must be ${what}`] } });
  }
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
