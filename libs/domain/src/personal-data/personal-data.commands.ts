import { Command } from '../decider/decider';

/** Forget a person: destroy their key, so every personal field of theirs in the log reads as erased. */
export type ErasePersonalData = Command<'ErasePersonalData', { subject: string; reason: string }>;

export type PersonalDataCommand = ErasePersonalData;
