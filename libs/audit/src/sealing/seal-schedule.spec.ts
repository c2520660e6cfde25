import { SealSchedule } from './seal-schedule';

describe('the seal schedule', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('seals once per interval, the first after one interval, and keeps going after a failure', async () => {
    const runs: number[] = [];
    const errors: string[] = [];
    const sealPending = jest.fn(async () => {
      runs.push(Date.now());
      if (runs.length === 1) throw new Error('database unreachable');
      return { ran: true, sealed: [], last: null };
    });
    const schedule = new SealSchedule({ sealer: { sealPending }, intervalMs: 1000, log: { error: (message) => errors.push(message) } });
    schedule.start();
    await jest.advanceTimersByTimeAsync(999);
    expect(sealPending).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(2001);
    expect(sealPending).toHaveBeenCalledTimes(3);
    expect(errors).toEqual(['sealing failed: database unreachable']);
    await schedule.stop();
    await jest.advanceTimersByTimeAsync(5000);
    expect(sealPending).toHaveBeenCalledTimes(3);
  });
});
