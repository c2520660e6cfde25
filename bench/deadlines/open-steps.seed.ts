import { randomUUID } from 'node:crypto';
import {
  authorityPolicyFromTable,
  CreateDossier,
  DossierCommand,
  dossierDecider,
  DossierEvent,
  RuleSet,
  SubmitDossier,
  UserActor,
} from '@app/domain';
import { EventStore, NewEvent } from '@app/event-store';
import { commandFingerprint, eventIdFor } from '@app/workflow/commands/command-identity';
import { dossierStream } from '@app/workflow/commands/dossier-stream';
import { UNIT, YEARLY_REPORT_ROUTE } from './org-chart';

export interface OpenStepsPlan {
  count: number;
  /** The dossiers run under this rule set (its authority table decides the route's end). */
  ruleSet: RuleSet;
  /** Due date of the n-th dossier's open step; must be after `now()`. */
  dueAt(index: number): Date;
  now: () => Date;
  /** Appends in flight at once (default 16). */
  concurrency?: number;
}

const SUBMITTER: UserActor = { userId: 'lan@dept-heritage', orgId: UNIT, roles: ['submitter'], role: 'submitter' };

const YEARLY_REPORT = { year: 2025, planRef: '4030/KH-BVHTTDL', values: [{ criterionId: 'k1', actual: 96.5 }] };

/**
 * Dossiers with one open step each, written straight to the store (much faster than the API):
 * the events the deciders make for a yearly report created and submitted by the unit, with the
 * metadata the command runner records. Returns the dossier ids.
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
  const now = plan.now();
  const ctx = { now, actor: SUBMITTER, authority: authorityPolicyFromTable(plan.ruleSet.authority) };
  const create: CreateDossier = { type: 'CreateDossier', data: { dossierId, orgId: UNIT, kind: 'yearly_report', payload: YEARLY_REPORT } };
  const submit: SubmitDossier = {
    type: 'SubmitDossier',
    data: { dossierId, route: YEARLY_REPORT_ROUTE, firstDueAt: dueAt.toISOString(), ruleSetVersion: plan.ruleSet.version },
  };
  const events: NewEvent[] = [];
  let state = dossierDecider.initialState();
  for (const command of [create, submit] as DossierCommand[]) {
    const decided: DossierEvent[] = dossierDecider.decide(command, state, ctx);
    const commandId = randomUUID();
    const metadata = {
      actor: SUBMITTER.userId,
      role: SUBMITTER.role,
      org: SUBMITTER.orgId,
      correlationId: commandId,
      commandId,
      commandType: command.type,
      commandFingerprint: commandFingerprint(command, SUBMITTER.userId),
    };
    decided.forEach((event, index) => events.push({ id: eventIdFor(dossierStream(dossierId), commandId, index), type: event.type, data: event.data, metadata }));
    state = decided.reduce(dossierDecider.evolve, state);
  }
  return events;
}
