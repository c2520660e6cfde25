import { UnrecoverableError } from 'bullmq';

/**
 * Retrying cannot help (a malformed payload, a command the domain refuses for good): the job is
 * parked in the failed set at once, listed for an operator, instead of burning its attempts.
 * Everything else a processor throws is retried with backoff.
 */
export class PermanentJobFailure extends UnrecoverableError {
  constructor(message: string) {
    super(message);
    // BullMQ also recognises the error by this name once it has crossed a process boundary.
    this.name = 'UnrecoverableError';
  }
}

export class InvalidJobData extends PermanentJobFailure {
  constructor(
    readonly jobName: string,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`invalid ${jobName} job data: ${field} ${problem}`);
  }
}
