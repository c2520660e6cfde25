import { Stamp } from '../actors/actor';
import { Event } from '../decider/decider';
import { NomineeKind } from '../dossiers/payloads/award-nomination.payload';
import { AwardForm } from '../rules/rule-set';
import { EmulationTitle, Rating } from './award-rules';

/** `replaces` is present when the year had a result already: the correction keeps what it replaced. */
export type AnnualResultRecorded = Event<
  'AnnualResultRecorded',
  {
    nomineeKey: string;
    nomineeKind: NomineeKind;
    /** The nominee's organisation, when the recorder named it. */
    orgId?: string;
    year: number;
    rating: Rating;
    titles: EmulationTitle[];
    basisRef: string;
    replaces?: { rating: Rating; titles: EmulationTitle[]; basisRef: string };
  } & Stamp
>;

export type PriorAwardRecorded = Event<
  'PriorAwardRecorded',
  {
    nomineeKey: string;
    nomineeKind: NomineeKind;
    orgId?: string;
    form: AwardForm;
    year: number;
    achievementKey: string;
    decisionRef: string;
  } & Stamp
>;

export type HonoursEvent = AnnualResultRecorded | PriorAwardRecorded;

export const HONOURS_EVENT_TYPES: readonly HonoursEvent['type'][] = ['AnnualResultRecorded', 'PriorAwardRecorded'];
