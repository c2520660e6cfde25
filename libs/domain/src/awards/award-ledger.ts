import { AwardForm } from '../rules/rule-set';
import { AwardEvent } from './award.events';
import { HonoursEvent } from './honours.events';
import { AnnualResult } from './honours.state';

/** An award a nominee holds (or held, when revoked). */
export interface Holding {
  nomineeKey: string;
  form: AwardForm;
  /** The year of the achievement it rewarded. */
  year: number;
  achievementKey: string;
  source: 'council' | 'prior';
  /** The nomination it came from (council), or the decision entered (prior). */
  nominationId?: string;
  decisionRef?: string;
  grantedAt: string;
  revoked?: { at: string; reason: string };
}

/** A nomination the council has not decided yet. */
export interface PendingNomination {
  nominationId: string;
  nomineeKey: string;
  form: AwardForm;
  achievementKey: string;
}

export type LedgerEvent = AwardEvent | HonoursEvent;

/** A yearly result with the nominee it belongs to. */
export interface NomineeResult extends AnnualResult {
  nomineeKey: string;
}

/** The ledger's contents as a read model keeps them: what `fromEntries` builds a ledger from. */
export interface LedgerEntries {
  holdings: readonly Holding[];
  pending: readonly PendingNomination[];
  results: readonly NomineeResult[];
}

/**
 * Everyone's award history, folded from award and honours events (in global order): the awards
 * held (granted by a council here, or entered from earlier decisions), revocations, open
 * nominations, and yearly results. Eligibility reads it; `asOf` gives it as it stood at a moment,
 * so a refusal can be re-checked later against what was known then.
 */
export class AwardLedger {
  private constructor(
    private readonly holdingsByNominee: ReadonlyMap<string, readonly Holding[]>,
    private readonly pending: ReadonlyMap<string, PendingNomination>,
    private readonly resultsByNominee: ReadonlyMap<string, ReadonlyMap<number, AnnualResult>>,
  ) {}

  static empty(): AwardLedger {
    return AwardLedger.fromEvents([]);
  }

  static fromEvents(events: readonly LedgerEvent[]): AwardLedger {
    const holdings = new Map<string, Holding[]>();
    const nominations = new Map<string, PendingNomination & { year: number }>();
    const pending = new Map<string, PendingNomination>();
    const results = new Map<string, Map<number, AnnualResult>>();
    const add = (holding: Holding) => holdings.set(holding.nomineeKey, [...(holdings.get(holding.nomineeKey) ?? []), holding]);
    for (const event of events) {
      switch (event.type) {
        case 'AwardNominated': {
          const { nominationId, nominee, form, achievement } = event.data;
          const nomination = { nominationId, nomineeKey: nominee.key, form, achievementKey: achievement.key, year: achievement.year };
          nominations.set(nominationId, nomination);
          pending.set(nominationId, { nominationId, nomineeKey: nominee.key, form, achievementKey: achievement.key });
          break;
        }
        case 'CouncilVoteRecorded': {
          const nomination = nominations.get(event.data.nominationId);
          if (!nomination || event.data.outcome === 'no_quorum') break;
          pending.delete(nomination.nominationId);
          if (event.data.outcome === 'granted') {
            const { nominationId, nomineeKey, form, achievementKey, year } = nomination;
            const decisionRef = event.data.decisionRef;
            const ref = decisionRef ? { decisionRef } : {};
            add({ nomineeKey, form, year, achievementKey, source: 'council', nominationId, ...ref, grantedAt: event.data.at });
          }
          break;
        }
        case 'AwardRevoked': {
          const nomination = nominations.get(event.data.nominationId);
          if (!nomination) break;
          const revoked = { at: event.data.at, reason: event.data.reason };
          const list = holdings.get(nomination.nomineeKey) ?? [];
          holdings.set(
            nomination.nomineeKey,
            list.map((h) => (h.nominationId === nomination.nominationId && !h.revoked ? { ...h, revoked } : h)),
          );
          break;
        }
        case 'NominationWithdrawn':
          pending.delete(event.data.nominationId);
          break;
        case 'EligibilityOverridden':
          break;
        case 'PriorAwardRecorded': {
          const { nomineeKey, form, year, achievementKey, decisionRef, at } = event.data;
          add({ nomineeKey, form, year, achievementKey, source: 'prior', decisionRef, grantedAt: at });
          break;
        }
        case 'AnnualResultRecorded': {
          const { nomineeKey, year, rating, titles, basisRef } = event.data;
          const byYear = results.get(nomineeKey) ?? new Map<number, AnnualResult>();
          byYear.set(year, { year, rating, titles, basisRef });
          results.set(nomineeKey, byYear);
          break;
        }
        default:
          (event) satisfies never;
      }
    }
    return new AwardLedger(holdings, pending, results);
  }

  /**
   * A ledger from entries already folded elsewhere (the award ledger read model), for the
   * nominees they concern; it answers exactly as `fromEvents` over the events they came from.
   */
  static fromEntries(entries: LedgerEntries): AwardLedger {
    const holdings = new Map<string, Holding[]>();
    for (const holding of entries.holdings) holdings.set(holding.nomineeKey, [...(holdings.get(holding.nomineeKey) ?? []), holding]);
    const pending = new Map(entries.pending.map((nomination) => [nomination.nominationId, nomination]));
    const results = new Map<string, Map<number, AnnualResult>>();
    for (const { nomineeKey, year, rating, titles, basisRef } of entries.results) {
      const byYear = results.get(nomineeKey) ?? new Map<number, AnnualResult>();
      byYear.set(year, { year, rating, titles, basisRef });
      results.set(nomineeKey, byYear);
    }
    return new AwardLedger(holdings, pending, results);
  }

  /** The ledger as it stood at `at` (inclusive), judged by each event's own `at`. */
  static asOf(events: readonly LedgerEvent[], at: Date | string): AwardLedger {
    const limit = typeof at === 'string' ? Date.parse(at) : at.getTime();
    return AwardLedger.fromEvents(events.filter((event) => Date.parse(event.data.at) <= limit));
  }

  /** Awards held, oldest achievement first; revoked ones only when asked. */
  holdings(nomineeKey: string, options: { includeRevoked?: boolean } = {}): Holding[] {
    return (this.holdingsByNominee.get(nomineeKey) ?? [])
      .filter((h) => options.includeRevoked || !h.revoked)
      .sort((a, b) => a.year - b.year || (a.grantedAt < b.grantedAt ? -1 : a.grantedAt > b.grantedAt ? 1 : 0));
  }

  /** The award (not revoked) that already rewards this achievement of this nominee, if any. */
  rewardFor(nomineeKey: string, achievementKey: string): Holding | undefined {
    return this.holdings(nomineeKey).find((h) => h.achievementKey === achievementKey);
  }

  /** An undecided nomination of this nominee for this achievement, other than `except`. */
  openNominationFor(nomineeKey: string, achievementKey: string, except?: string): PendingNomination | undefined {
    return [...this.pending.values()].find(
      (p) => p.nomineeKey === nomineeKey && p.achievementKey === achievementKey && p.nominationId !== except,
    );
  }

  resultOf(nomineeKey: string, year: number): AnnualResult | undefined {
    return this.resultsByNominee.get(nomineeKey)?.get(year);
  }
}
