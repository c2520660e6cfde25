import { ProjectionRunner } from '@app/projections/runner/projection-runner';

/** Lets a client that just wrote read its own write from the read models, waiting at most 5 s. */
export async function readModelsAt(runner: ProjectionRunner, position: number | undefined): Promise<void> {
  if (position === undefined) return;
  await runner.waitFor(position, { timeoutMs: 5000 }).catch(() => undefined);
}
