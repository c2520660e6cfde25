import { randomUUID } from 'node:crypto';
import {
  Actor,
  authorityPolicyFromTable,
  computeRoute,
  DeadlineAction,
  Dossier,
  DossierCommand,
  DossierContent,
  dossierDecider,
  DossierPayload,
  fold,
  HoldReason,
  OrgTree,
  pendingDeadlines,
  systemActor,
} from '@app/domain';
import { admin, reviewer, submitter } from '@app/domain/testing/fixtures/actors.fixture';
import { AUTHORITY_TABLE } from '@app/domain/testing/fixtures/payloads.fixture';
import { AppendResult, EventStore } from '@app/event-store';
import { RULES, testDeadlinePolicies } from './deadline-rules';
import { TestClock } from './test-clock';

const authority = authorityPolicyFromTable(AUTHORITY_TABLE);
const ADVANCE_WORKER = systemActor('worker:advance');
const DEADLINE_WORKER = systemActor('worker:deadline');
/** Review steps fall due five days after they open. */
const STEP_DAYS = 5;

/** A due date: days after the clock's current instant, or an exact ISO instant. */
export type Due = number | string;

/**
 * Runs dossier commands through the real decider and event store, acting as the right person for
 * each: the owner's submitter, the open step's reviewer, an administrator, the advance and deadline
 * workers. Deadlines follow `testDeadlinePolicies`.
 */
export class DossierDriver {
  constructor(
    private readonly store: EventStore,
    private readonly clock: TestClock,
    private readonly tree: () => OrgTree,
  ) {}

  create(dossierId: string, orgId: string, content: DossierContent): Promise<AppendResult> {
    return this.run(dossierId, { type: 'CreateDossier', data: { dossierId, orgId, ...content } }, () => submitter(orgId));
  }

  async edit(dossierId: string, payload: DossierPayload): Promise<AppendResult> {
    const state = await this.state(dossierId);
    return this.run(dossierId, { type: 'EditDossier', data: { dossierId, payload } }, () => submitter(ownerOf(state)));
  }

  /** Submits with the route computed from the current hierarchy, first step due as given. */
  async submit(dossierId: string, due: Due = STEP_DAYS): Promise<AppendResult> {
    const state = await this.state(dossierId);
    if (state.status === 'empty') throw new Error(`no dossier ${dossierId}`);
    const route = computeRoute(this.tree(), state.orgId, authority(state.content));
    const data = { dossierId, route, firstDueAt: this.dueAt(due), ruleSetVersion: RULES };
    return this.run(dossierId, { type: 'SubmitDossier', data }, () => submitter(state.orgId));
  }

  /** By a reviewer of the step's organisation, or of `asOrgId`, an organisation the step was escalated to. */
  async approve(dossierId: string, asOrgId?: string): Promise<AppendResult> {
    const { round, step, orgId } = await this.openStep(dossierId);
    return this.run(dossierId, { type: 'ApproveReview', data: { dossierId, round, step } }, () => reviewer(asOrgId ?? orgId));
  }

  /** The advance worker's follow-up to the latest approval: next step, or the final approval. */
  async advance(dossierId: string, due: Due = STEP_DAYS): Promise<AppendResult> {
    const state = await this.state(dossierId);
    if (state.status !== 'step_approved') throw new Error(`${dossierId} is ${state.status}, not step_approved`);
    const data = { dossierId, round: state.review.round, afterStep: state.step, dueAt: this.dueAt(due) };
    return this.run(dossierId, { type: 'AdvanceDossier', data }, () => ADVANCE_WORKER);
  }

  async approveAndAdvance(dossierId: string, due: Due = STEP_DAYS): Promise<AppendResult> {
    await this.approve(dossierId);
    return this.advance(dossierId, due);
  }

  /**
   * The deadline worker firing the open step's next `action` (see `pendingDeadlines`): the clock
   * first moves to the moment it falls due, so the event is recorded at exactly that instant.
   */
  async fireDeadline(dossierId: string, action: DeadlineAction): Promise<AppendResult> {
    const state = await this.state(dossierId);
    const due = pendingDeadlines(state, testDeadlinePolicies).find((deadline) => deadline.action === action);
    if (!due || state.status !== 'in_review') throw new Error(`${dossierId} has no pending ${action}`);
    const reviewerOrgId = state.review.route[state.step].orgId;
    const escalationChain = action === 'escalate' ? this.tree().ancestors(reviewerOrgId).map((org) => org.orgId) : undefined;
    this.clock.advanceTo(due.at);
    const { round, step, attempt } = due;
    const data = { dossierId, round, step, action, attempt, ...(escalationChain ? { escalationChain } : {}) };
    return this.run(dossierId, { type: 'HandleDeadline', data }, () => DEADLINE_WORKER);
  }

