/**
 * A length of time in a rule set: working days on the real calendar, or plain milliseconds so
 * tests and demonstrations can run a whole chain with deadlines of a few seconds. Written as a
 * one-key object so it reads unambiguously in JSON: { "workingDays": 10 } or { "milliseconds": 5000 }.
 */
export type StepDuration = { readonly workingDays: number } | { readonly milliseconds: number };

export type DurationUnit = 'workingDays' | 'milliseconds';

export const workingDays = (n: number): StepDuration => ({ workingDays: n });
export const milliseconds = (n: number): StepDuration => ({ milliseconds: n });

export function unitOf(duration: StepDuration): DurationUnit {
  return 'workingDays' in duration ? 'workingDays' : 'milliseconds';
}

export function amountOf(duration: StepDuration): number {
  return 'workingDays' in duration ? duration.workingDays : duration.milliseconds;
}

/** Why `value` is not a StepDuration, or undefined when it is one. `min` is the smallest amount. */
export function stepDurationProblem(value: unknown, min = 0): string | undefined {
  const expected = `expected { "workingDays": n } or { "milliseconds": n } with an integer n >= ${min}`;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return expected;
  const keys = Object.keys(value);
  if (keys.length !== 1 || (keys[0] !== 'workingDays' && keys[0] !== 'milliseconds')) return expected;
  const amount = (value as Record<string, unknown>)[keys[0]];
  if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount < min) {
    return `${expected}, got ${JSON.stringify(value)}`;
  }
  return undefined;
}
