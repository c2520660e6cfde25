import { Actor, DeciderContext, stamp, UserActor } from '../actors/actor';
import { requireSystem } from '../actors/actor.policy';
import { Decider } from '../decider/decider';
import { DOSSIER_EVENT_TYPES } from '../dossiers/dossier.events';
import { InvalidCommand, InvalidTransition, NotAllowed, NotFound } from '../errors/domain.errors';
import { DeleteWebhook, RecordDeliveryFailure, RegisterWebhook, WebhookCommand } from './webhook.commands';
import { WebhookDeleted, WebhookDeliveryFailed, WebhookEvent, WebhookRegistered } from './webhook.events';
import { evolveWebhook } from './webhook.evolve';
import { initialWebhookState, Webhook } from './webhook.state';
import { normalizeWebhookUrl, webhookUrlProblem } from './webhook-url';

/** Also part of the stream name and of job ids, so kept to characters safe in both. */
const WEBHOOK_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const MAX_DELIVERY_ERROR_LENGTH = 1000;

/**
 * One stream per webhook (`webhook-<webhookId>`): an organisation's subscription to the dossier
 * events that concern it. Registered and deleted by an administrator or a user of that
 * organisation; the notify worker (as the system) records the deliveries it gave up on.
 */
export function decideWebhook(command: WebhookCommand, state: Webhook, ctx: DeciderContext): WebhookEvent[] {
  const { type } = command;
  switch (type) {
    case 'RegisterWebhook':
      return [register(command, state, ctx)];
    case 'DeleteWebhook':
      return [remove(command, state, ctx)];
    case 'RecordDeliveryFailure':
      return [recordFailure(command, state, ctx)];
    default: {
      const unknown: never = type;
      throw new InvalidCommand('type', `unknown webhook command ${String(unknown)}`);
    }
  }
}

function register(command: RegisterWebhook, state: Webhook, ctx: DeciderContext): WebhookRegistered {
  const { webhookId, orgId, url, eventTypes, comment } = command.data;
  requireManagerOf(ctx.actor, orgId);
  if (state.status !== 'unregistered') throw new InvalidTransition(command.type, state.status, 'already registered');
  if (typeof webhookId !== 'string' || !WEBHOOK_ID.test(webhookId)) {
    throw new InvalidCommand('webhookId', 'letters, digits, "-" and "_", at most 64');
  }
  if (typeof orgId !== 'string' || orgId.trim() === '') throw new InvalidCommand('orgId', 'must not be empty');
  const problem = webhookUrlProblem(url);
  if (problem) throw new InvalidCommand('url', problem);
  const types = eventTypes === undefined ? undefined : requireEventTypes(eventTypes);
  return {
    type: 'WebhookRegistered',
    data: { webhookId, orgId, url: normalizeWebhookUrl(url), ...(types ? { eventTypes: types } : {}), ...stamp(ctx, comment) },
  };
}

function remove(command: DeleteWebhook, state: Webhook, ctx: DeciderContext): WebhookDeleted {
  if (state.status === 'unregistered') throw new NotFound('webhook', command.data.webhookId);
  requireManagerOf(ctx.actor, state.orgId);
  if (state.status !== 'active') throw new InvalidTransition(command.type, state.status);
  return { type: 'WebhookDeleted', data: { webhookId: state.webhookId, orgId: state.orgId, ...stamp(ctx, command.data.comment) } };
}

/** Allowed after a deletion too: a delivery that was already under way may still give up. */
function recordFailure(command: RecordDeliveryFailure, state: Webhook, ctx: DeciderContext): WebhookDeliveryFailed {
  requireSystem(ctx.actor);
  if (state.status === 'unregistered') throw new NotFound('webhook', command.data.webhookId);
  const { eventId, attempts, lastError } = command.data;
  if (typeof eventId !== 'string' || !UUID.test(eventId)) throw new InvalidCommand('eventId', 'must be a UUID');
  if (!Number.isSafeInteger(attempts) || attempts < 1) throw new InvalidCommand('attempts', 'must be a positive integer');
  if (typeof lastError !== 'string' || lastError.length > MAX_DELIVERY_ERROR_LENGTH) {
    throw new InvalidCommand('lastError', `a string of at most ${MAX_DELIVERY_ERROR_LENGTH} characters`);
  }
  return {
    type: 'WebhookDeliveryFailed',
    data: { webhookId: state.webhookId, orgId: state.orgId, eventId: eventId.toLowerCase(), attempts, lastError, ...stamp(ctx) },
  };
}

/** An administrator, or a user of the organisation the webhook belongs to, acting in a role they hold. */
function requireManagerOf(actor: Actor, orgId: string): UserActor {
  if (actor.role === 'system') throw new NotAllowed('requires_admin', 'acting as system');
  if (!actor.roles.includes(actor.role)) throw new NotAllowed('role_not_held', `${actor.userId} does not hold ${actor.role}`);
  if (actor.role !== 'admin' && actor.orgId !== orgId) throw new NotAllowed('not_owner_org', `${actor.orgId} is not ${orgId}`);
  return actor;
}

/** Only dossier events are delivered, so only their types can be chosen. */
function requireEventTypes(value: unknown): string[] {
  const known: readonly string[] = DOSSIER_EVENT_TYPES;
  if (!Array.isArray(value) || value.length === 0) throw new InvalidCommand('eventTypes', 'a non-empty list, or omitted for all');
  const unknown = value.filter((type) => typeof type !== 'string' || !known.includes(type));
  if (unknown.length > 0) throw new InvalidCommand('eventTypes', `unknown event types ${unknown.map(String).join(', ')}`);
  if (new Set(value).size !== value.length) throw new InvalidCommand('eventTypes', 'listed twice');
  return [...(value as string[])];
}

export const webhookDecider: Decider<Webhook, WebhookCommand, WebhookEvent, DeciderContext> = {
  initialState: initialWebhookState,
  decide: decideWebhook,
  evolve: evolveWebhook,
};
