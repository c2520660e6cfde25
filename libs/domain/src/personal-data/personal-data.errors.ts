import { InvalidTransition, NotFound } from '../errors/domain.errors';

/** No personal data was ever recorded for this subject (HTTP 404). */
export class UnknownPersonalSubject extends NotFound {
  override readonly code: string = 'unknown_personal_subject';
  constructor(readonly subject: string) {
    super('personal data subject', subject);
  }
}

/** The subject's personal data were erased already (HTTP 409). */
export class PersonalDataAlreadyErased extends InvalidTransition {
  override readonly code: string = 'personal_data_already_erased';
  constructor(readonly subject: string, erasedAt: string) {
    super('ErasePersonalData', 'erased', `the personal data of ${subject} were erased at ${erasedAt}`);
  }
}
