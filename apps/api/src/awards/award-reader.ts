import { BadRequestException, Inject, Injectable } from '@nestjs/common';
import { AwardCase, awardDecider, awardStream, checkEligibility, fold, NomineeKind, NotFound, versionInForce } from '@app/domain';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { AwardLedgerQueries, AwardLedgerRow, ledgerFromRows } from '@app/projections';
import { AwardRuleBook } from '@app/workflow';
import { AccessContext } from '../access/access-context';
import { EligibilityQueryDto } from './award.dto';

/** The award side as callers read it: a nomination from its stream, a nominee's ledger, eligibility with its reasons. */
@Injectable()
export class AwardReader {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    /** Waits for the read models to hold every event committed before each read. */
    private readonly ledgerRows: AwardLedgerQueries,
    private readonly rules: AwardRuleBook,
  ) {}

  /** The nomination folded from its own stream (never from the read model, so a write just made is there). */
  async nomination(nominationId: string) {
    const events = await this.store.readStream(awardStream(nominationId));
    const state: AwardCase = fold(awardDecider, events as never);
    if (state.status === 'none') throw new NotFound('award nomination', nominationId);
    const last = events[events.length - 1];
    return { ...state, revision: last.revision, position: last.position };
  }

  /**
   * Whether the nominee may receive the form for the year, under the rules in force now, with a
   * reason for every condition, and (given an achievement) whether it is already rewarded or nominated.
   */
  async eligibility(query: EligibilityQueryDto, now: Date) {
    const { nomineeKey, form, year, achievementKey, attainment } = query;
    const rows = await this.ledgerRows.entries(nomineeKey);
    const kind = query.kind ?? (rows.length > 0 ? ([...rows].sort((a, b) => b.position - a.position)[0].nomineeKind as NomineeKind) : undefined);
    if (!kind) {
      throw new BadRequestException({ message: `the ledger does not know ${nomineeKey}: say its kind`, details: { parameter: 'kind' } });
    }
    const ledger = ledgerFromRows(rows);
    const rules = versionInForce(this.rules.ruleSets, now);
    const achievement = { key: achievementKey ?? `${nomineeKey}:${year}`, year, description: '', ...(attainment !== undefined ? { attainment } : {}) };
    const result = checkEligibility(rules, ledger, { kind, key: nomineeKey, name: nomineeKey }, form, achievement);
    const rule = rules.forms[form];
    const taken = achievementKey !== undefined ? (ledger.rewardFor(nomineeKey, achievementKey) ?? ledger.openNominationFor(nomineeKey, achievementKey)) : undefined;
    return {
      nomineeKey,
      ...result,
      decidedBy: rule.decidedBy,
      authority: rule.authority,
      ...(achievementKey !== undefined ? { achievementKey, alreadyTaken: taken ?? null } : {}),
    };
  }

  /** A nominee's entries grouped as the ledger keeps them, each shown only within the caller's reach. */
  async ledger(nomineeKey: string, access: AccessContext) {
    const visible = (row: AwardLedgerRow) => (row.orgId === null ? access.national : access.covers(row.orgId));
    const rows = (await this.ledgerRows.entries(nomineeKey)).filter(visible);
    const nominations = rows.filter((row) => row.entryKind === 'nomination');
    return {
      nomineeKey,
      holdings: rows.filter((row) => row.status === 'granted' || row.status === 'held'),
      revocations: nominations.filter((row) => row.status === 'revoked'),
      openNominations: nominations.filter((row) => row.status === 'nominated'),
      closedNominations: nominations.filter((row) => row.status === 'refused' || row.status === 'withdrawn'),
      annualResults: rows.filter((row) => row.entryKind === 'annual_result'),
    };
  }
}
