import { Dossier } from '@app/domain';

/** A refused transition, with the dossier as it now stands so the caller can see why. */
export class DossierConflict extends Error {
  readonly code: string;
  constructor(
    override readonly cause: Error & { code?: string },
    readonly state: Dossier,
  ) {
    super(cause.message);
    this.code = cause.code ?? 'conflict';
  }
}
