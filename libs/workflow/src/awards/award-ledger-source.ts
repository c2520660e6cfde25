import { AwardLedger } from '@app/domain';

/**
 * Where award commands read a nominee's award history from: the `award_ledger` read model, caught
 * up with the log before it answers. Only the nominee's own entries are needed by a decision.
 */
export interface AwardLedgerSource {
  ledgerFor(nomineeKey: string): Promise<AwardLedger>;
}

export const AWARD_LEDGER_SOURCE = Symbol('AwardLedgerSource');
