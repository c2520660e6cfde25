/**
 * Deterministic job ids: the same event always yields the same id, so a dispatcher that hands an
 * event over twice (a crash before its checkpoint) adds nothing the second time. BullMQ refuses
 * ':' in custom ids (it separates the parts of its Redis keys) and ids that parse as integers;
 * '.' appears in neither UUIDs nor webhook ids, so it separates the parts unambiguously.
 */
export const advanceJobId = (eventId: string): string => `advance.${eventId.toLowerCase()}`;

export const notifyJobId = (eventId: string, webhookId: string): string => `notify.${eventId.toLowerCase()}.${webhookId}`;

/**
 * One deadline of one step, whatever caused it to be scheduled: the dispatcher after an event and
 * the reconciler after a loss of Redis name the same job, so either adding it makes the other's a no-op.
 */
export const deadlineJobId = (deadline: { dossierId: string; round: number; step: number; action: string; attempt: number }): string =>
  `deadline.${deadline.dossierId}.${deadline.round}.${deadline.step}.${deadline.action}.${deadline.attempt}`;
