import { NomineeKind } from '../dossiers/payloads/award-nomination.payload';
import { AwardForm } from '../rules/rule-set';
import { EmulationTitle, Rating } from './award-rules';

export interface AnnualResult {
  year: number;
  rating: Rating;
  titles: EmulationTitle[];
  basisRef: string;
}

export interface PriorAward {
  form: AwardForm;
  year: number;
  achievementKey: string;
  decisionRef: string;
}

export type NoHonours = { status: 'none' };
/** `results` keyed by year. */
export type RecordedHonours = {
  status: 'recorded';
  nomineeKey: string;
  nomineeKind: NomineeKind;
  results: Record<string, AnnualResult>;
  priorAwards: PriorAward[];
};

/** One stream per nominee (`honours-<nomineeKey>`): the yearly results and prior awards eligibility counts. */
export type Honours = NoHonours | RecordedHonours;

export const initialHonoursState = (): Honours => ({ status: 'none' });

export const honoursStream = (nomineeKey: string): string => `honours-${nomineeKey}`;
