import { createHmac } from 'node:crypto';

/**
 * The per-webhook signing secret, derived rather than stored: HMAC-SHA256(WEBHOOK_SIGNING_KEY,
 * webhookId) as 64 lower-case hex characters. Nothing secret is written to the event log or
 * the read models; the API shows it to the organisation that registered the webhook, and
 * rotating WEBHOOK_SIGNING_KEY rotates every secret at once.
 */
export function webhookSecret(signingKey: string, webhookId: string): string {
  if (signingKey.length === 0) throw new RangeError('the webhook signing key must not be empty');
  return createHmac('sha256', signingKey).update(webhookId, 'utf8').digest('hex');
}
