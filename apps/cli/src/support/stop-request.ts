/**
 * Ctrl-C or SIGTERM asks a long command to stop after the batch in flight has committed, so what
 * it did so far is kept and a second run resumes from there. A second signal exits at once: the
 * batch in flight is then rolled back by the database, which loses nothing either.
 */
export function stopOnSignals(onFirst: () => void): { requested(): boolean; dispose(): void } {
  let requested = false;
  const handler = () => {
    if (requested) process.exit(130);
    requested = true;
    onFirst();
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return {
    requested: () => requested,
    dispose() {
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
    },
  };
}
