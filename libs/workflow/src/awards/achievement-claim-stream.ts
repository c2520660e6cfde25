import { createHash } from 'node:crypto';

/**
 * The stream holding the claim on one (nominee, achievement) pair. The pair is hashed: achievement
 * keys are free text, and a personnel number has no place in a stream name.
 */
export function achievementClaimStream(nomineeKey: string, achievementKey: string): string {
  return `awardclaim-${createHash('sha256').update(`${nomineeKey}\n${achievementKey}`).digest('hex').slice(0, 40)}`;
}
