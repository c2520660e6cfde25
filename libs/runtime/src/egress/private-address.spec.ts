import { literalDestinationProblem, resolvedDestinationProblem } from './destination-check';
import { isPrivateAddress } from './private-address';

describe('private destinations', () => {
  it.each(['127.0.0.1', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '::1', '::', 'fc00::1', 'fd12::1', 'fe80::1', '::ffff:127.0.0.1', '::ffff:a00:1', '[::1]'])(
    '%s is not public',
    (address) => expect(isPrivateAddress(address)).toBe(true),
  );

  it.each(['8.8.8.8', '172.32.0.1', '203.113.1.1', '2001:4860:4860::8888', '::ffff:8.8.8.8', 'example.gov.vn'])('%s is public (or a name)', (address) =>
    expect(isPrivateAddress(address)).toBe(false),
  );

  it('judges a URL by its literal host or a local name', () => {
    expect(literalDestinationProblem('http://127.0.0.1:8080/hook')).toContain('127.0.0.1');
    expect(literalDestinationProblem('http://[::1]/hook')).toContain('::1');
    expect(literalDestinationProblem('http://api.localhost/hook')).toContain('this machine');
    expect(literalDestinationProblem('https://hooks.example.gov.vn/emulation')).toBeNull();
  });

  it('resolves names before judging them', async () => {
    expect(await resolvedDestinationProblem('http://localhost:9/hook', 1000)).toContain('this machine');
    expect(await resolvedDestinationProblem('http://127.0.0.1:9/hook', 1000)).toContain('127.0.0.1');
    expect(await resolvedDestinationProblem('http://8.8.8.8/hook', 1000)).toBeNull();
  });
});
