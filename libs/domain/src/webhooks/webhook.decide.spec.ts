import { DeciderContext } from '../actors/actor';
import { InvalidCommand, InvalidTransition, NotAllowed, NotFound } from '../errors/domain.errors';
import { deciderSpec } from '../testing/decider-spec';
import { admin, AT, byUser, byWorker, NOW, reviewer, submitter, user, worker } from '../testing/fixtures/actors.fixture';
import { DeleteWebhook, RecordDeliveryFailure, RegisterWebhook } from './webhook.commands';
import { WebhookDeleted, WebhookDeliveryFailed, WebhookRegistered } from './webhook.events';
import { webhookDecider } from './webhook.decide';

const ORG = 'moc';
const OWN_USER = reviewer(ORG);
const EVENT_ID = '0b8f2a4e-5d1c-4f6a-9e3b-7c2d1a0f9e8d';
const spec = deciderSpec(webhookDecider, (): DeciderContext => ({ now: NOW, actor: OWN_USER }));

const register = (data: Partial<RegisterWebhook['data']> = {}): RegisterWebhook => ({
  type: 'RegisterWebhook',
  data: { webhookId: 'wh-1', orgId: ORG, url: 'https://hooks.moc.example/emulation', ...data },
});
const remove: DeleteWebhook = { type: 'DeleteWebhook', data: { webhookId: 'wh-1' } };
const recordFailure = (data: Partial<RecordDeliveryFailure['data']> = {}): RecordDeliveryFailure => ({
  type: 'RecordDeliveryFailure',
  data: { webhookId: 'wh-1', eventId: EVENT_ID, attempts: 8, lastError: 'HTTP 503', ...data },
});

const registered = (by = byUser(OWN_USER), extra: Partial<WebhookRegistered['data']> = {}): WebhookRegistered => ({
  type: 'WebhookRegistered',
  data: { webhookId: 'wh-1', orgId: ORG, url: 'https://hooks.moc.example/emulation', by, at: AT, ...extra },
});
const deleted = (): WebhookDeleted => ({ type: 'WebhookDeleted', data: { webhookId: 'wh-1', orgId: ORG, by: byUser(OWN_USER), at: AT } });
const failed = (): WebhookDeliveryFailed => ({
  type: 'WebhookDeliveryFailed',
  data: { webhookId: 'wh-1', orgId: ORG, eventId: EVENT_ID, attempts: 8, lastError: 'HTTP 503', by: byWorker, at: AT },
});

describe('Webhook', () => {
  describe('when unregistered', () => {
    it('registers for a user of the organisation', () => spec.given([]).when(register()).then([registered()]));

    it('registers for an administrator of any organisation', () =>
      spec.given([]).when(register(), { actor: admin }).then([registered(byUser(admin))]));

    it('records the chosen event types and the URL in its normal spelling', () =>
      spec
        .given([])
        .when(register({ url: 'HTTPS://Hooks.MOC.example:443/emulation', eventTypes: ['ReviewRequested', 'DossierApproved'] }))
        .then([registered(undefined, { eventTypes: ['ReviewRequested', 'DossierApproved'] })]));

    it('refuses a user of another organisation', () =>
      spec.given([]).when(register(), { actor: submitter('camau') }).thenThrows(NotAllowed, { reason: 'not_owner_org' }));

    it('refuses the system', () => spec.given([]).when(register(), { actor: worker }).thenThrows(NotAllowed, { reason: 'requires_admin' }));

    it('refuses a role the user does not hold', () =>
      spec
        .given([])
        .when(register(), { actor: { ...user(ORG, 'reviewer'), role: 'admin' } })
        .thenThrows(NotAllowed, { reason: 'role_not_held' }));

    it.each([
      ['another scheme', 'ftp://hooks.moc.example/x', 'unsupported_scheme'],
      ['credentials', 'https://user:secret@hooks.moc.example/x', 'has_credentials'],
      ['a fragment', 'https://hooks.moc.example/x#part', 'has_fragment'],
      ['text that is no URL', 'not a url', 'malformed'],
      ['an overlong URL', `https://hooks.moc.example/${'a'.repeat(2100)}`, 'too_long'],
    ])('refuses a URL with %s', (_label, url, problem) =>
      spec.given([]).when(register({ url })).thenThrows(InvalidCommand, { field: 'url', problem }));

    it('refuses an id unsafe in stream names and job ids', () =>
      spec.given([]).when(register({ webhookId: 'wh:1' })).thenThrows(InvalidCommand, { field: 'webhookId' }));

    it('refuses event types that are not dossier events', () =>
      spec.given([]).when(register({ eventTypes: ['OrgRenamed'] })).thenThrows(InvalidCommand, { field: 'eventTypes' }));

    it('refuses an empty list of event types', () =>
      spec.given([]).when(register({ eventTypes: [] })).thenThrows(InvalidCommand, { field: 'eventTypes' }));

    it('cannot delete what does not exist', () => spec.given([]).when(remove).thenThrows(NotFound, { aggregate: 'webhook' }));

    it('records no dead letter for a webhook that does not exist', () =>
      spec.given([]).when(recordFailure(), { actor: worker }).thenThrows(NotFound));
  });

  describe('when active', () => {
    it('refuses a second registration', () => spec.given([registered()]).when(register()).thenThrows(InvalidTransition));

    it('is deleted by a user of its organisation', () => spec.given([registered()]).when(remove).then([deleted()]));

    it('is not deleted by a user of another organisation', () =>
      spec.given([registered()]).when(remove, { actor: reviewer('camau') }).thenThrows(NotAllowed, { reason: 'not_owner_org' }));

    it('records a dead letter from the system', () =>
      spec.given([registered()]).when(recordFailure(), { actor: worker }).then([failed()]));

    it('records a dead letter only from the system', () =>
      spec.given([registered()]).when(recordFailure()).thenThrows(NotAllowed, { reason: 'requires_system' }));

    it('refuses a dead letter without a valid event id or attempt count', () => {
      spec.given([registered()]).when(recordFailure({ eventId: 'e-1' }), { actor: worker }).thenThrows(InvalidCommand, { field: 'eventId' });
      spec.given([registered()]).when(recordFailure({ attempts: 0 }), { actor: worker }).thenThrows(InvalidCommand, { field: 'attempts' });
    });

    it('refuses an unbounded error text', () =>
      spec
        .given([registered()])
        .when(recordFailure({ lastError: 'x'.repeat(1001) }), { actor: worker })
        .thenThrows(InvalidCommand, { field: 'lastError' }));
  });

  describe('when deleted', () => {
    it('cannot be deleted twice', () => spec.given([registered(), deleted()]).when(remove).thenThrows(InvalidTransition));

    it('still records a delivery that was under way when it was deleted', () =>
      spec.given([registered(), deleted()]).when(recordFailure(), { actor: worker }).then([failed()]));
  });
});
