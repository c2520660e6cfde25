import { DOSSIER_EVENT_TYPES, DossierEvent } from '@app/domain';
import { RecordedEvent, streamCategory } from '@app/event-store';

/** The dossier event a recorded one carries, or null for anything else (organisations, webhooks…). */
export function asDossierEvent(recorded: RecordedEvent): DossierEvent | null {
  if (streamCategory(recorded.stream) !== 'dossier') return null;
  if (!(DOSSIER_EVENT_TYPES as readonly string[]).includes(recorded.type)) return null;
  return { type: recorded.type, data: recorded.data } as DossierEvent;
}

/**
 * The organisations an event concerns: always the dossier's own unit, plus the reviewer at the
 * step the event is about (or the authority that took the final decision). An escalation concerns
 * the organisation it reaches, which may now decide in place of the silent one; an overdue step
 * concerns the organisation that stayed silent and the step's reviewer. Only the creation event
 * names the owner; for the others the caller looks it up once per dossier.
 */
export function concernedOrgs(event: DossierEvent, ownerOrgId: string | undefined): string[] {
  const orgs = [event.type === 'DossierCreated' ? event.data.orgId : ownerOrgId];
  switch (event.type) {
    case 'ReviewRequested':
    case 'ReviewApproved':
    case 'DossierReturned':
    case 'DossierRejected':
    case 'ReviewReminderSent':
    case 'ReviewConsentedBySilence':
    case 'DossierPutOnHold':
    case 'DossierReleased':
      orgs.push(event.data.reviewerOrgId);
      break;
    case 'ReviewEscalated':
      orgs.push(event.data.toOrgId);
      break;
    case 'ReviewOverdue':
      orgs.push(event.data.silentOrgId, event.data.reviewerOrgId);
      break;
    case 'DossierApproved':
      orgs.push(event.data.authorityOrgId);
      break;
    case 'DossierCreated':
    case 'DossierEdited':
    case 'DossierSubmitted':
    case 'DossierWithdrawn':
    case 'DossierRuleSetMigrated':
      break;
    default:
      event satisfies never;
  }
  return [...new Set(orgs.filter((org): org is string => typeof org === 'string' && org !== ''))];
}
