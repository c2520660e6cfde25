import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { Client, Pool } from 'pg';

const CHANNEL = 'es_appended';

/**
 * Wakes subscribers when events may have become visible: at once for appends made by this process,
 * through LISTEN/NOTIFY for other processes. Notifications are coalesced (one in flight at a time)
 * and sent outside the append transaction, because NOTIFY inside it would serialise all commits.
 * Each carries the sender's id, so a process ignores its own: it woke its subscribers already.
 */
export class AppendSignal {
  private readonly local = new EventEmitter();
  /** Wake-ups so far, so a subscriber can tell whether one came while it was reading. */
  private woken = 0;
  private notifying = false;
  private notifyAgain = false;
  private listener?: Promise<Client>;
  private closed = false;
  private readonly id = randomUUID();

  constructor(
    private readonly pool: Pool,
    private readonly connect: () => Client,
  ) {
    this.local.setMaxListeners(0);
  }

  /** Called after a successful append in this process. */
  appended(): void {
    this.wake();
    if (this.notifying) {
      this.notifyAgain = true;
      return;
    }
    this.notifying = true;
    setImmediate(() => void this.sendNotify());
  }

  /** The number of wake-ups so far: note it before a read, and pass it to `wait` after. */
  get wakeups(): number {
    return this.woken;
  }

  /**
   * Resolves on the next wake-up (true) or after `timeoutMs` (false), whichever comes first; at
   * once when a wake-up came since `since` (the count noted before the caller's last read), since
   * an append that wake-up announced may have been too late for that read.
   */
  async wait(timeoutMs: number, since?: number): Promise<boolean> {
    await this.listen()?.catch(() => undefined);
    if (since !== undefined && since !== this.woken) return true;
    return new Promise<boolean>((resolve) => {
      const done = (woken: boolean) => {
        clearTimeout(timer);
        this.local.off('wake', onWake);
        resolve(woken);
      };
      const onWake = () => done(true);
      const timer = setTimeout(() => done(false), timeoutMs);
      this.local.once('wake', onWake);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    this.local.emit('wake');
    const listener = await this.listener?.catch(() => undefined);
    await listener?.end().catch(() => undefined);
  }

  private wake(): void {
    this.woken += 1;
    this.local.emit('wake');
  }

  private async sendNotify(): Promise<void> {
    do {
      this.notifyAgain = false;
      if (this.closed) break;
      // A lost notification only delays subscribers until their next poll, so failures are ignored.
      await this.pool.query('SELECT pg_notify($1, $2)', [CHANNEL, this.id]).catch(() => undefined);
    } while (this.notifyAgain);
    this.notifying = false;
  }

  private listen(): Promise<Client> | undefined {
    if (this.listener || this.closed) return this.listener;
    this.listener = (async () => {
      const client = this.connect();
      client.on('notification', (message) => {
        if (message.payload !== this.id) this.wake();
      });
      // A broken listener falls back to polling; the next wait() opens a new one.
      client.on('error', () => {
        this.listener = undefined;
      });
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      return client;
    })();
    this.listener.catch(() => {
      this.listener = undefined;
    });
    return this.listener;
  }
}
