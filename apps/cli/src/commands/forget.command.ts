import { userInfo } from 'node:os';
import { DomainError, InvalidCommand, systemActor, UnknownPersonalSubject } from '@app/domain';
import { PersonalDataKeyError } from '@app/event-store/personal-data';
import { openPersonalKeyring } from '@app/runtime/event-store.factory';
import { newCommandId, runErasePersonalData } from '@app/workflow';
import { CliCommand, CliUsageError } from '../cli-command';
import { openCliPlatform } from '../support/cli-platform';
import { cliArguments } from './cli-arguments';

/** npm run cli -- forget --subject KEY --reason TEXT [--command-id ID] */
export const forgetCommand: CliCommand = {
  name: 'forget',
  summary: "destroy a person's key: their personal fields read as erased everywhere, the log and its seals still verify",
  usage: 'forget --subject KEY --reason TEXT [--command-id ID (to retry an interrupted run)]',
  async run(args) {
    const { values } = cliArguments(args, { subject: { type: 'string' }, reason: { type: 'string' }, 'command-id': { type: 'string' } });
    if (values.subject === undefined) throw new CliUsageError('--subject is required: the key of the person to forget');
    if (values.reason === undefined || values.reason.trim() === '') throw new CliUsageError('--reason is required: the basis of the erasure, recorded in the log');
    const commandId = values['command-id'] ?? newCommandId();
    const platform = await openCliPlatform();
    try {
      const result = await runErasePersonalData(platform.store, openPersonalKeyring(platform), {
        subject: values.subject,
        reason: values.reason,
        actor: systemActor(`cli:${userInfo().username}`),
        commandId,
        now: new Date(),
      });
      const [event] = result.events;
      console.log(
        `${result.repeated ? 'already done by this command' : 'forgot'} ${values.subject}: key destroyed, ` +
          `erasure recorded as ${event.type} in ${event.stream} at position ${event.position} (command ${commandId})`,
      );
      return 0;
    } catch (error) {
      if (error instanceof UnknownPersonalSubject) throw new CliUsageError(`--subject ${JSON.stringify(values.subject)}: no personal data were ever recorded for this subject`);
      if (error instanceof InvalidCommand || error instanceof PersonalDataKeyError) throw new CliUsageError(error.message);
      if (!(error instanceof DomainError)) throw error;
      console.error(error.message);
      return 1;
    } finally {
      await platform.close();
    }
  },
};
