import { DossierEvent } from '@app/domain';
import { approvedStep, created, finallyApproved, OWNER, requested, submitted, withdrawn } from '@app/domain/testing/fixtures/dossier-history.fixture';
import { RecordedEvent } from '@app/event-store';
import { admin } from '@app/domain/testing/fixtures/actors.fixture';
import { REVIEWERS } from '@app/domain/testing/fixtures/dossier-history.fixture';
import { consented, escalated, held, migrated, overdue, releasedHold, reminded } from '@app/domain/dossiers/testing/deadline-history.fixture';
import { dossiersWithNewDeadlines } from './deadline-triggers';
import { DispatchContext, jobsForEvent, WebhookTarget } from './event-jobs';
import { WebhookDirectory } from './webhook-directory';

const EVENT_ID = '6d1f0c1e-8a43-4d6e-9b0a-2f5c7e9d1a35';

function recorded(event: { type: string; data: object }, extra: Partial<RecordedEvent> = {}): RecordedEvent {
  return {
    id: EVENT_ID,
    stream: 'dossier-d-1',
    type: event.type,
    schemaVersion: 1,
    data: event.data,
    metadata: { correlationId: 'corr-1' },
    recordedAt: new Date('2025-06-02T02:00:00.000Z'),
    revision: 4,
    position: 1_000_000,
    hash: '0'.repeat(64),
    ...extra,
  };
}

function context(webhooks: WebhookTarget[], ownerOrgId: string | undefined = OWNER): DispatchContext {
  return { ownerOrgId, webhooksOf: (orgId) => webhooks.filter((webhook) => webhook.orgId === orgId) };
}

const hook = (id: string, orgId: string, eventTypes: string[] | null = null): WebhookTarget => ({ id, orgId, eventTypes });
const notified = (jobs: ReturnType<typeof jobsForEvent>) =>
  jobs.filter((job) => job.name === 'deliver-webhook').map((job) => (job.data as { webhookId: string }).webhookId);

describe('jobsForEvent', () => {
  describe('an approved step', () => {
    const approval = recorded(approvedStep(1, 0));

    it('asks the advance worker to follow it up, carrying ids only', () =>
      expect(jobsForEvent(approval, context([]))).toEqual([
        { name: 'advance-dossier', data: { eventId: EVENT_ID, dossierId: 'd-1', round: 1, afterStep: 0, correlationId: 'corr-1' } },
      ]));

    it('notifies the owner and the reviewer who approved, each through every webhook of theirs', () => {
      const jobs = jobsForEvent(approval, context([hook('owner-1', OWNER), hook('owner-2', OWNER), hook('dept', 'moc-dept'), hook('ministry', 'moc')]));
      expect(notified(jobs)).toEqual(['owner-1', 'owner-2', 'dept']);
      expect(jobs[1]).toEqual({ name: 'deliver-webhook', data: { eventId: EVENT_ID, stream: 'dossier-d-1', revision: 4, webhookId: 'owner-1' } });
    });
  });

  it('notifies the reviewer a review is requested from', () =>
    expect(notified(jobsForEvent(recorded(requested(1, 1)), context([hook('ministry', 'moc'), hook('central', 'central')])))).toEqual(['ministry']));

  it('notifies the authority that took the final decision', () =>
    expect(notified(jobsForEvent(recorded(finallyApproved(1)), context([hook('central', 'central'), hook('owner', OWNER)])))).toEqual([
      'owner',
      'central',
    ]));

  it('takes the owner of a new dossier from the event itself', () =>
    expect(notified(jobsForEvent(recorded(created()), context([hook('owner', OWNER)], undefined)))).toEqual(['owner']));

  it.each<[string, DossierEvent]>([
    ['a submission', submitted(1)],
    ['a withdrawal', withdrawn(1)],
  ])('notifies only the owner of %s', (_label, event) =>
    expect(notified(jobsForEvent(recorded(event), context([hook('owner', OWNER), hook('dept', 'moc-dept')])))).toEqual(['owner']));

  it('respects the event types a webhook chose', () => {
    const webhooks = [hook('approvals', OWNER, ['DossierApproved']), hook('all', OWNER)];
    expect(notified(jobsForEvent(recorded(requested(1, 1)), context(webhooks)))).toEqual(['all']);
    expect(notified(jobsForEvent(recorded(finallyApproved(1)), context(webhooks)))).toEqual(['approvals', 'all']);
  });

  it('notifies one webhook once even when its organisation is concerned twice', () => {
    const ownReview = { ...approvedStep(1, 0), data: { ...approvedStep(1, 0).data, reviewerOrgId: OWNER } };
    expect(notified(jobsForEvent(recorded(ownReview), context([hook('owner', OWNER)])))).toEqual(['owner']);
  });

  describe('deadline events', () => {
    const everyone = context(['moc-dept', 'moc', 'central', OWNER].map((orgId) => hook(orgId, orgId)));

    it('follows a consent by silence up with the advance worker, as an approval', () =>
      expect(jobsForEvent(recorded(consented(1, 2)), context([]))).toEqual([
        { name: 'advance-dossier', data: { eventId: EVENT_ID, dossierId: 'd-1', round: 1, afterStep: 2, correlationId: 'corr-1' } },
      ]));

    it.each<[string, DossierEvent, string[]]>([
      ['a reminder', reminded(1, 0), [OWNER, 'moc-dept']],
      ['an escalation: the organisation it reaches', escalated(1, 0, 1, { from: 'moc-dept', to: 'moc' }), [OWNER, 'moc']],
      ['an overdue step: the silent organisation and the reviewer', overdue(1, 0, 2, 'central'), [OWNER, 'central', 'moc-dept']],
      ['a hold', held(1, 0, REVIEWERS[0]), [OWNER, 'moc-dept']],
      ['a release', releasedHold(1, 0, REVIEWERS[0]), [OWNER, 'moc-dept']],
      ['a migration: only the owner', migrated(1, admin), [OWNER]],
    ])('notifies, for %s, %j', (_label, event, orgs) => expect(notified(jobsForEvent(recorded(event), everyone))).toEqual(orgs));
  });

  it('makes no job for events outside dossiers', () => {
    expect(jobsForEvent(recorded(approvedStep(1, 0), { stream: 'org-moc' }), context([hook('owner', OWNER)]))).toEqual([]);
    expect(jobsForEvent(recorded({ type: 'WebhookRegistered', data: {} }, { stream: 'webhook-w' }), context([]))).toEqual([]);
  });
});

