import { AWARD_EVENT_TYPES, AwardEvent, HONOURS_EVENT_TYPES, HonoursEvent } from '@app/domain';
import { RecordedEvent } from '@app/event-store';
import { asDomainEvent } from '../runner/domain-event';
import { rowProjection, RowProjectionDefinition } from '../runner/row-projection';
import { annualResultEntryId, AWARD_LEDGER_TABLE, AwardLedgerRow, nominationEntryId, priorAwardEntryId } from './award-ledger.row';

const awardEventOf = (event: RecordedEvent): AwardEvent | null =>
  event.stream.startsWith('award-') ? asDomainEvent<AwardEvent>(event, AWARD_EVENT_TYPES) : null;
const honoursEventOf = (event: RecordedEvent): HonoursEvent | null =>
  event.stream.startsWith('honours-') ? asDomainEvent<HonoursEvent>(event, HONOURS_EVENT_TYPES) : null;

function entryIdOf(recorded: RecordedEvent): string | null {
  const award = awardEventOf(recorded);
  if (award) return nominationEntryId(award.data.nominationId);
  const honours = honoursEventOf(recorded);
  if (!honours) return null;
  return honours.type === 'PriorAwardRecorded'
    ? priorAwardEntryId(honours.data.nomineeKey, honours.data.achievementKey)
    : annualResultEntryId(honours.data.nomineeKey, honours.data.year);
}

/** Folds award and honours events into ledger entries; an event the row already holds (a replay) changes nothing. */
export function evolveAwardLedgerRow(row: AwardLedgerRow | null, recorded: RecordedEvent): AwardLedgerRow | null {
  if (row !== null && recorded.position <= row.position) return row;
  const award = awardEventOf(recorded);
  if (award) return evolveNomination(row, award, recorded.position);
  const honours = honoursEventOf(recorded);
  return honours ? evolveHonours(row, honours, recorded.position) : row;
}

function evolveNomination(row: AwardLedgerRow | null, event: AwardEvent, position: number): AwardLedgerRow | null {
  const { type } = event;
  if (type === 'AwardNominated') {
    if (row !== null) return row;
    const { nominationId, dossierId, nominee, form, achievement, ruleSetVersion, at } = event.data;
    return {
      ...EMPTY,
      entryId: nominationEntryId(nominationId),
      entryKind: 'nomination',
      nomineeKey: nominee.key,
      nomineeKind: nominee.kind,
      orgId: nominee.orgId ?? null,
      nominationId,
      dossierId: dossierId ?? null,
      form,
      achievementKey: achievement.key,
      year: achievement.year,
      status: 'nominated',
      ruleSetVersion,
      recordedAt: at,
      updatedAt: at,
      position,
    };
  }
  if (row === null) return null;
  const moved = { updatedAt: event.data.at, position };
  switch (type) {
    case 'EligibilityOverridden':
      return { ...row, ...moved, overriddenAt: event.data.at };
    case 'CouncilVoteRecorded': {
      const { outcome, decisionRef, at } = event.data;
      if (row.status !== 'nominated' || outcome === 'no_quorum') return { ...row, ...moved };
      if (outcome === 'refused') return { ...row, ...moved, status: 'refused' };
      return { ...row, ...moved, status: 'granted', grantedAt: at, decisionRef: decisionRef ?? null };
    }
    case 'AwardRevoked':
      if (row.status !== 'granted') return row;
      return { ...row, ...moved, status: 'revoked', revokedAt: event.data.at, revocationReason: event.data.reason };
    case 'NominationWithdrawn':
      return row.status === 'nominated' ? { ...row, ...moved, status: 'withdrawn' } : row;
    default:
      (type) satisfies never;
      return row;
  }
}

function evolveHonours(row: AwardLedgerRow | null, event: HonoursEvent, position: number): AwardLedgerRow {
  const { nomineeKey, nomineeKind, orgId, at } = event.data;
  const base = { ...EMPTY, nomineeKey, nomineeKind, orgId: orgId ?? row?.orgId ?? null, recordedAt: row?.recordedAt ?? at, updatedAt: at, position };
  if (event.type === 'PriorAwardRecorded') {
    const { form, year, achievementKey, decisionRef } = event.data;
    const entryId = priorAwardEntryId(nomineeKey, achievementKey);
    return { ...base, entryId, entryKind: 'prior_award', form, achievementKey, year, status: 'held', decisionRef, grantedAt: at };
  }
  const { year, rating, titles, basisRef } = event.data;
  return { ...base, entryId: annualResultEntryId(nomineeKey, year), entryKind: 'annual_result', year, status: 'recorded', rating, titles: [...titles], decisionRef: basisRef };
}

const EMPTY: Omit<AwardLedgerRow, 'entryId' | 'entryKind' | 'nomineeKey' | 'nomineeKind' | 'year' | 'status' | 'recordedAt' | 'updatedAt' | 'position'> = {
  orgId: null,
  nominationId: null,
  dossierId: null,
  form: null,
  achievementKey: null,
  ruleSetVersion: null,
  overriddenAt: null,
  rating: null,
  titles: null,
  decisionRef: null,
  grantedAt: null,
  revokedAt: null,
  revocationReason: null,
};

export const awardLedgerRows: RowProjectionDefinition<AwardLedgerRow> = {
  name: 'award_ledger',
  table: AWARD_LEDGER_TABLE,
  keyOf: entryIdOf,
  evolve: evolveAwardLedgerRow,
};

export const awardLedgerProjection = rowProjection(awardLedgerRows);
