import { EventStore } from '@app/event-store';
import { deterministicUuid, OrgTreeReader, RuleBook } from '@app/workflow';

/**
 * What every part of the demo acts through: the event store, the rule sets and the hierarchy as
 * recorded. Each act has a command id derived from a label, so seeding twice appends nothing new.
 */
export interface DemoWorld {
  store: EventStore;
  rules: RuleBook;
  orgTree: OrgTreeReader;
}

export const demoCommandId = (label: string): string => deterministicUuid(`seed-demo\n${label}`);

/** The dossier the demo's script calls `name` (the API knows dossiers by UUID). */
export const demoDossierId = (name: string): string => deterministicUuid(`seed-demo dossier\n${name}`);

/** A moment in Viet Nam (UTC+7) at nine in the morning: when the acts of a working day are recorded. */
export const onDay = (date: string, hour = 9): Date => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00+07:00`);
