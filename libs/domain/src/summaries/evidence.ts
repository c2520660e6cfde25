import { join, PayloadChecker } from '../dossiers/payloads/payload-checker';
import { ReportedValue } from '../dossiers/payloads/reported-value';

/**
 * A file backing a reported value: its SHA-256 (lower-case hex, so the file can be proven
 * unchanged) and a reference a person can follow (document number, archive code or URL). The
 * file itself lives outside the event log. Without `criterionId` it backs the whole report (the
 * signed report itself, say), and so every value in it.
 */
export interface Evidence {
  criterionId?: string;
  sha256: string;
  ref: string;
  title?: string;
}

const SHA256 = /^[0-9a-f]{64}$/;

/** Reads a list of evidence into `check`, each tied to a criterion the report gives a value for, or to none. */
export function readEvidence(check: PayloadChecker, value: unknown, path: string, values: readonly ReportedValue[]): Evidence[] {
  if (value === undefined) return [];
  const reported = new Set(values.map((v) => v.criterionId));
  return check.list(value, path, 0, 2_000).map((item, index) => {
    const at = join(path, index);
    const raw = check.object(item, at);
    const criterion = check.optional('criterionId', raw.criterionId, (id) => check.text(id, join(at, 'criterionId'), 100));
    const { criterionId } = criterion;
    if (criterionId && !reported.has(criterionId)) check.issue(join(at, 'criterionId'), `no value is reported for ${criterionId}`);
    const sha256 = typeof raw.sha256 === 'string' ? raw.sha256.trim().toLowerCase() : '';
    if (!SHA256.test(sha256)) check.issue(join(at, 'sha256'), 'must be the 64 hexadecimal digits of a SHA-256');
    return {
      ...criterion,
      sha256,
      ref: check.text(raw.ref, join(at, 'ref'), 1_000),
      ...check.optional('title', raw.title, (title) => check.text(title, join(at, 'title'), 500)),
    };
  });
}

/** Validates untrusted evidence for a report's values; returns a clean copy or throws InvalidPayload. */
export function validateEvidence(input: unknown, values: readonly ReportedValue[]): Evidence[] {
  const check = new PayloadChecker();
  const evidence = readEvidence(check, input, 'evidence', values);
  return check.done(evidence);
}
