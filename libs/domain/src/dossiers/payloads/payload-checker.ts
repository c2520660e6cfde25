import { InvalidPayload, PayloadIssue } from '../../errors/domain.errors';
import { isIsoDate } from '../../time/iso-instant';

export const join = (path: string, key: string | number): string => (path === '' ? String(key) : `${path}.${key}`);

/**
 * Reads untrusted input while collecting every issue, so one refusal lists all of them. Each
 * reader returns a placeholder on failure; `done` throws `InvalidPayload` if anything was wrong.
 * What comes out holds only the known keys, JSON-plain, optional keys omitted when absent.
 */
export class PayloadChecker {
  private readonly issues: PayloadIssue[] = [];

  done<T>(value: T): T {
    if (this.issues.length > 0) throw new InvalidPayload(this.issues);
    return value;
  }

  issue(path: string, message: string): void {
    this.issues.push({ path, message });
  }

  object(value: unknown, path: string): Record<string, unknown> {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
    this.issue(path, 'must be an object');
    return {};
  }

  /** A non-blank string, trimmed. */
  text(value: unknown, path: string, max = 2_000): string {
    if (typeof value !== 'string' || value.trim() === '') {
      this.issue(path, 'must be a non-empty string');
      return '';
    }
    if (value.length > max) this.issue(path, `must be at most ${max} characters`);
    return value.trim();
  }

  /** `{ [key]: read(value) }` when the value is present, `{}` when absent: spread it to omit the key. */
  optional<K extends string, T>(key: K, value: unknown, read: (present: unknown) => T): { [P in K]?: T } {
    return value === undefined || value === null ? {} : ({ [key]: read(value) } as { [P in K]?: T });
  }

  number(value: unknown, path: string): number {
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    this.issue(path, 'must be a finite number');
    return 0;
  }

  integer(value: unknown, path: string, min: number, max: number): number {
    if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
    this.issue(path, `must be an integer from ${min} to ${max}`);
    return min;
  }

  oneOf<T extends string | number>(value: unknown, path: string, options: readonly T[]): T {
    if ((options as readonly unknown[]).includes(value)) return value as T;
    this.issue(path, `must be one of ${options.join(', ')}`);
    return options[0];
  }

  list(value: unknown, path: string, min: number, max = 500): unknown[] {
    if (!Array.isArray(value)) {
      this.issue(path, 'must be a list');
      return [];
    }
    if (value.length < min) this.issue(path, `must hold at least ${min} item${min === 1 ? '' : 's'}`);
    if (value.length > max) this.issue(path, `must hold at most ${max} items`);
    return value;
  }

  isoDate(value: unknown, path: string): string {
    if (isIsoDate(value)) return value;
    this.issue(path, 'must be a date YYYY-MM-DD');
    return '';
  }

  /** Each id appears once in the list at `path`. */
  unique(ids: readonly string[], path: string): void {
    const seen = new Set<string>();
    ids.forEach((id, index) => {
      if (id !== '' && seen.has(id)) this.issue(join(join(path, index), 'id'), `duplicate id ${id}`);
      seen.add(id);
    });
  }
}
