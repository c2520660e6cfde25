import { NomineeKind } from '../dossiers/payloads/award-nomination.payload';

/**
 * Who is nominated. `key` identifies the person or collective across years and nominations (a
 * personnel number, or the organisation id of a collective), so the ledger can find their history.
 */
export interface AwardNominee {
  kind: NomineeKind;
  key: string;
  name: string;
  orgId?: string;
}

/**
 * What the award would recognise. `key` names the achievement itself (e.g. the approved yearly
 * report's dossier id, or `<movementId>:preliminary_summary`): one achievement of one nominee is
 * rewarded with one form only. `attainment` is the movement result behind it (0–1) when the
 * nomination rests on the reports.
 */
export interface Achievement {
  key: string;
  year: number;
  description: string;
  attainment?: number;
}
