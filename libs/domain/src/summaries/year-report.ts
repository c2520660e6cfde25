import { ReportedValue } from '../dossiers/payloads/reported-value';
import { Evidence } from './evidence';

/** One organisation's actual values for one year, with the evidence behind them. */
export interface YearReport {
  orgId: string;
  year: number;
  values: readonly ReportedValue[];
  evidence?: readonly Evidence[];
  /** The yearly report dossier it comes from, when it does. */
  dossierId?: string;
}