describe('WebhookDirectory', () => {
  const registered = (webhookId: string, orgId: string, eventTypes?: string[]) =>
    recorded({ type: 'WebhookRegistered', data: { webhookId, orgId, url: 'https://x.example/', ...(eventTypes ? { eventTypes } : {}) } }, { stream: `webhook-${webhookId}` });

  it('follows registrations and deletions in log order', () => {
    const directory = WebhookDirectory.of([{ id: 'a', orgId: 'moc', url: 'https://a.example/', eventTypes: null, status: 'active', registeredAt: '', deletedAt: null }]);
    directory.apply(registered('b', 'moc', ['DossierApproved']));
    expect(directory.webhooksOf('moc')).toEqual([hook('a', 'moc'), hook('b', 'moc', ['DossierApproved'])]);
    directory.apply(recorded({ type: 'WebhookDeleted', data: { webhookId: 'a', orgId: 'moc' } }, { stream: 'webhook-a' }));
    expect(directory.webhooksOf('moc')).toEqual([hook('b', 'moc', ['DossierApproved'])]);
    expect(directory.size).toBe(1);
    directory.apply(recorded(approvedStep(1, 0)));
    expect(directory.size).toBe(1);
  });
});

describe('dossiersWithNewDeadlines', () => {
  const toMoc = escalated(1, 0, 1, { from: 'moc-dept', to: 'moc', next: 'central' });

  it('names each dossier once whose deadlines a batch may have opened or moved', () => {
    const events = [
      recorded(submitted(1)),
      recorded({ ...requested(1, 0), data: { ...requested(1, 0).data, dossierId: 'a' } }),
      recorded({ ...toMoc, data: { ...toMoc.data, dossierId: 'b' } }),
      recorded({ ...approvedStep(1, 0), data: { ...approvedStep(1, 0).data, dossierId: 'c' } }),
    ];
    expect(dossiersWithNewDeadlines(events)).toEqual(['d-1', 'a', 'b']);
  });

  it('leaves out an escalation that reached the top: nothing is left to fire for its step', () => {
    const toTheTop = escalated(1, 0, 2, { from: 'moc', to: 'central' });
    expect(toTheTop.data.nextEscalationAt).toBeUndefined();
    expect(dossiersWithNewDeadlines([recorded({ ...toTheTop, data: { ...toTheTop.data, dossierId: 'top' } })])).toEqual([]);
  });
});
