/** `replay foo` where no read model is called foo. */
export class UnknownReadModel extends Error {
  constructor(
    readonly names: readonly string[],
    known: readonly string[],
  ) {
    super(`unknown read model ${names.map((name) => JSON.stringify(name)).join(', ')}; known: ${known.join(', ')}`);
    this.name = 'UnknownReadModel';
  }
}

/** Another process is rebuilding the same read models right now. */
export class ReplayAlreadyRunning extends Error {
  constructor(checkpoint: string) {
    super(`another process is already running ${checkpoint}; wait for it to finish or stop it`);
    this.name = 'ReplayAlreadyRunning';
  }
}

/** A stopped replay of other read models is waiting to be resumed. */
export class OtherReplayInProgress extends Error {
  constructor(readonly inProgress: readonly string[]) {
    super(
      `a stopped replay of ${inProgress.join(', ')} is waiting to be resumed: run "replay ${inProgress.join(' ')}" to finish it, ` +
        'or "replay --restart …" to discard it and start again',
    );
    this.name = 'OtherReplayInProgress';
  }
}

/** The live table's columns changed (a migration ran) while its shadow was being built. */
export class ShadowOutOfDate extends Error {
  constructor(readonly table: string) {
    super(`the columns of ${table} changed since its rebuild started; run "replay --restart" to rebuild it under the new schema`);
    this.name = 'ShadowOutOfDate';
  }
}
