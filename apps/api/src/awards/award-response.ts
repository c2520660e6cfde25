import { CommandOutcome } from '@app/workflow';

/** What every award or honours command answers: where its stream now stands and what was recorded. */
export function awardCommandResponse<S extends { status: string }>(ids: Record<string, string>, result: CommandOutcome<S>) {
  const last = result.events[result.events.length - 1];
  return {
    ...ids,
    status: result.state.status,
    revision: result.revision,
    position: last?.position ?? null,
    repeated: result.repeated,
    events: result.events.map((event) => ({ id: event.id, type: event.type, revision: event.revision, position: event.position })),
  };
}
