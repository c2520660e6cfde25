"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PollingSubscription = void 0;
/**
 * Catch-up then live, as one loop: read a batch from the last position + 1, hand it over, repeat;
 * when a read comes back short the subscription has caught up and waits for a wake-up or a poll.
 * Because readAll only returns events below the visibility frontier, "last position + 1" never
 * skips an event that commits late.
 */
class PollingSubscription {
    source;
    options;
    pollIntervalMs;
    caughtUp;
    markCaughtUp;
    running = true;
    lastPosition;
    done;
    constructor(source, options, pollIntervalMs) {
        this.source = source;
        this.options = options;
        this.pollIntervalMs = pollIntervalMs;
        this.lastPosition = (options.fromPosition ?? 0) - 1;
        this.caughtUp = new Promise((resolve) => (this.markCaughtUp = resolve));
        this.done = this.run();
    }
    get position() {
        return this.lastPosition;
    }
    async stop() {
        this.running = false;
        await this.done;
    }
    async run() {
        const limit = this.options.batchSize ?? 1000;
        try {
            while (this.running) {
                const events = await this.source.readAll({ fromPosition: this.lastPosition + 1, limit });
                if (!this.running)
                    break;
                if (events.length > 0) {
                    await this.options.onEvents(events);
                    this.lastPosition = events[events.length - 1].position;
                }
                if (events.length < limit) {
                    this.markCaughtUp();
                    if (this.running)
                        await this.source.waitForAppends(this.pollIntervalMs);
                }
            }
        }
        catch (error) {
            this.running = false;
            this.options.onError?.(error);
        }
        finally {
            this.markCaughtUp();
        }
    }
}
exports.PollingSubscription = PollingSubscription;
//# sourceMappingURL=postgres-subscription.js.map