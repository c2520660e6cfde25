import { createHmac } from 'node:crypto';
import { webhookSecret } from './webhook-secret';
import { signDelivery, verifyDelivery } from './webhook-signature';

describe('webhook signing', () => {
  const secret = webhookSecret('server-key', 'wh-1');

  it('derives a stable secret per webhook from the server key', () => {
    expect(secret).toBe(createHmac('sha256', 'server-key').update('wh-1').digest('hex'));
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    expect(webhookSecret('server-key', 'wh-2')).not.toBe(secret);
    expect(webhookSecret('other-key', 'wh-1')).not.toBe(secret);
  });

  it('signs "<timestamp>.<body>" as v1=<hex HMAC-SHA256>', () => {
    const body = '{"id":"e-1"}';
    const expected = createHmac('sha256', secret).update(`1750000000.${body}`).digest('hex');
    expect(signDelivery(secret, 1750000000, body)).toBe(`v1=${expected}`);
  });

  it('verifies its own signature and nothing else', () => {
    const body = '{"id":"e-1"}';
    const signature = signDelivery(secret, 1750000000, body);
    expect(verifyDelivery(secret, 1750000000, body, signature)).toBe(true);
    expect(verifyDelivery(secret, 1750000001, body, signature)).toBe(false);
    expect(verifyDelivery(secret, 1750000000, `${body} `, signature)).toBe(false);
    expect(verifyDelivery(webhookSecret('server-key', 'wh-2'), 1750000000, body, signature)).toBe(false);
    expect(verifyDelivery(secret, 1750000000, body, 'v1=00')).toBe(false);
  });

  it('refuses an empty server key', () => expect(() => webhookSecret('', 'wh-1')).toThrow(RangeError));
});
