import { AdvanceDossier, Dossier, DossierCommand, DossierContent, dossierDecider, DossierEvent, fold, UserActor } from '@app/domain';
import { dossierStream, planSubmission, runDossierCommand } from '@app/workflow';
import { withPlanMovementCheck } from '@app/workflow/commands/plan-movement-check';
import { ADVANCE_ACTOR } from '../../../worker/src/advance/advance.processor';
import { nextStepDue } from '../../../worker/src/advance/next-step-due';
import { reviewerOf, submitterOf } from './demo-actors';
import { demoCommandId, demoDossierId, DemoWorld, onDay } from './demo-world';

/**
 * Drives dossiers through the chain the way people and the advance worker would, on given days:
 * the same commands, deciders and rule sets as the service, with the day as the clock.
 */
export class DemoDossiers {
  /** Every dossier the script opened, by name, with its id. */
  readonly opened = new Map<string, string>();

  constructor(private readonly world: DemoWorld) {}

  /** Dossiers are named in the demo's script; the service knows them by a UUID derived from the name. */
  static idOf(name: string): string {
    return demoDossierId(name);
  }

  create(name: string, orgId: string, content: DossierContent, day: string): Promise<Dossier> {
    const dossierId = demoDossierId(name);
    this.opened.set(name, dossierId);
    return this.run(dossierId, 'create', { type: 'CreateDossier', data: { dossierId, orgId, ...content } }, submitterOf(orgId), day);
  }

  async submit(name: string, day: string, label = 'submit'): Promise<Dossier> {
    const dossierId = demoDossierId(name);
    const now = onDay(day);
    const current = await this.state(dossierId);
    if (!('orgId' in current)) throw new Error(`dossier ${dossierId} does not exist`);
    const result = await runDossierCommand(this.world, {
      dossierId,
      command: (state) => planSubmission(state, this.world, now),
      request: { type: 'SubmitDossier', data: { dossierId } },
      actor: submitterOf(current.orgId),
      commandId: demoCommandId(`${dossierId}/${label}`),
      now,
    });
    return result.state;
  }

  /** The reviewer of the open step approves, then the next step opens (or the final approval is recorded) that day. */
  private async approveStep(dossierId: string, day: string): Promise<Dossier> {
    const open = await this.openStep(dossierId);
    const reviewer = reviewerOf(open.review.route[open.step].orgId);
    const label = `approve/${open.review.round}.${open.step}`;
    const approved = await this.run(dossierId, label, { type: 'ApproveReview', data: { dossierId, round: open.review.round, step: open.step } }, reviewer, day);
    const now = onDay(day, 10);
    const dueAt = nextStepDue(approved, { round: open.review.round, afterStep: open.step }, now, this.world.rules);
    const advance: AdvanceDossier = { type: 'AdvanceDossier', data: { dossierId, round: open.review.round, afterStep: open.step, ...(dueAt ? { dueAt } : {}) } };
    const result = await runDossierCommand(this.world, { dossierId, command: advance, actor: ADVANCE_ACTOR, commandId: demoCommandId(`${dossierId}/advance/${open.review.round}.${open.step}`), now });
    return result.state;
  }

  /** Every remaining step approved, one per day listed. */
  async approveThrough(name: string, days: readonly string[]): Promise<Dossier> {
    const dossierId = demoDossierId(name);
    let state = await this.state(dossierId);
    for (const day of days) {
      if (state.status !== 'in_review') break;
      state = await this.approveStep(dossierId, day);
    }
    return state;
  }

  returnForRevision(name: string, day: string, reason: string): Promise<Dossier> {
    return this.sendBack(name, 'ReturnDossier', day, reason);
  }

  reject(name: string, day: string, reason: string): Promise<Dossier> {
    return this.sendBack(name, 'RejectDossier', day, reason);
  }

  async withdraw(name: string, day: string, reason: string): Promise<Dossier> {
    const dossierId = demoDossierId(name);
    const current = await this.state(dossierId);
    if (!('orgId' in current)) throw new Error(`dossier ${dossierId} does not exist`);
    return this.run(dossierId, 'withdraw', { type: 'WithdrawDossier', data: { dossierId, reason } }, submitterOf(current.orgId), day);
  }

  /** Decided by the reviewer of the open step; a dossier no longer in review was already decided (a second seeding). */
  private async sendBack(name: string, type: 'ReturnDossier' | 'RejectDossier', day: string, reason: string): Promise<Dossier> {
    const dossierId = demoDossierId(name);
    const open = await this.state(dossierId);
    if (open.status !== 'in_review') return open;
    const { round } = open.review;
    const command = { type, data: { dossierId, round, step: open.step, reason } } as DossierCommand;
    return this.run(dossierId, `${type}/${round}.${open.step}`, command, reviewerOf(open.review.route[open.step].orgId), day);
  }

  /** The dossier as its events fold today (a command that decides nothing appends nothing). */
  private async state(dossierId: string): Promise<Dossier> {
    const events = await this.world.store.readStream(dossierStream(dossierId));
    return fold(dossierDecider, events.map((event) => ({ type: event.type, data: event.data }) as DossierEvent));
  }

  private async openStep(dossierId: string): Promise<Extract<Dossier, { status: 'in_review' }>> {
    const state = await this.state(dossierId);
    if (state.status !== 'in_review') throw new Error(`dossier ${dossierId} has no open step (${state.status})`);
    return state;
  }

  private async run(dossierId: string, label: string, command: DossierCommand, actor: UserActor, day: string): Promise<Dossier> {
    const input = { dossierId, command, actor, commandId: demoCommandId(`${dossierId}/${label}`), now: onDay(day) };
    // Plans are checked against the movement they name, as the API does.
    const result = await runDossierCommand(this.world, withPlanMovementCheck(this.world.store, input));
    return result.state;
  }
}
