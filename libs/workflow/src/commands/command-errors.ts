/** The same command id was sent earlier with a different request. */
export class CommandIdReused extends Error {
  readonly code = 'command_id_reused';
  constructor(readonly commandId: string) {
    super(`command id ${commandId} was already used for a different request`);
  }
}

/** Other writers kept changing the stream; the caller may try again. */
export class ConcurrencyExhausted extends Error {
  readonly code = 'concurrency_exhausted';
  constructor(readonly stream: string, readonly attempts: number) {
    super(`stream ${stream} kept changing during ${attempts} attempts`);
  }
}
