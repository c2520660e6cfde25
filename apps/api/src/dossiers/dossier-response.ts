import { DossierCommandResult } from '@app/workflow';

/** What every dossier command answers: where the dossier now stands and what was recorded. */
export function commandResponse(dossierId: string, result: DossierCommandResult) {
  const last = result.events[result.events.length - 1];
  return {
    dossierId,
    status: result.state.status,
    revision: result.revision,
    position: last?.position ?? null,
    repeated: result.repeated,
    events: result.events.map((event) => ({ id: event.id, type: event.type, revision: event.revision, position: event.position })),
  };
}
