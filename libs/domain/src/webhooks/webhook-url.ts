/** Long enough for any real endpoint, short enough to keep events and headers small. */
export const MAX_WEBHOOK_URL_LENGTH = 2048;

export type WebhookUrlProblem = 'not_a_string' | 'too_long' | 'malformed' | 'unsupported_scheme' | 'has_credentials' | 'has_fragment';

/**
 * Why `value` cannot be a webhook endpoint, or null when it can. Only http(s): other schemes
 * (file:, ftp:, data:…) would let a registration make the worker read or call something else.
 * No user:password part, because the URL is stored in the event log and shown in read models,
 * where a credential would leak; receivers authenticate deliveries by their signature instead.
 */
export function webhookUrlProblem(value: unknown): WebhookUrlProblem | null {
  if (typeof value !== 'string') return 'not_a_string';
  if (value.length > MAX_WEBHOOK_URL_LENGTH) return 'too_long';
  if (value.trim() !== value || /\s/.test(value)) return 'malformed';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'malformed';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'unsupported_scheme';
  if (url.hostname === '') return 'malformed';
  if (url.username !== '' || url.password !== '') return 'has_credentials';
  if (url.hash !== '' || value.includes('#')) return 'has_fragment';
  if (url.href.length > MAX_WEBHOOK_URL_LENGTH) return 'too_long';
  return null;
}

/** The one spelling recorded for a valid URL (lower-case scheme and host, default port dropped). */
export function normalizeWebhookUrl(value: string): string {
  return new URL(value).href;
}
