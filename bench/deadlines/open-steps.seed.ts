import { randomUUID } from 'node:crypto';
import {
  Actor,
  authorityPolicyFromTable,
  CreateDossier,
  DeadlinePolicies,
  Dossier,
  DossierCommand,
  DossierContext,
  dossierDecider,
  DossierEvent,
  HandleDeadline,
  RuleSet,
  SubmitDossier,
  UserActor,
} from '@app/domain';
import { EventStore, NewEvent } from '@app/event-store';
import { deadlineJobId } from '@app/queue';
import { commandFingerprint, eventIdFor } from '@app/workflow/commands/command-identity';
import { dossierStream } from '@app/workflow/commands/dossier-stream';
import { DEADLINE_ACTOR, deadlineCommandId } from '../../apps/worker/src/deadlines/deadline.processor';
import { UNIT, YEARLY_REPORT_ROUTE } from './org-chart';

export interface OpenStepsPlan {
  count: number;
  /** The dossiers run under this rule set (its authority table decides the route's end). */
  ruleSet: RuleSet;
  /** When the dossiers were submitted. */
  submittedAt: Date;
  /** Due date of the n-th dossier's open step; after `submittedAt`. */
  dueAt(index: number): Date;
  /**
   * With the deadline rules: each step's reminder is already in its history, sent at its moment by
   * the deadline worker (which must not be after `submittedAt`), so the escalation alone is pending.
   */
  reminded?: DeadlinePolicies;
  /** Appends in flight at once (default 16). */
  concurrency?: number;
}

const SUBMITTER: UserActor = { userId: 'lan@dept-heritage', orgId: UNIT, roles: ['submitter'], role: 'submitter' };

const YEARLY_REPORT = { year: 2025, planRef: '4030/KH-BVHTTDL', values: [{ criterionId: 'k1', actual: 96.5 }] };

/**
 * Dossiers with one open step each, written straight to the store (much faster than the API):
 * the events the deciders make for a yearly report created and submitted by the unit (and, when
 * asked, reminded by the deadline worker), with the metadata the command runner records. Returns
 * the dossier ids.
 */
export async function seedOpenSteps(store: EventStore, plan: OpenStepsPlan): Promise<string[]> {
  const ids = Array.from({ length: plan.count }, () => randomUUID());
  let next = 0;
  const lane = async (): Promise<void> => {
    for (let index = next++; index < ids.length; index = next++) {
      await store.append(dossierStream(ids[index]), historyOf(ids[index], plan.dueAt(index), plan), 'no_stream');
    }
  };
  await Promise.all(Array.from({ length: plan.concurrency ?? 16 }, lane));
  return ids;
}

function historyOf(dossierId: string, dueAt: Date, plan: OpenStepsPlan): NewEvent[] {
  const stream = dossierStream(dossierId);
  const events: NewEvent[] = [];
  let state: Dossier = dossierDecider.initialState();
  const run = (command: DossierCommand, ctx: DossierContext, commandId: string) => {
    const decided: DossierEvent[] = dossierDecider.decide(command, state, ctx);
    const metadata = {
      actor: ctx.actor.userId,
      role: ctx.actor.role,
      ...(ctx.actor.role === 'system' ? {} : { org: ctx.actor.orgId }),
      correlationId: commandId,
      commandId,
      commandType: command.type,
      commandFingerprint: commandFingerprint(command, ctx.actor.userId),
    };
    decided.forEach((event, index) => events.push({ id: eventIdFor(stream, commandId, index), type: event.type, data: event.data, metadata }));
    state = decided.reduce(dossierDecider.evolve, state);
  };
  const context = (now: Date, actor: Actor): DossierContext => ({ now, actor, authority: authorityPolicyFromTable(plan.ruleSet.authority), deadlines: plan.reminded });

  const submitted = context(plan.submittedAt, SUBMITTER);
  const create: CreateDossier = { type: 'CreateDossier', data: { dossierId, orgId: UNIT, kind: 'yearly_report', payload: YEARLY_REPORT } };
  const submit: SubmitDossier = {
    type: 'SubmitDossier',
    data: { dossierId, route: YEARLY_REPORT_ROUTE, firstDueAt: dueAt.toISOString(), ruleSetVersion: plan.ruleSet.version },
  };
  run(create, submitted, randomUUID());
  run(submit, submitted, randomUUID());
  if (plan.reminded) {
    const reminder = { dossierId, round: 1, step: 0, action: 'remind' as const, attempt: 1 };
    const remind: HandleDeadline = { type: 'HandleDeadline', data: reminder };
    const at = new Date(plan.reminded(plan.ruleSet.version).reminderAt(dueAt.toISOString()));
    run(remind, context(at, DEADLINE_ACTOR), deadlineCommandId(deadlineJobId(reminder)));
  }
  return events;
}
