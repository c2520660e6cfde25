import { Actor } from '@app/domain';

/** Who issued a command, recorded on every event it appends (the system has no organisation). */
export function commandMetadata(actor: Actor, commandId: string, correlationId?: string, causationId?: string) {
  return {
    actor: actor.userId,
    role: actor.role,
    ...(actor.role === 'system' ? {} : { org: actor.orgId }),
    correlationId: correlationId ?? commandId,
    ...(causationId ? { causationId } : {}),
  };
}
