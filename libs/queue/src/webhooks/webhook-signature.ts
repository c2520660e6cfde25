import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * How a receiver knows a delivery is ours and fresh. Each POST carries
 *
 *   Webhook-Id:        the event id (the same on every retry: receivers de-duplicate on it)
 *   Webhook-Timestamp: Unix seconds when this attempt was sent
 *   Webhook-Signature: v1=<hex HMAC-SHA256 over "<timestamp>.<body>", keyed with the webhook's secret>
 *
 * where <body> is the exact bytes of the request body and the key is the 64-character hex secret
 * used as text. Receivers recompute the HMAC, compare in constant time, and reject timestamps
 * more than a few minutes old so a captured delivery cannot be replayed later.
 */
export const SIGNATURE_VERSION = 'v1';

export function signDelivery(secret: string, timestamp: number, body: string): string {
  return `${SIGNATURE_VERSION}=${createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex')}`;
}

export function verifyDelivery(secret: string, timestamp: number, body: string, signature: string): boolean {
  const expected = Buffer.from(signDelivery(secret, timestamp, body));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
