"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AppendSignal = void 0;
const node_events_1 = require("node:events");
const CHANNEL = 'es_appended';
/**
 * Wakes subscribers when events may have become visible: at once for appends made by this process,
 * through LISTEN/NOTIFY for other processes. Notifications are coalesced (one in flight at a time)
 * and sent outside the append transaction, because NOTIFY inside it would serialise all commits.
 */
class AppendSignal {
    pool;
    connect;
    local = new node_events_1.EventEmitter();
    notifying = false;
    notifyAgain = false;
    listener;
    closed = false;
    constructor(pool, connect) {
        this.pool = pool;
        this.connect = connect;
        this.local.setMaxListeners(0);
    }
    /** Called after a successful append in this process. */
    appended() {
        this.local.emit('wake');
        if (this.notifying) {
            this.notifyAgain = true;
            return;
        }
        this.notifying = true;
        setImmediate(() => void this.sendNotify());
    }
    /** Resolves on the next wake-up or after `timeoutMs`, whichever comes first. */
    async wait(timeoutMs) {
        await this.listen()?.catch(() => undefined);
        await new Promise((resolve) => {
            const done = () => {
                clearTimeout(timer);
                this.local.off('wake', done);
                resolve();
            };
            const timer = setTimeout(done, timeoutMs);
            this.local.once('wake', done);
        });
    }
    async close() {
        this.closed = true;
        this.local.emit('wake');
        const listener = await this.listener?.catch(() => undefined);
        await listener?.end().catch(() => undefined);
    }
    async sendNotify() {
        do {
            this.notifyAgain = false;
            if (this.closed)
                break;
            // A lost notification only delays subscribers until their next poll, so failures are ignored.
            await this.pool.query('SELECT pg_notify($1, $2)', [CHANNEL, '']).catch(() => undefined);
        } while (this.notifyAgain);
        this.notifying = false;
    }
    listen() {
        if (this.listener || this.closed)
            return this.listener;
        this.listener = (async () => {
            const client = this.connect();
            client.on('notification', () => this.local.emit('wake'));
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
exports.AppendSignal = AppendSignal;
//# sourceMappingURL=append-signal.js.map