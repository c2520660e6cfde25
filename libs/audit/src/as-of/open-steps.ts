import { DOSSIER_EVENT_TYPES, DossierEvent } from '@app/domain';
import { RecordedEvent } from '@app/event-store';

/**
 * For every dossier, the organisation whose review step is open on it (null when none is: a draft,
 * a step just decided, a dossier on hold or closed). The smallest fold that answers "whose inbox
 * was it in?", so the whole log can be folded with one short entry per dossier. It agrees with the
 * `dossiers` read model's inbox (stage `in_review` at its current reviewer).
 */
export class OpenSteps {
  private readonly openAt = new Map<string, string | null>();

  apply(recorded: RecordedEvent): void {
    if (!(DOSSIER_EVENT_TYPES as readonly string[]).includes(recorded.type)) return;
    const event = { type: recorded.type, data: recorded.data } as DossierEvent;
    const id = event.data.dossierId;
    if (event.type === 'DossierCreated') {
      if (!this.openAt.has(id)) this.openAt.set(id, null);
      return;
    }
    // Like the read model, events of a dossier never created change nothing.
    if (!this.openAt.has(id)) return;
    const next = openAfter(event, this.openAt.get(id) ?? null);
    this.openAt.set(id, next);
  }

  /** Ids of the dossiers whose open step is `orgId`'s. */
  waitingOn(orgId: string): string[] {
    const ids: string[] = [];
    for (const [id, open] of this.openAt) if (open === orgId) ids.push(id);
    return ids;
  }
}

function openAfter(event: DossierEvent, open: string | null): string | null {
  switch (event.type) {
    case 'ReviewRequested':
    case 'DossierReleased':
      return event.data.reviewerOrgId;
    case 'DossierCreated':
    case 'DossierSubmitted':
    case 'ReviewApproved':
    case 'ReviewConsentedBySilence':
    case 'DossierReturned':
    case 'DossierRejected':
    case 'DossierWithdrawn':
    case 'DossierApproved':
    case 'DossierPutOnHold':
      return null;
    // Reminders, escalations and migrations leave the step where it is: an escalation lets the
    // organisation above decide, but the step stays in its reviewer's inbox.
    case 'DossierEdited':
    case 'ReviewReminderSent':
    case 'ReviewEscalated':
    case 'ReviewOverdue':
    case 'DossierRuleSetMigrated':
      return open;
    default:
      return event satisfies never;
  }
}
