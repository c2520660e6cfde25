import { Command } from '../decider/decider';
import { NomineeKind } from '../dossiers/payloads/award-nomination.payload';
import { AwardForm } from '../rules/rule-set';
import { EmulationTitle, Rating } from './award-rules';

/**
 * A year's rating (and titles conferred) of a person or collective, as recognised by the decision
 * `basisRef`. Recording a year again corrects it and needs a `comment` saying why.
 */
export type RecordAnnualResult = Command<
  'RecordAnnualResult',
  {
    nomineeKey: string;
    nomineeKind: NomineeKind;
    /** The nominee's organisation, when it is one of ours: whose reach the recorder acts within. */
    orgId?: string;
    year: number;
    rating: Rating;
    titles?: EmulationTitle[];
    basisRef: string;
    comment?: string;
  }
>;

/** An award decided before this system (or outside it), entered from its decision so eligibility can count it. */
export type RecordPriorAward = Command<
  'RecordPriorAward',
  {
    nomineeKey: string;
    nomineeKind: NomineeKind;
    orgId?: string;
    form: AwardForm;
    year: number;
    achievementKey: string;
    decisionRef: string;
    comment?: string;
  }
>;

export type HonoursCommand = RecordAnnualResult | RecordPriorAward;
