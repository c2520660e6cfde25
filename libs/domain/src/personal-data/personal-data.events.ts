import { Stamp } from '../actors/actor';
import { Event } from '../decider/decider';

/** The person's key was destroyed: their fields in every event now read as erased. `reason` names the basis (a request, a law). */
export type PersonalDataErased = Event<'PersonalDataErased', { subject: string; reason: string } & Stamp>;

export type PersonalDataEvent = PersonalDataErased;

export const PERSONAL_DATA_EVENT_TYPES: readonly PersonalDataEvent['type'][] = ['PersonalDataErased'];
