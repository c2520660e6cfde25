import {
  Actor,
  DeadlineAction,
  Dossier,
  DossierCommand,
  DossierContent,
  dossierDecider,
  DossierEvent,
  DossierPayload,
  fold,
  HoldReason,
  OrgCommand,
  OrgLevel,
  pendingDeadlines,
  systemActor,
  UserRole,
} from '@app/domain';
import { EventStore } from '@app/event-store';
import { deterministicUuid } from '@app/workflow/commands/command-identity';
import { runDossierCommand } from '@app/workflow/commands/dossier-command-runner';
import { dossierStream } from '@app/workflow/commands/dossier-stream';
import { runOrgCommand } from '@app/workflow/commands/org-command-runner';
import { planHold, planMigration, planRelease } from '@app/workflow/commands/hold-planner';
import { planSubmission } from '@app/workflow/commands/submission-planner';
import { RuleBook } from '@app/workflow/deadlines/rule-book';
import { OrgTreeReader } from '@app/workflow/organisations/org-tree-reader';

const HOUR_MS = 60 * 60 * 1000;
const ADVANCE_WORKER = systemActor('worker:advance');
const DEADLINE_WORKER = systemActor('worker:deadline');

/**
 * Records a history the way the service writes it: the real command runners, deciders, planners
 * and shipped rule sets, with the advance and deadline workers' commands issued by hand in order.
 * Every id and instant is derived from the scenario's name and a clock under its control (each
 * command one hour after the previous one, deadlines exactly when they fall due), so recording
 * the same scenario twice gives the very same events.
 */
export class GoldenRecorder {
  private current: number;
  private commands = 0;
  private readonly rules = new RuleBook();
  private readonly tree: OrgTreeReader;

  constructor(
    private readonly store: EventStore,
    private readonly scenario: string,
    start: string,
  ) {
    this.current = Date.parse(start);
    this.tree = new OrgTreeReader(store);
  }

  /** The store's clock: the instant of the command being recorded. */
  get now(): Date {
    return new Date(this.current);
  }

  /** The id of the dossier called `name` in this scenario. */
  dossierId(name: string): string {
    return deterministicUuid(`golden\n${this.scenario}\n${name}`);
  }

  /** Moves the clock on by `hours` before the next command (it also moves one hour by itself). */
  wait(hours: number): void {
    this.current += hours * HOUR_MS;
  }

  // Organisations, by an administrator of the Central Council.

  register(orgId: string, name: string, level: OrgLevel, parentId?: string): Promise<void> {
    return this.org({ type: 'RegisterOrg', data: { orgId, name, level, ...(parentId ? { parentId } : {}) } });
  }

  rename(orgId: string, name: string): Promise<void> {
    return this.org({ type: 'RenameOrg', data: { orgId, name } });
  }

  move(orgId: string, newParentId: string): Promise<void> {
    return this.org({ type: 'MoveOrg', data: { orgId, newParentId } });
  }

  retire(orgId: string, comment?: string): Promise<void> {
    return this.org({ type: 'RetireOrg', data: { orgId, ...(comment ? { comment } : {}) } });
  }

  // Dossiers, each command by the person or worker who issues it in the service.

  create(name: string, orgId: string, content: DossierContent): Promise<void> {
    const dossierId = this.dossierId(name);
    return this.dossier(dossierId, { type: 'CreateDossier', data: { dossierId, orgId, ...content } }, person(orgId, 'submitter'));
  }

  async edit(name: string, payload: DossierPayload, comment?: string): Promise<void> {
    const dossierId = this.dossierId(name);
    const state = await this.state(dossierId);
    await this.dossier(dossierId, { type: 'EditDossier', data: { dossierId, payload, ...(comment ? { comment } : {}) } }, person(ownerOf(state), 'submitter'));
  }

  async submit(name: string, comment?: string): Promise<void> {
    const dossierId = this.dossierId(name);
    const owner = ownerOf(await this.state(dossierId));
    const now = this.tick();
    await this.run(dossierId, (state) => planSubmission(state, { rules: this.rules, orgTree: this.tree }, now, comment), person(owner, 'submitter'), now);
  }

  /** By a reviewer of the open step's organisation, or of `asOrgId`, an organisation the step was escalated to. */
  async approve(name: string, options: { asOrgId?: string; comment?: string } = {}): Promise<void> {
    const { dossierId, round, step, orgId } = await this.openStep(name);
    const data = { dossierId, round, step, ...(options.comment ? { comment: options.comment } : {}) };
    await this.dossier(dossierId, { type: 'ApproveReview', data }, person(options.asOrgId ?? orgId, 'reviewer'));
  }

  async returnForRevision(name: string, reason: string): Promise<void> {
    const { dossierId, round, step, orgId } = await this.openStep(name);
    await this.dossier(dossierId, { type: 'ReturnDossier', data: { dossierId, round, step, reason } }, person(orgId, 'reviewer'));
  }

  async reject(name: string, reason: string): Promise<void> {
    const { dossierId, round, step, orgId } = await this.openStep(name);
    await this.dossier(dossierId, { type: 'RejectDossier', data: { dossierId, round, step, reason } }, person(orgId, 'reviewer'));
  }