  /** By a reviewer of the step's organisation. `remaining` is a fixed 3 working days: no read model shows it. */
  async hold(dossierId: string, reason: HoldReason = 'complaint', note?: string): Promise<AppendResult> {
    const { round, step, orgId } = await this.openStep(dossierId, 'in_review');
    const data = { dossierId, round, step, reason, ...(note ? { note } : {}), remaining: { workingDays: 3 } };
    return this.run(dossierId, { type: 'PutDossierOnHold', data }, () => reviewer(orgId));
  }

  async release(dossierId: string, due: Due = STEP_DAYS): Promise<AppendResult> {
    const { round, step, orgId } = await this.openStep(dossierId, 'on_hold');
    return this.run(dossierId, { type: 'ReleaseDossier', data: { dossierId, round, step, dueAt: this.dueAt(due) } }, () => reviewer(orgId));
  }

  /** By an administrator; `due` is the running step's new due date (none between steps or on hold). */
  async migrate(dossierId: string, toVersion: string, due?: Due): Promise<AppendResult> {
    const data = { dossierId, toVersion, ...(due !== undefined ? { dueAt: this.dueAt(due) } : {}) };
    return this.run(dossierId, { type: 'MigrateRuleSet', data }, () => admin);
  }

  async returnForRevision(dossierId: string, reason: string): Promise<AppendResult> {
    const { round, step, orgId } = await this.openStep(dossierId);
    return this.run(dossierId, { type: 'ReturnDossier', data: { dossierId, round, step, reason } }, () => reviewer(orgId));
  }

  async reject(dossierId: string, reason: string): Promise<AppendResult> {
    const { round, step, orgId } = await this.openStep(dossierId);
    return this.run(dossierId, { type: 'RejectDossier', data: { dossierId, round, step, reason } }, () => reviewer(orgId));
  }

  async withdraw(dossierId: string, reason?: string): Promise<AppendResult> {
    const state = await this.state(dossierId);
    return this.run(dossierId, { type: 'WithdrawDossier', data: { dossierId, ...(reason ? { reason } : {}) } }, () => submitter(ownerOf(state)));
  }

  async state(dossierId: string): Promise<Dossier> {
    return (await this.load(dossierId)).state;
  }

  private async openStep(dossierId: string, status: 'in_review' | 'on_hold' = 'in_review') {
    const state = await this.state(dossierId);
    if (state.status !== status) throw new Error(`${dossierId} is ${state.status}, not ${status}`);
    return { round: state.review.round, step: state.step, orgId: state.review.route[state.step].orgId };
  }

  private dueAt(due: Due): string {
    return typeof due === 'string' ? due : this.clock.daysAhead(due);
  }

  private async load(dossierId: string): Promise<{ state: Dossier; revision: number | null }> {
    const history = await this.store.readStream(`dossier-${dossierId}`);
    const state = fold(dossierDecider, history.map(({ type, data }) => ({ type, data }) as never));
    return { state, revision: history.length === 0 ? null : history[history.length - 1].revision };
  }

  private async run(dossierId: string, command: DossierCommand, actorFor: () => Actor): Promise<AppendResult> {
    const { state, revision } = await this.load(dossierId);
    const actor = actorFor();
    const events = dossierDecider.decide(command, state, { now: this.clock.tick(), actor, authority, deadlines: testDeadlinePolicies });
    if (events.length === 0) throw new Error(`${command.type} on ${dossierId} decided nothing`);
    const metadata = { actor: actor.userId, role: actor.role, ...(actor.role === 'system' ? {} : { org: actor.orgId }) };
    return this.store.append(
      `dossier-${dossierId}`,
      events.map((event) => ({ id: randomUUID(), ...event, metadata })),
      revision === null ? 'no_stream' : revision,
    );
  }
}

function ownerOf(state: Dossier): string {
  if (state.status === 'empty') throw new Error('no such dossier');
  return state.orgId;
}
