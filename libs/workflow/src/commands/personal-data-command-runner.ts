import { Actor, assertPersonalSubject, PersonalDataAlreadyErased, personalDataDecider, PersonalDataState, personStream } from '@app/domain';
import { EventStore } from '@app/event-store';
import { PersonalKeyring } from '@app/event-store/personal-data';
import { commandMetadata } from './command-metadata';
import { CommandOutcome, runDeciderCommand } from './decider-command-runner';

export interface ErasePersonalDataInput {
  subject: string;
  reason: string;
  actor: Actor;
  commandId: string;
  now: Date;
}

/**
 * Forgets a person: records `PersonalDataErased` in `person-<subject>` (the normal command path,
 * idempotent by command id), then destroys the person's key. Recording first keeps the log the
 * authority; if the process stops between the two, sending the command again (with the same id,
 * or any id: "already erased" also destroys) finishes the job.
 */
export async function runErasePersonalData(store: EventStore, keyring: PersonalKeyring, input: ErasePersonalDataInput): Promise<CommandOutcome<PersonalDataState>> {
  const { subject, actor, commandId } = input;
  // The stream is named after the subject, so its form is checked before anything is read.
  assertPersonalSubject(subject);
  const command = { type: 'ErasePersonalData' as const, data: { subject, reason: input.reason } };
  const key = await keyring.status(subject);
  try {
    const outcome = await runDeciderCommand(
      store,
      personalDataDecider,
      { stream: personStream(subject), command, request: command, commandId, metadata: commandMetadata(actor, commandId) },
      () => ({ now: input.now, actor, key }),
    );
    await keyring.destroy(subject);
    return outcome;
  } catch (error) {
    if (error instanceof PersonalDataAlreadyErased) await keyring.destroy(subject);
    throw error;
  }
}
