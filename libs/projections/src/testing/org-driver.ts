import { randomUUID } from 'node:crypto';
import { fold, OrgCommand, OrgLevel, OrgTree, orgUnitDecider } from '@app/domain';
import { user } from '@app/domain/testing/fixtures/actors.fixture';
import { AppendResult, EventStore } from '@app/event-store';
import { TestClock } from './test-clock';

const ADMIN = user('central', 'admin', 'admin@central');

/**
 * Runs organisation commands the way the application does: read the stream, fold, decide against
 * the current tree, append with the expected revision.
 */
export class OrgDriver {
  tree = OrgTree.empty();

  constructor(
    private readonly store: EventStore,
    private readonly clock: TestClock,
  ) {}

  register(orgId: string, level: OrgLevel, parentId?: string, name = `Org ${orgId}`): Promise<AppendResult> {
    return this.run({ type: 'RegisterOrg', data: { orgId, name, level, ...(parentId ? { parentId } : {}) } });
  }

  rename(orgId: string, name: string): Promise<AppendResult> {
    return this.run({ type: 'RenameOrg', data: { orgId, name } });
  }

  move(orgId: string, newParentId: string): Promise<AppendResult> {
    return this.run({ type: 'MoveOrg', data: { orgId, newParentId } });
  }

  retire(orgId: string, comment?: string): Promise<AppendResult> {
    return this.run({ type: 'RetireOrg', data: { orgId, ...(comment ? { comment } : {}) } });
  }

  /**
   *   central (central_council)
   *   ├── moc (ministry) ── moc-dept (unit) ── moc-dept-office (unit)
   *   └── camau (province) ── camau-justice (unit)
   */
  async registerStandardHierarchy(): Promise<void> {
    await this.register('central', 'central_council', undefined, 'Central Emulation and Reward Council');
    await this.register('moc', 'ministry', 'central', 'Ministry of Culture');
    await this.register('moc-dept', 'unit', 'moc', 'Department of Digital Affairs');
    await this.register('moc-dept-office', 'unit', 'moc-dept', 'Office of the Department');
    await this.register('camau', 'province', 'central', 'Cà Mau Province');
    await this.register('camau-justice', 'unit', 'camau', 'Cà Mau Department of Justice');
  }

  private async run(command: OrgCommand): Promise<AppendResult> {
    const stream = `org-${command.data.orgId}`;
    const history = await this.store.readStream(stream);
    const state = fold(orgUnitDecider, history.map(({ type, data }) => ({ type, data }) as never));
    const events = orgUnitDecider.decide(command, state, { now: this.clock.tick(), actor: ADMIN, tree: this.tree });
    for (const event of events) this.tree = this.tree.apply(event);
    const expected = history.length === 0 ? 'no_stream' : history[history.length - 1].revision;
    return this.store.append(
      stream,
      events.map((event) => ({ id: randomUUID(), ...event, metadata: { actor: ADMIN.userId, role: ADMIN.role, org: ADMIN.orgId } })),
      expected,
    );
  }
}
