import { randomUUID } from 'node:crypto';
import {
  Actor,
  authorityPolicyFromTable,
  computeRoute,
  Dossier,
  DossierCommand,
  DossierContent,
  dossierDecider,
  DossierPayload,
  fold,
  OrgTree,
  systemActor,
} from '@app/domain';
import { reviewer, submitter } from '@app/domain/testing/fixtures/actors.fixture';
import { AUTHORITY_TABLE } from '@app/domain/testing/fixtures/payloads.fixture';
import { AppendResult, EventStore } from '@app/event-store';
import { TestClock } from './test-clock';

const authority = authorityPolicyFromTable(AUTHORITY_TABLE);
const ADVANCE_WORKER = systemActor('worker:advance');
/** Review steps fall due five days after they open. */
const STEP_DAYS = 5;

/**
 * Runs dossier commands through the real decider and event store, acting as the right person for
 * each: the owner's submitter, the open step's reviewer, the advance worker.
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

  /** Submits with the route computed from the current hierarchy, first step due in `dueInDays`. */
  async submit(dossierId: string, dueInDays = STEP_DAYS): Promise<AppendResult> {
    const state = await this.state(dossierId);
    if (state.status === 'empty') throw new Error(`no dossier ${dossierId}`);
    const route = computeRoute(this.tree(), state.orgId, authority(state.content));
    const data = { dossierId, route, firstDueAt: this.clock.daysAhead(dueInDays), ruleSetVersion: 'rules-2025.1' };
    return this.run(dossierId, { type: 'SubmitDossier', data }, () => submitter(state.orgId));
  }

  async approve(dossierId: string): Promise<AppendResult> {
    const { round, step, orgId } = await this.openStep(dossierId);
    return this.run(dossierId, { type: 'ApproveReview', data: { dossierId, round, step } }, () => reviewer(orgId));
  }

  /** The advance worker's follow-up to the latest approval: next step, or the final approval. */
  async advance(dossierId: string, dueInDays = STEP_DAYS): Promise<AppendResult> {
    const state = await this.state(dossierId);
    if (state.status !== 'step_approved') throw new Error(`${dossierId} is ${state.status}, not step_approved`);
    const data = { dossierId, round: state.review.round, afterStep: state.step, dueAt: this.clock.daysAhead(dueInDays) };
    return this.run(dossierId, { type: 'AdvanceDossier', data }, () => ADVANCE_WORKER);
  }

  async approveAndAdvance(dossierId: string, dueInDays = STEP_DAYS): Promise<AppendResult> {
    await this.approve(dossierId);
    return this.advance(dossierId, dueInDays);
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

  private async openStep(dossierId: string): Promise<{ round: number; step: number; orgId: string }> {
    const state = await this.state(dossierId);
    if (state.status !== 'in_review') throw new Error(`${dossierId} is ${state.status}, no step is open`);
    return { round: state.review.round, step: state.step, orgId: state.review.route[state.step].orgId };
  }

  private async load(dossierId: string): Promise<{ state: Dossier; revision: number | null }> {
    const history = await this.store.readStream(`dossier-${dossierId}`);
    const state = fold(dossierDecider, history.map(({ type, data }) => ({ type, data }) as never));
    return { state, revision: history.length === 0 ? null : history[history.length - 1].revision };
  }

  private async run(dossierId: string, command: DossierCommand, actorFor: () => Actor): Promise<AppendResult> {
    const { state, revision } = await this.load(dossierId);
    const actor = actorFor();
    const events = dossierDecider.decide(command, state, { now: this.clock.tick(), actor, authority });
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
