import { randomBytes } from 'node:crypto';
import { isPersonalEnvelope, openPersonalValue, PERSONAL_ALGORITHM, sealPersonalValue } from './personal-envelope';

const key = randomBytes(32);
const eventId = '5f0c6a8e-1111-4000-8000-000000000001';

describe('personal envelopes (AES-256-GCM)', () => {
  it('hold a value only as ciphertext, and open it again with the key', () => {
    const envelope = sealPersonalValue('Nguyễn Thị Lan', 'nv-0042', key, eventId);
    expect(envelope.$personal).toMatchObject({ subject: 'nv-0042', alg: PERSONAL_ALGORITHM });
    expect(envelope.$personal.iv).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(JSON.stringify(envelope)).not.toContain('Lan');
    expect(isPersonalEnvelope(envelope)).toBe(true);
    expect(openPersonalValue(envelope, key, eventId)).toEqual({ value: 'Nguyễn Thị Lan' });
    expect(openPersonalValue(sealPersonalValue({ a: [1, null] }, 'nv-0042', key, eventId), key, eventId)).toEqual({ value: { a: [1, null] } });
  });

  it('never give the same ciphertext twice (a fresh IV each time)', () => {
    const one = sealPersonalValue('Lan', 'nv-0042', key, eventId);
    const two = sealPersonalValue('Lan', 'nv-0042', key, eventId);
    expect(one.$personal.iv).not.toBe(two.$personal.iv);
    expect(one.$personal.ct).not.toBe(two.$personal.ct);
  });

  it('do not open with another key, in another event (ids compared case-insensitively), or once altered', () => {
    const envelope = sealPersonalValue('Lan', 'nv-0042', key, eventId);
    expect(openPersonalValue(envelope, randomBytes(32), eventId)).toBeUndefined();
    expect(openPersonalValue(envelope, key, '5f0c6a8e-1111-4000-8000-000000000002')).toBeUndefined();
    expect(openPersonalValue(envelope, key, eventId.toUpperCase())).toEqual({ value: 'Lan' });
    const ct = Buffer.from(envelope.$personal.ct, 'base64url');
    ct[0] ^= 1;
    expect(openPersonalValue({ $personal: { ...envelope.$personal, ct: ct.toString('base64url') } }, key, eventId)).toBeUndefined();
    expect(openPersonalValue({ $personal: { ...envelope.$personal, subject: 'nv-0043' } }, key, eventId)).toBeUndefined();
    expect(openPersonalValue({ $personal: { ...envelope.$personal, iv: 'AAAA' } }, key, eventId)).toBeUndefined();
  });

  it.each([
    ['a string', 'Lan'],
    ['null', null],
    ['an object with another key too', { $personal: { subject: 's', alg: 'A256GCM', iv: 'x', ct: 'y' }, other: 1 }],
    ['another algorithm', { $personal: { subject: 's', alg: 'none', iv: 'x', ct: 'y' } }],
    ['a missing ciphertext', { $personal: { subject: 's', alg: 'A256GCM', iv: 'x' } }],
  ])('are told apart from %s', (_label, value) => {
    expect(isPersonalEnvelope(value)).toBe(false);
  });
});
