import { AwardForm, AwardLedger, EmulationTitle, Holding, NomineeResult, PendingNomination, Rating } from '@app/domain';
import { AwardLedgerRow } from './award-ledger.row';

/** The AwardLedger the deciders read, from ledger rows: it answers as `AwardLedger.fromEvents` over their events. */
export function ledgerFromRows(rows: readonly AwardLedgerRow[]): AwardLedger {
  const holdings: Holding[] = [];
  const pending: PendingNomination[] = [];
  const results: NomineeResult[] = [];
  for (const row of rows) {
    const form = row.form as AwardForm;
    const achievementKey = row.achievementKey ?? '';
    switch (row.entryKind) {
      case 'nomination':
        if (row.status === 'nominated') pending.push({ nominationId: row.nominationId!, nomineeKey: row.nomineeKey, form, achievementKey });
        if (row.status === 'granted' || row.status === 'revoked') holdings.push(councilHolding(row, form, achievementKey));
        break;
      case 'prior_award':
        holdings.push({
          nomineeKey: row.nomineeKey,
          form,
          year: row.year,
          achievementKey,
          source: 'prior',
          decisionRef: row.decisionRef ?? undefined,
          grantedAt: row.grantedAt ?? row.recordedAt,
        });
        break;
      case 'annual_result':
        results.push({
          nomineeKey: row.nomineeKey,
          year: row.year,
          rating: row.rating as Rating,
          titles: (row.titles ?? []) as EmulationTitle[],
          basisRef: row.decisionRef ?? '',
        });
        break;
      default:
        row.entryKind satisfies never;
    }
  }
  return AwardLedger.fromEntries({ holdings, pending, results });
}

function councilHolding(row: AwardLedgerRow, form: AwardForm, achievementKey: string): Holding {
  return {
    nomineeKey: row.nomineeKey,
    form,
    year: row.year,
    achievementKey,
    source: 'council',
    nominationId: row.nominationId!,
    ...(row.decisionRef !== null ? { decisionRef: row.decisionRef } : {}),
    grantedAt: row.grantedAt!,
    ...(row.status === 'revoked' ? { revoked: { at: row.revokedAt!, reason: row.revocationReason ?? '' } } : {}),
  };
}
