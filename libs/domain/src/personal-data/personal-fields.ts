import { isPersonalSubject } from './personal-subject';

/**
 * One value of an event that names or identifies a person: where it sits in the event's data, and
 * whose it is. The event store encrypts it with that person's key before the event is hashed.
 */
export interface PersonalField {
  path: readonly string[];
  subject: string;
}

/** What of an individual nominee is personal. Collectives are not persons; their names stay readable. */
const NOMINEE_PERSONAL_KEYS = ['name', 'position'] as const;

type Data = Record<string, unknown>;

/**
 * Every event type that carries personal data, and where: the one place to declare a new one.
 * A dossier's nominee is keyed by `nominee.key` when it has one, otherwise by the dossier
 * (`dossier-<dossierId>`), so every version of one nomination's nominee is one subject.
 */
const PERSONAL_FIELDS: ReadonlyMap<string, (data: Data) => PersonalField[]> = new Map([
  ['DossierCreated', (data: Data) => nomineeFields(objectAt(data.payload)?.nominee, ['payload', 'nominee'], `dossier-${String(data.dossierId)}`)],
  ['DossierEdited', (data: Data) => nomineeFields(objectAt(data.payload)?.nominee, ['payload', 'nominee'], `dossier-${String(data.dossierId)}`)],
  ['AwardNominated', (data: Data) => nomineeFields(data.nominee, ['nominee'], `award-${String(data.nominationId)}`)],
]);

/** The personal fields of an event of `type` with `data`; none for a type that declares none. */
export function personalFieldsOf(type: string, data: unknown): PersonalField[] {
  const declared = PERSONAL_FIELDS.get(type);
  const object = objectAt(data);
  return declared && object ? declared(object) : [];
}

function nomineeFields(raw: unknown, at: readonly string[], fallbackSubject: string): PersonalField[] {
  const nominee = objectAt(raw);
  if (!nominee || nominee.kind !== 'individual') return [];
  const subject = isPersonalSubject(nominee.key) ? nominee.key : fallbackSubject;
  return NOMINEE_PERSONAL_KEYS.filter((key) => nominee[key] !== undefined).map((key) => ({ path: [...at, key], subject }));
}

function objectAt(value: unknown): Data | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Data) : undefined;
}
