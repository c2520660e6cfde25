import { HttpStatus } from '@nestjs/common';
import {
  AchievementAlreadyRewarded,
  DomainError,
  HierarchyViolation,
  IneligibleNomination,
  InvalidCommand,
  InvalidPayload,
  InvalidTransition,
  NoRoute,
  NotAllowed,
  NotFound,
} from '@app/domain';
import { EventStoreError, EventTooLarge, WrongExpectedRevision } from '@app/event-store';
import { ErasedSubjectRefused } from '@app/event-store/personal-data';
import { CommandIdReused, ConcurrencyExhausted, DossierConflict } from '@app/workflow';
import { ReadModelsBehind } from '@app/projections/awards/ledger-freshness';

type Mapped = { status: HttpStatus; details?: unknown };

/** How a refusal from the domain, the store or the command runner reads over HTTP. */
export function statusOf(error: unknown): Mapped | undefined {
  if (error instanceof DossierConflict) return { status: HttpStatus.CONFLICT, details: { code: error.code, current: error.state } };
  // A refused nomination lists every failed condition with its reason and basis; a double reward names what holds the achievement.
  if (error instanceof IneligibleNomination) {
    return { status: HttpStatus.UNPROCESSABLE_ENTITY, details: { code: error.code, ruleSetVersion: error.ruleSetVersion, reasons: error.reasons } };
  }
  if (error instanceof AchievementAlreadyRewarded) return { status: HttpStatus.CONFLICT, details: { code: error.code, existing: error.existing } };
  if (error instanceof ReadModelsBehind) return { status: HttpStatus.SERVICE_UNAVAILABLE, details: { code: error.code } };
  if (error instanceof DomainError) return domainStatus(error);
  if (error instanceof CommandIdReused) return { status: HttpStatus.UNPROCESSABLE_ENTITY, details: { code: error.code } };
  if (error instanceof ConcurrencyExhausted) return { status: HttpStatus.CONFLICT, details: { code: error.code } };
  if (error instanceof WrongExpectedRevision) return { status: HttpStatus.CONFLICT, details: { code: error.code, actual: error.actual } };
  if (error instanceof EventTooLarge) return { status: HttpStatus.PAYLOAD_TOO_LARGE, details: { code: error.code } };
  if (error instanceof ErasedSubjectRefused) return { status: HttpStatus.CONFLICT, details: { code: error.code, subject: error.subject } };
  if (error instanceof EventStoreError) return { status: HttpStatus.BAD_REQUEST, details: { code: error.code } };
  return undefined;
}

function domainStatus(error: DomainError): Mapped {
  const details: Record<string, unknown> = { code: error.code };
  if (error instanceof InvalidPayload) details.issues = error.issues;
  if (error instanceof NotAllowed) details.reason = (error as NotAllowed & { reason?: string }).reason;
  if (error instanceof HierarchyViolation) details.reason = (error as HierarchyViolation & { reason?: string }).reason;
  if (error instanceof NotAllowed) return { status: HttpStatus.FORBIDDEN, details };
  if (error instanceof NotFound) return { status: HttpStatus.NOT_FOUND, details };
  if (error instanceof InvalidTransition || error instanceof HierarchyViolation) return { status: HttpStatus.CONFLICT, details };
  if (error instanceof InvalidPayload || error instanceof NoRoute) return { status: HttpStatus.UNPROCESSABLE_ENTITY, details };
  if (error instanceof InvalidCommand) return { status: HttpStatus.BAD_REQUEST, details };
  return { status: HttpStatus.UNPROCESSABLE_ENTITY, details };
}
