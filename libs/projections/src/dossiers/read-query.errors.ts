/** A query the read side cannot answer as asked (a foreign cursor, an unknown sort): the caller's mistake. */
export class InvalidReadQuery extends Error {
  constructor(
    readonly field: string,
    reason: string,
  ) {
    super(`${field}: ${reason}`);
    this.name = 'InvalidReadQuery';
  }
}
