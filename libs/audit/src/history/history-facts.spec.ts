import { RecordedEvent } from '@app/event-store';
import { historyFacts } from './history-facts';
import { OrgNames } from './org-names';

let position = 0;
function recorded(type: string, data: object, stream = 'dossier-d-1'): RecordedEvent {
  position += 10;
  return { id: `e${position}`, stream, type, schemaVersion: 1, data, metadata: {}, recordedAt: new Date(), revision: 0, position, hash: '' };
}

const by = { userId: 'minh', role: 'reviewer', orgId: 'moc' };
const at = '2027-03-01T03:00:00.000Z';

describe('history facts', () => {
  it('carries the rule-set version in force through the events, changed only by submissions, steps and migrations', () => {
    const events = [
      recorded('DossierCreated', { dossierId: 'd-1', orgId: 'unit', kind: 'yearly_report', payload: {}, by, at }),
      recorded('DossierSubmitted', { dossierId: 'd-1', round: 1, route: [{ orgId: 'moc', level: 'ministry' }], authorityLevels: [], ruleSetVersion: 'v1', by, at }),
      recorded('ReviewRequested', { dossierId: 'd-1', round: 1, step: 0, reviewerOrgId: 'moc', level: 'ministry', dueAt: at, ruleSetVersion: 'v1', by, at }),
      recorded('DossierRuleSetMigrated', { dossierId: 'd-1', round: 1, fromVersion: 'v1', toVersion: 'v2', by, at }),
      recorded('ReviewApproved', { dossierId: 'd-1', round: 1, step: 0, reviewerOrgId: 'moc', by, at }),
      recorded('SomethingNewer', { dossierId: 'd-1' }),
    ];
    const facts = historyFacts(events, OrgNames.none());
    expect(facts.map((fact) => fact.ruleSetVersion)).toEqual([null, 'v1', 'v1', 'v2', 'v2', 'v2']);
    expect(facts[5].description).toEqual({ en: 'Recorded “SomethingNewer”.', vi: 'Đã ghi nhận sự kiện “SomethingNewer”.' });
  });

  it('names organisations as they were called when each event was recorded', () => {
    const registry = [
      recorded('OrgRegistered', { orgId: 'moc', name: 'Ministry of Culture', level: 'ministry', by, at }, 'orgtree-national'),
      recorded('OrgRenamed', { orgId: 'moc', name: 'Bộ Văn hóa, Thể thao và Du lịch', previousName: 'Ministry of Culture', by, at }, 'orgtree-national'),
    ];
    const afterRename = recorded('ReviewApproved', { dossierId: 'd-1', round: 1, step: 0, reviewerOrgId: 'moc', by, at });
    const names = OrgNames.fromEvents(registry);
    expect(names.nameOf('moc', registry[0].position)).toBe('Ministry of Culture');
    expect(names.nameOf('moc', afterRename.position)).toBe('Bộ Văn hóa, Thể thao và Du lịch');
    expect(names.nameOf('moc', 0)).toBe('Ministry of Culture');
    expect(names.nameOf('nobody')).toBe('nobody');
  });
});
