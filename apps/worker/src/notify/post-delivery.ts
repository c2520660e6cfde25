import { signDelivery } from '@app/queue';
import { resolvedDestinationProblem } from '@app/runtime/egress/destination-check';

export interface Delivery {
  url: string;
  /** Sent as Webhook-Id; the event id, the same on every retry. */
  id: string;
  secret: string;
  body: string;
  /** Unix seconds when this attempt is sent. */
  timestamp: number;
  timeoutMs: number;
  /** WEBHOOK_ALLOW_PRIVATE: false refuses a host that resolves to a loopback, private or link-local address. */
  allowPrivate?: boolean;
}

export type DeliveryOutcome = { ok: true; status: number } | { ok: false; error: string };

/**
 * One signed POST (see webhook-signature.ts for the headers). A 2xx answer within the timeout is a
 * delivery; anything else — another status, a redirect (not followed, so a receiver cannot send
 * the worker elsewhere), a refused connection, a timeout — is a failure the caller retries.
 */
export async function postDelivery(delivery: Delivery, send: typeof fetch = fetch): Promise<DeliveryOutcome> {
  try {
    const refused = delivery.allowPrivate === false ? await resolvedDestinationProblem(delivery.url, delivery.timeoutMs) : null;
    if (refused) return { ok: false, error: `refused: ${refused}` };
    const response = await send(delivery.url, {
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(delivery.timeoutMs),
      headers: {
        'content-type': 'application/json',
        'user-agent': 'emulation-approvals-webhooks/1',
        'webhook-id': delivery.id,
        'webhook-timestamp': String(delivery.timestamp),
        'webhook-signature': signDelivery(delivery.secret, delivery.timestamp, delivery.body),
      },
      body: delivery.body,
    });
    // The answer's body is never read (so its size cannot matter); dropping it frees the connection.
    await response.body?.cancel().catch(() => undefined);
    return response.status >= 200 && response.status < 300 ? { ok: true, status: response.status } : { ok: false, error: `HTTP ${response.status}` };
  } catch (error) {
    return { ok: false, error: describeFailure(error, delivery.timeoutMs) };
  }
}

/** By shape rather than `instanceof`: fetch's errors may come from another realm (a test VM). */
function describeFailure(error: unknown, timeoutMs: number): string {
  const { name, message, cause } = (error ?? {}) as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (name === 'TimeoutError' || name === 'AbortError') return `no answer within ${timeoutMs} ms`;
  return `request failed: ${cause?.code ?? cause?.message ?? message ?? String(error)}`;
}