  async withdraw(name: string, reason?: string): Promise<void> {
    const dossierId = this.dossierId(name);
    const owner = ownerOf(await this.state(dossierId));
    await this.dossier(dossierId, { type: 'WithdrawDossier', data: { dossierId, ...(reason ? { reason } : {}) } }, person(owner, 'submitter'));
  }

  /** The advance worker's follow-up to the latest approval: the next step (due under the dossier's rule set) or the final approval. */
  async advance(name: string): Promise<void> {
    const dossierId = this.dossierId(name);
    const state = await this.state(dossierId);
    if (state.status !== 'step_approved') throw new Error(`${name} is ${state.status}, not step_approved`);
    const now = this.tick();
    const next = state.review.route[state.step + 1];
    const dueAt = next ? this.rules.dueAt(state.review.ruleSetVersion, state.content.kind, next.level, now).toISOString() : undefined;
    const command: DossierCommand = { type: 'AdvanceDossier', data: { dossierId, round: state.review.round, afterStep: state.step, ...(dueAt ? { dueAt } : {}) } };
    await this.run(dossierId, command, ADVANCE_WORKER, now);
  }

  async approveAndAdvance(name: string, comment?: string): Promise<void> {
    await this.approve(name, { comment });
    await this.advance(name);
  }

  /** The deadline worker firing the open step's pending `action` at the very moment it falls due. */
  async fire(name: string, action: DeadlineAction): Promise<void> {
    const dossierId = this.dossierId(name);
    const state = await this.state(dossierId);
    const due = pendingDeadlines(state, this.rules.deadlines).find((deadline) => deadline.action === action);
    if (!due || state.status !== 'in_review') throw new Error(`${name} has no pending ${action}`);
    this.current = Math.max(this.current, Date.parse(due.at));
    const reviewerOrgId = state.review.route[state.step].orgId;
    const escalationChain = action === 'escalate' ? (await this.tree.current()).ancestors(reviewerOrgId).map((org) => org.orgId) : undefined;
    const { round, step, attempt } = due;
    const data = { dossierId, round, step, action, attempt, ...(escalationChain ? { escalationChain } : {}) };
    await this.run(dossierId, { type: 'HandleDeadline', data }, DEADLINE_WORKER, this.now);
  }

  async hold(name: string, reason: HoldReason, note?: string): Promise<void> {
    const { dossierId, orgId } = await this.openStep(name);
    const now = this.tick();
    await this.run(dossierId, (state) => planHold(state, this.rules, now, reason, note), person(orgId, 'reviewer'), now);
  }

  async release(name: string, comment?: string): Promise<void> {
    const dossierId = this.dossierId(name);
    const state = await this.state(dossierId);
    if (state.status !== 'on_hold') throw new Error(`${name} is ${state.status}, not on_hold`);
    const now = this.tick();
    const orgId = state.review.route[state.step].orgId;
    await this.run(dossierId, (current) => planRelease(current, this.rules, now, comment), person(orgId, 'reviewer'), now);
  }

  async migrate(name: string, toVersion: string, comment?: string): Promise<void> {
    const dossierId = this.dossierId(name);
    const now = this.tick();
    await this.run(dossierId, (state) => planMigration(state, this.rules, now, toVersion, comment), person('central-council', 'admin'), now);
  }

  private async openStep(name: string) {
    const dossierId = this.dossierId(name);
    const state = await this.state(dossierId);
    if (state.status !== 'in_review') throw new Error(`${name} is ${state.status}, not in_review`);
    return { dossierId, round: state.review.round, step: state.step, orgId: state.review.route[state.step].orgId };
  }

  private async state(dossierId: string): Promise<Dossier> {
    const events = await this.store.readStream(dossierStream(dossierId));
    return fold(dossierDecider, events.map(({ type, data }) => ({ type, data }) as DossierEvent));
  }

  private dossier(dossierId: string, command: DossierCommand, actor: Actor): Promise<void> {
    const now = this.tick();
    return this.run(dossierId, command, actor, now);
  }

  /** A planned command (a function of the state) is identified, as in the API, by what was asked: its type and dossier. */
  private async run(dossierId: string, command: DossierCommand | ((state: Dossier) => DossierCommand | Promise<DossierCommand>), actor: Actor, now: Date): Promise<void> {
    const request = typeof command === 'function' ? { type: 'planned', data: { dossierId, at: now.toISOString() } } : command;
    const result = await runDossierCommand({ store: this.store, rules: this.rules }, { dossierId, command, request, actor, commandId: this.commandId(), now });
    if (result.events.length === 0) throw new Error(`${typeof command === 'function' ? 'a planned command' : command.type} on ${dossierId} decided nothing`);
  }

  private async org(command: OrgCommand): Promise<void> {
    await runOrgCommand(this.store, { command, actor: person('central-council', 'admin'), commandId: this.commandId(), now: this.tick() });
  }

  private tick(): Date {
    this.current += HOUR_MS;
    return this.now;
  }

  private commandId(): string {
    this.commands += 1;
    return `golden-${this.scenario}-${String(this.commands).padStart(4, '0')}`;
  }
}

/** Named after the organisation and role, as the history shows it. */
function person(orgId: string, role: UserRole): Actor {
  return { userId: `${role}.${orgId}`, orgId, roles: [role], role };
}

function ownerOf(state: Dossier): string {
  if (state.status === 'empty') throw new Error('no such dossier');
  return state.orgId;
}
